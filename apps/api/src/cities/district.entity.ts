import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { City } from './city.entity.js';

/** A kecamatan. */
@Entity({ name: 'districts' })
@Index('districts_city_name', ['cityId', 'name'])
export class District {
  /** Kemendagri code, e.g. `13.72.01`. */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne(() => City, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: City;

  @Column({ type: 'text' })
  name: string;

  /** Lower-case, accent-free name that the directory search matches (trigram and prefix indexes in the migrations). */
  @Index('districts_search_text_trgm', { synchronize: false })
  @Index('districts_search_text_prefix', { synchronize: false })
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}

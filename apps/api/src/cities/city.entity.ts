import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Province } from './province.entity.js';
import { Source } from './source.entity.js';

@Entity({ name: 'cities' })
@Check('cities_kind', `kind IN ('KOTA', 'KABUPATEN')`)
@Check('cities_coordinates_complete', `(latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL) = (coordinates_source_id IS NULL)`)
@Check('cities_coordinates_range', `latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180`)
// The list's orders (by sort name, by province) and filters, each in list order (ties: kind, then code).
@Index('cities_sort_name', ['sortName', 'kind', 'code'])
@Index('cities_kind_sort_name', ['kind', 'sortName', 'code'])
@Index('cities_province_sort_name', ['provinceCode', 'sortName', 'kind', 'code'])
@Index('cities_kind_province_sort_name', ['kind', 'provinceCode', 'sortName', 'code'])
export class City {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  /** Kemendagri code, e.g. `13.72` for Kota Solok. */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode: string;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code' })
  province?: Province;

  @Column({ type: 'text' })
  kind: 'KOTA' | 'KABUPATEN';

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  /** The name without "Kota"/"Kabupaten", normalised (`citySortName`): what the directory sorts by. */
  @Column({ name: 'sort_name', type: 'text' })
  sortName: string;

  /** Lower-case, accent-free name that search matches against (trigram index in the migration). */
  @Index('cities_search_text_trgm', { synchronize: false }) // GIN trigram index, made in the migration
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ name: 'coordinates_source_id', type: 'int', nullable: true })
  coordinatesSourceId: number | null;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'coordinates_source_id' })
  coordinatesSource?: Source;
}

import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One row: a number that every change to what city_refs shows changes (triggers; see its migration). */
@Entity({ name: 'city_refs_version' })
@Check('city_refs_version_one', 'id = 1')
export class CityRefsVersion {
  @PrimaryColumn({ type: 'smallint', default: 1, primaryKeyConstraintName: 'PK_city_refs_version' })
  id: number;

  @Column({ type: 'bigint', default: 0 })
  n: string;
}

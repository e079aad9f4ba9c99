import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'provinces' })
@Check('provinces_code_format', `code ~ '^[0-9]{2}$'`)
@Check('provinces_time_zone', `time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')`)
export class Province {
  /** Kemendagri code, e.g. `13` for Sumatera Barat. */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** IANA name; every city of a province shares its zone. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;
}

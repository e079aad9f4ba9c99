import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One row: a number that every write to practices or their texts changes (triggers; see its migration). */
@Entity({ name: 'practice_library_version' })
@Check('practice_library_version_one', 'id = 1')
export class PracticeLibraryVersion {
  @PrimaryColumn({ type: 'smallint', default: 1, primaryKeyConstraintName: 'PK_practice_library_version' })
  id: number;

  @Column({ type: 'bigint', default: 0 })
  n: string;
}

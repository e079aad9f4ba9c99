import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One CSV file brought in: kept from upload to commit; its observations point at it so undo removes them all. */
@Entity({ name: 'metric_imports' })
@Check('metric_imports_status', `status IN ('uploaded', 'committed', 'undone')`)
export class MetricImport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_metric_imports' })
  id: string;

  /** The city the importer acts for; NULL when a platform admin imports for any city. */
  @Column({ name: 'city_id', type: 'int', nullable: true })
  cityId: number | null;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'metric_imports_city' })
  city?: unknown;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  // The same file is committed once per city (NULL city: once for platform admins): partial, made in the migration.
  @Index('metric_imports_once', { synchronize: false })
  @Column({ name: 'file_sha256', type: 'text' })
  fileSha256: string;

  @Column({ name: 'byte_size', type: 'int' })
  byteSize: number;

  /** The file as uploaded; dropped (NULL) once committed or undone. */
  @Column({ type: 'bytea', nullable: true })
  content: Buffer | null;

  @Column({ type: 'text', default: 'uploaded' })
  status: 'uploaded' | 'committed' | 'undone';

  @Column({ type: 'jsonb', nullable: true })
  options: Record<string, unknown> | null;

  @Column({ name: 'row_count', type: 'int', nullable: true })
  rowCount: number | null;

  @Index('metric_imports_by_creator')
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'metric_imports_created_by' })
  creator?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt: Date | null;

  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;
}

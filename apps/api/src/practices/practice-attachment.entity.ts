import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Practice } from './practice.entity.js';

// The uploads domain owns the files: its table is named here for the foreign key, not imported.
/** A file attached to a practice, in the order the writer gave. */
@Entity({ name: 'practice_attachments' })
@Index('practice_attachments_upload', ['uploadId'])
export class PracticeAttachment {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid', primaryKeyConstraintName: 'PK_practice_attachments' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'FK_practice_attachments_practice' })
  practice?: Practice;

  /** Read by upload (practice_attachments_upload) when the file is served: who may see it depends on its practices. */
  @PrimaryColumn({ name: 'upload_id', type: 'uuid', primaryKeyConstraintName: 'PK_practice_attachments' })
  uploadId: string;

  @ManyToOne('uploads', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'upload_id', foreignKeyConstraintName: 'FK_practice_attachments_upload' })
  upload?: unknown;

  @Column({ type: 'smallint' })
  position: number;
}

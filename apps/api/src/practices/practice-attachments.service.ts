import type { Actor } from '@citybridge/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { SignedInUser } from '../auth/request-auth.js';
import { SqlReader, statement } from '../common/sql-reader.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import { isUuid } from '../common/uuid.js';
import { UploadAccess, type UploadAccessRule } from '../uploads/upload-access.service.js';
import { UploadsService } from '../uploads/uploads.service.js';
import { isVisible } from './practices.service.js';
import type { PracticeState } from './practices.types.js';

/** The attachment ids of a page of practices, in their order (on the primary key's practice_id). */
const ATTACHMENTS_OF = statement('practice_attachments_of', 'SELECT practice_id, upload_id FROM practice_attachments WHERE practice_id = ANY($1::uuid[]) ORDER BY practice_id, position');
/** The practices a file is attached to, as much as visibility needs (on practice_attachments_upload). */
const PRACTICES_OF_UPLOAD = statement(
  'practices_of_upload',
  'SELECT p.state, c.code AS city_code, p.published_at FROM practice_attachments a JOIN practices p ON p.id = a.practice_id JOIN city_refs c ON c.id = p.city_id WHERE a.upload_id = $1',
);

/** What a revision keeps of each attachment, so the history shows the files of that state. */
export interface AttachmentSnapshot {
  id: string;
  filename: string;
}

/**
 * The files attached to practices: which ones a writer may attach, writing them in the mutation's
 * transaction, reading them for a page; and, registered with uploads' UploadAccess, who may read a
 * file: an attachment is as visible as one of its practices.
 */
@Injectable()
export class PracticeAttachments implements UploadAccessRule, OnModuleInit {
  constructor(
    private readonly sql: SqlReader,
    private readonly connection: TransactionalConnection,
    private readonly uploads: UploadsService,
    private readonly access: UploadAccess,
  ) {}

  onModuleInit(): void {
    this.access.register(this);
  }

  /** null when the file is attached to no practice; else whether the actor may see one of them (isVisible). */
  async mayRead(actor: Actor | null, uploadId: string): Promise<boolean | null> {
    const rows = await this.sql.rows<{ state: PracticeState; city_code: string; published_at: Date | null }>(PRACTICES_OF_UPLOAD, [uploadId]);
    if (!rows.length) return null;
    return rows.some((r) => isVisible(actor, { state: r.state, cityCode: r.city_code, publishedAt: r.published_at }));
  }

  /** The attachment ids of each practice, in the order of `practiceIds` (one statement for all). */
  async idsOf(practiceIds: readonly string[]): Promise<string[][]> {
    const rows = await this.sql.rows<{ practice_id: string; upload_id: string }>(ATTACHMENTS_OF, [practiceIds]);
    const byPractice = new Map<string, string[]>();
    for (const r of rows) byPractice.set(r.practice_id, [...(byPractice.get(r.practice_id) ?? []), r.upload_id]);
    return practiceIds.map((id) => byPractice.get(id) ?? []);
  }

  /**
   * The ids a writer may attach, without repeats and in their order: files they uploaded themselves,
   * or ones already attached to this practice (a co-editor's). Else a userError on attachmentIds.
   */
  async allowed(user: SignedInUser, errors: UserErrors, practiceId: string | null, ids: readonly string[]): Promise<string[] | null> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    const valid = wanted.filter(isUuid);
    const attached = practiceId ? await this.current(practiceId) : [];
    const owned = await this.uploads.ownedBy(user.id, valid);
    if (valid.length !== wanted.length || wanted.some((id) => !owned.has(id) && !attached.includes(id))) {
      errors.add('attachmentIds', 'ATTACHMENT_NOT_ALLOWED');
      return null;
    }
    return wanted;
  }

  /** Replaces the practice's attachments (in the transaction). */
  async write(practiceId: string, ids: readonly string[]): Promise<void> {
    await this.connection.manager.query('DELETE FROM practice_attachments WHERE practice_id = $1', [practiceId]);
    if (!ids.length) return;
    await this.connection.manager.query(
      'INSERT INTO practice_attachments (practice_id, upload_id, position) SELECT $1, id, n FROM unnest($2::uuid[]) WITH ORDINALITY AS a(id, n)',
      [practiceId, ids],
    );
  }

  /** The attachments as the transaction sees them, for a revision's snapshot. */
  async snapshot(practiceId: string): Promise<AttachmentSnapshot[]> {
    const files = await this.uploads.findByIds(await this.current(practiceId));
    return files.filter((f) => f !== undefined).map((f) => ({ id: f.id, filename: f.filename }));
  }

  private async current(practiceId: string): Promise<string[]> {
    const rows: { upload_id: string }[] = await this.connection.manager.query('SELECT upload_id FROM practice_attachments WHERE practice_id = $1 ORDER BY position', [practiceId]);
    return rows.map((r) => r.upload_id);
  }
}

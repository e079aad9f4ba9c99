import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { safeUploadFilename } from '@citybridge/domain';
import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '../common/uuid.js';
import { SqlReader, statement } from '../common/sql-reader.js';
import { TransactionalConnection } from '../common/transaction.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { UploadCheck, UploadRefused } from './upload-check.js';
import type { UploadedFileType } from './uploads.types.js';

interface UploadRow {
  id: string;
  filename: string;
  content_type: string;
  byte_size: number;
  is_demo: boolean;
}

const COLUMNS = 'id, filename, content_type, byte_size, is_demo';
const OWNED_UPLOADS = statement('uploads_owned', 'SELECT id FROM uploads WHERE id = ANY($1::uuid[]) AND uploader_id = $2');
const UPLOADS_BY_ID = statement('uploads_by_id', `SELECT ${COLUMNS} FROM uploads WHERE id = ANY($1::uuid[])`);

export interface NewUpload {
  uploaderId: string;
  cityId: number | null;
  /** The name the client gave; stored cleaned (safeUploadFilename). */
  filename: string | undefined;
  /** The type the client declared for the part; only checked against the bytes. */
  declaredType: string | undefined;
  content: Readable;
}

/** Where a file is served: the id finds it, the name is for the reader (and the browser's save dialog). */
export const uploadUrl = (id: string, filename: string) => `/uploads/${id}/${encodeURIComponent(filename)}`;

function toUploadedFile(row: UploadRow): UploadedFileType {
  return { id: row.id, filename: row.filename, contentType: row.content_type, byteSize: row.byte_size, url: uploadUrl(row.id, row.filename), isDemo: row.is_demo };
}

/** Uploaded files: stored through the FileStorage, described by a row of `uploads`. */
@Injectable()
export class UploadsService {
  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly connection: TransactionalConnection,
    private readonly sql: SqlReader,
  ) {}

  /**
   * Checks and stores a file, then records it. Throws UploadRefused when the bytes are refused (the
   * storage keeps nothing); a failed insert removes the stored file, so a file and its row go together.
   */
  async create(upload: NewUpload): Promise<UploadedFileType> {
    const id = randomUUID();
    const check = new UploadCheck(upload.declaredType);
    // The client's stream failing (a form cut short, malformed multipart) is the client's problem, not the server's.
    upload.content.on('error', () => check.destroy(new UploadRefused(400, 'FILE_INCOMPLETE')));
    // The check may fail before the storage starts reading (it awaits its folder); the storage's
    // pipeline still gets that error from the errored stream, this listener only keeps it from being "unhandled".
    check.on('error', () => undefined);
    await this.storage.put(id, upload.content.pipe(check));
    const contentType = check.contentType;
    if (!contentType) throw new Error('An upload was stored without a detected type');
    const row = {
      id,
      filename: safeUploadFilename(upload.filename, contentType),
      content_type: contentType,
      byte_size: check.byteSize,
      is_demo: false,
    };
    try {
      await this.connection.run(() =>
        this.connection.manager.query(
          `INSERT INTO uploads (id, uploader_id, city_id, filename, content_type, byte_size, sha256) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, upload.uploaderId, upload.cityId, row.filename, contentType, check.byteSize, check.sha256],
        ),
      );
    } catch (error) {
      await this.storage.delete(id);
      throw error;
    }
    return toUploadedFile(row);
  }

  /** The files with these ids, in the same order; undefined where there is none (one statement for any number). */
  async findByIds(ids: readonly string[]): Promise<(UploadedFileType | undefined)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.sql.rows<UploadRow>(UPLOADS_BY_ID, [valid]) : [];
    const byId = new Map(rows.map((r) => [r.id, toUploadedFile(r)]));
    return ids.map((id) => byId.get(id.toLowerCase()));
  }

  /**
   * Which of `ids` this account uploaded: a form that attaches files by id should take only the
   * caller's own new ones (ids are not secret once a file is shown).
   */
  async ownedBy(uploaderId: string, ids: readonly string[]): Promise<Set<string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Set();
    return new Set((await this.sql.rows<{ id: string }>(OWNED_UPLOADS, [valid, uploaderId])).map((r) => r.id));
  }

  /** A file to serve: what it is and its bytes; null when the id names no file. */
  async open(id: string): Promise<{ file: UploadedFileType; content: Readable } | null> {
    const [file] = await this.findByIds([id]);
    if (!file) return null;
    const content = await this.storage.open(file.id);
    return content ? { file, content } : null;
  }
}

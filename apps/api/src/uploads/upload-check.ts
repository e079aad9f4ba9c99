import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { declaredTypeContradicts, detectUploadType, FILE_SIGNATURE_BYTES, MAX_UPLOAD_BYTES, type UploadContentType } from '@citybridge/domain';

/** An upload refused for what it is: the HTTP status and the userError code (locales: errors.<code>). */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

export const tooLarge = () => new UploadRefused(413, 'FILE_TOO_LARGE', { maxMb: MAX_UPLOAD_BYTES / (1024 * 1024) });

/**
 * Passes a file's bytes through while checking them, so nothing is buffered beyond the first few
 * bytes: fails with UploadRefused as soon as the bytes are not an accepted type (or not the declared
 * one), pass MAX_UPLOAD_BYTES, or end empty. Counts and hashes what passes.
 */
export class UploadCheck extends Transform {
  byteSize = 0;
  contentType: UploadContentType | null = null;
  private head = Buffer.alloc(0);
  private readonly hash = createHash('sha256');

  constructor(private readonly declaredType: string | undefined) {
    super();
  }

  get sha256(): string {
    return this.hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const { error, data } = this.check(chunk);
    done(error, data);
  }

  override _flush(done: TransformCallback): void {
    if (this.byteSize === 0) done(new UploadRefused(400, 'FILE_EMPTY'));
    else if (this.contentType) done();
    else done(this.identify() ?? undefined, this.head);
  }

  /** What to pass on of a chunk: nothing until the first bytes tell the type, then everything. */
  private check(chunk: Buffer): { error?: UploadRefused; data?: Buffer } {
    this.byteSize += chunk.length;
    if (this.byteSize > MAX_UPLOAD_BYTES) return { error: tooLarge() };
    this.hash.update(chunk);
    if (this.contentType) return { data: chunk };
    // Held back until the type is known: nothing of a refused file reaches the storage.
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < FILE_SIGNATURE_BYTES) return {};
    const refused = this.identify();
    if (refused) return { error: refused };
    const head = this.head;
    this.head = Buffer.alloc(0);
    return { data: head };
  }

  private identify(): UploadRefused | null {
    const type = detectUploadType(this.head);
    if (!type) return new UploadRefused(415, 'FILE_TYPE_UNSUPPORTED');
    if (declaredTypeContradicts(this.declaredType, type)) {
      return new UploadRefused(415, 'FILE_TYPE_MISMATCH', { detected: type, declared: String(this.declaredType).slice(0, 100) });
    }
    this.contentType = type;
    return null;
  }
}

import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Settings } from '../config/app-config.js';
import { checkKey, type FileStorage } from './file-storage.js';

/** Every object of this API sits under this prefix; the rest of the key is an upload's id, never a name a user gave. */
export const S3_KEY_PREFIX = 'uploads/';

/** 404: no such object (or bucket, for HeadBucket). A missing bucket on GetObject is not "no file": it fails loudly. */
const notFound = (error: unknown) =>
  error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404 && error.name !== 'NoSuchBucket';

/**
 * Files as objects of a bucket in AWS S3 or an S3-compatible store (MinIO and the like): every API
 * instance reads what any instance stored. The object's key is `uploads/<upload id>`; what the file
 * is (its name and type) stays in the `uploads` row, the object is `application/octet-stream`.
 *
 * Writing: S3 takes an object of a length known beforehand, and the upload check must pass the whole
 * stream (size, type) before anything is stored. So the checked bytes (MAX_UPLOAD_BYTES at most, as in
 * PostgresStorage) are gathered, then written in one PutObject: a failed stream sends nothing, and
 * there is never a half-written object or an unfinished multipart upload to clean up.
 * Reading streams the object's body as it arrives.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      requestHandler: {
        // A store that does not answer fails the request (and the upload) rather than holding it:
        // 5 s to connect, 2 minutes to start answering, and a minute at most without a byte either way.
        connectionTimeout: 5_000,
        requestTimeout: 120_000,
        throwOnRequestTimeout: true,
        socketTimeout: 60_000,
        // A download holds its connection until the reader has it all (slow phones included): more
        // than the SDK's 50, so that many downloads at once do not queue the uploads behind them.
        httpAgent: { maxSockets: 200 },
        httpsAgent: { maxSockets: 200 },
      },
    });
  }

  private objectKey(key: string): string {
    checkKey(key);
    return `${S3_KEY_PREFIX}${key}`;
  }

  /**
   * Fails, naming the bucket and the store, unless the bucket can be reached with these credentials:
   * a wrong name, endpoint or key stops the API at start-up rather than at the first upload.
   */
  async checkBucket(): Promise<void> {
    const { bucket, endpoint, region } = this.settings;
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: bucket }));
    } catch (error) {
      const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
      const why = notFound(error)
        ? 'there is no such bucket'
        : status === 403
          ? 'access denied (HTTP 403): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, and that the key may s3:ListBucket on the bucket'
          : status === 301
            ? `the bucket is in another region than S3_REGION=${region} (HTTP 301)`
            : `${(error as Error).name}${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message}`;
      throw new Error(`S3_BUCKET "${bucket}" at ${endpoint ?? `AWS S3 ${region}`} cannot be used: ${why}`);
    }
  }

  async put(key: string, content: Readable): Promise<void> {
    const objectKey = this.objectKey(key);
    const bytes = await buffer(content);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.settings.bucket, Key: objectKey, Body: bytes, ContentLength: bytes.length, ContentType: 'application/octet-stream' }),
    );
  }

  async open(key: string): Promise<Readable | null> {
    const objectKey = this.objectKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: objectKey }));
      // In Node the body is the HTTP response itself (an IncomingMessage): read as it arrives, never whole.
      return (object.Body as Readable | undefined) ?? null;
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 whether or not there was an object.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
  }

  /**
   * Closes the client's kept-alive connections when the API stops. Nest calls it after the HTTP
   * server closed (onModuleDestroy would come before, under the uploads and downloads in flight).
   */
  onApplicationShutdown(): void {
    this.client.destroy();
  }
}

import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';

/**
 * Where uploaded bytes live, by key (an upload's id). The database row says what a file is; the
 * storage only keeps bytes: in PostgreSQL by default (shared by every instance), in a bucket of an
 * S3-compatible store (shared too; s3-storage.ts), or in a local folder for a single instance.
 * `fileStorageFor` picks the implementation; nothing else changes.
 */
export interface FileStorage {
  /**
   * Stores all of `content` under `key`, or nothing: when the stream fails (too large, wrong type,
   * the client went away) the promise rejects with its error and no file is left.
   */
  put(key: string, content: Readable): Promise<void>;
  /** The stored bytes, or null when there is no file under `key`. */
  open(key: string): Promise<Readable | null>;
  /** Removes the file; nothing happens when there is none. */
  delete(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FileStorage');

/** Keys are ids the API makes; anything else (a path, dots) never reaches the file system or a bucket. */
const KEY = /^[a-z0-9][a-z0-9-]{7,63}$/;
export function checkKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}

/**
 * Files in a folder, spread over subfolders by the key's first two characters. A file is written to
 * a temporary name in the same folder, flushed, then renamed: readers never see half a file, and a
 * failed write removes its temporary file.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    checkKey(key);
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, content: Readable): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await pipeline(content, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
      const handle = await open(temporary, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  async open(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return handle ? createReadStream('', { fd: handle }) : null;
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/**
 * Files in PostgreSQL (`upload_blobs`, one row a file): every API instance reads what any instance
 * stored, and a backup of the database holds the files too. A file is at most MAX_UPLOAD_BYTES (the
 * upload check stops a larger one before it ends), so it is read whole and written in one INSERT:
 * a failed stream writes nothing.
 */
export class PostgresStorage implements FileStorage {
  constructor(private readonly dataSource: DataSource) {}

  async put(key: string, content: Readable): Promise<void> {
    checkKey(key);
    const bytes = await buffer(content);
    await this.dataSource.query(`INSERT INTO upload_blobs (key, bytes) VALUES ($1, $2)`, [key, bytes]);
  }

  async open(key: string): Promise<Readable | null> {
    checkKey(key);
    const [row] = await this.dataSource.query(`SELECT bytes FROM upload_blobs WHERE key = $1`, [key]);
    return row ? Readable.from([row.bytes as Buffer]) : null;
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    await this.dataSource.query(`DELETE FROM upload_blobs WHERE key = $1`, [key]);
  }
}

/**
 * The storage the configuration names. The S3 client is loaded only for `s3` (it adds half a second
 * and some 20 MB to a start that does not use it), and its bucket is checked before the API starts.
 */
export async function fileStorageFor(config: AppConfig, dataSource: DataSource): Promise<FileStorage> {
  switch (config.uploads.storage) {
    case 'postgres':
      return new PostgresStorage(dataSource);
    case 's3': {
      const settings = config.uploads.s3;
      if (!settings) throw new Error('UPLOAD_STORAGE=s3 without S3 settings (loadConfig reads them)');
      const { S3Storage } = await import('./s3-storage.js');
      const storage = new S3Storage(settings);
      try {
        await storage.checkBucket();
      } catch (error) {
        storage.onApplicationShutdown();
        throw error;
      }
      return storage;
    }
    case 'local':
      return new LocalDiskStorage(config.uploads.dir);
  }
}

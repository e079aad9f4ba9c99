import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { LocalDiskStorage } from './file-storage';

let root: string;
let storage: LocalDiskStorage;
const KEY = '3f2a9c1e-0000-4000-8000-000000000001';

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'citybridge-storage-'));
  storage = new LocalDiskStorage(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const files = () => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

/** A stream that gives `first`, then fails. */
function failingAfter(first: string): Readable {
  return new Readable({
    read() {
      this.push(first);
      this.destroy(new Error('client went away'));
    },
  });
}

describe('LocalDiskStorage', () => {
  it('stores, opens and deletes by key, in a subfolder named by the key', async () => {
    await storage.put(KEY, Readable.from(['Laporan ', 'aset']));
    expect(readdirSync(path.join(root, '3f'))).toEqual([KEY]);
    expect(await text((await storage.open(KEY)) as Readable)).toBe('Laporan aset');
    await storage.delete(KEY);
    expect(await storage.open(KEY)).toBeNull();
    await expect(storage.delete(KEY)).resolves.toBeUndefined(); // nothing to delete is not an error
  });

  it('leaves no file, not even a partial one, when the content fails', async () => {
    await expect(storage.put(KEY, failingAfter('half a file'))).rejects.toThrow('client went away');
    expect(files()).toEqual([]);
    expect(await storage.open(KEY)).toBeNull();
  });

  it('takes only keys it could have made: no paths, dots or upper case', async () => {
    for (const key of ['../etc/passwd', '..', 'a/b', 'ABCDEFGHIJ', '']) {
      await expect(storage.put(key, Readable.from(['x']))).rejects.toThrow('Not a storage key');
      await expect(storage.open(key)).rejects.toThrow('Not a storage key');
    }
    expect(files()).toEqual([]);
  });
});

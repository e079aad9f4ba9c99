import { declaredTypeContradicts, detectUploadType, MAX_UPLOAD_FILENAME_LENGTH, safeUploadFilename } from './uploads.js';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('detectUploadType', () => {
  it('tells PDF, PNG, JPEG and WebP from their first bytes', () => {
    expect(detectUploadType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectUploadType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(detectUploadType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectUploadType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('knows no other type: executables, SVG, HTML, a RIFF that is not WebP, too few bytes', () => {
    expect(detectUploadType(bytes('MZ', [0x90, 0, 3, 0]))).toBeNull();
    expect(detectUploadType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(detectUploadType(bytes('<!DOCTYPE html><html>'))).toBeNull();
    expect(detectUploadType(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeNull();
    expect(detectUploadType(bytes('%PD'))).toBeNull();
    expect(detectUploadType(new Uint8Array())).toBeNull();
  });
});

describe('declaredTypeContradicts', () => {
  it('accepts the same type, image/jpg, and no or a generic declaration; refuses another type', () => {
    expect(declaredTypeContradicts('application/pdf', 'application/pdf')).toBe(false);
    expect(declaredTypeContradicts('IMAGE/JPG', 'image/jpeg')).toBe(false);
    expect(declaredTypeContradicts(undefined, 'image/png')).toBe(false);
    expect(declaredTypeContradicts('application/octet-stream', 'image/png')).toBe(false);
    expect(declaredTypeContradicts('image/png', 'application/pdf')).toBe(true);
    expect(declaredTypeContradicts('text/html', 'application/pdf')).toBe(true);
  });
});

describe('safeUploadFilename', () => {
  it('keeps a plain name and its extension of the detected type', () => {
    expect(safeUploadFilename('Laporan Aset 2018.pdf', 'application/pdf')).toBe('Laporan Aset 2018.pdf');
    expect(safeUploadFilename('foto.JPEG', 'image/jpeg')).toBe('foto.jpeg');
  });

  it('gives a name the extension of what the bytes are', () => {
    expect(safeUploadFilename('scan.pdf', 'image/png')).toBe('scan.png');
    expect(safeUploadFilename('setup.exe', 'application/pdf')).toBe('setup.exe.pdf');
    expect(safeUploadFilename('', 'image/webp')).toBe('file.webp');
    expect(safeUploadFilename(undefined, 'application/pdf')).toBe('file.pdf');
  });

  it('drops paths, controls, bidi overrides, quotes and leading dots', () => {
    expect(safeUploadFilename('../../etc/passwd.pdf', 'application/pdf')).toBe('passwd.pdf');
    expect(safeUploadFilename('C:\\Users\\a\\b.png', 'image/png')).toBe('b.png');
    expect(safeUploadFilename('a"b\r\nc\u202Egnp.pdf', 'application/pdf')).toBe('abcgnp.pdf');
    expect(safeUploadFilename('...hidden.pdf', 'application/pdf')).toBe('hidden.pdf');
  });

  it('cuts long names to the limit without splitting a character, keeping the extension', () => {
    const name = safeUploadFilename(`${'😀'.repeat(300)}.pdf`, 'application/pdf');
    expect([...name].length).toBe(MAX_UPLOAD_FILENAME_LENGTH);
    expect(name.endsWith('😀.pdf')).toBe(true);
  });
});

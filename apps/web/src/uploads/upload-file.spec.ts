import { UPLOAD_ACCEPT, uploadFile } from './upload-file';

function stub(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchStub = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetchStub };
}

const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'Laporan.pdf', { type: 'application/pdf' });

describe('uploadFile', () => {
  it('posts the city before the file, with the CSRF header, the language and the cookie', async () => {
    const upload = { id: 'u1', filename: 'Laporan.pdf', contentType: 'application/pdf', byteSize: 5, url: '/uploads/u1/Laporan.pdf', isDemo: false };
    const { calls, fetchStub } = stub(201, { upload, userErrors: [] });
    const result = await uploadFile(pdf, { language: 'en', citySlug: 'kota-medan', fetch: fetchStub });
    expect(result).toEqual({ upload, userErrors: [] });
    const [{ url, init }] = calls;
    expect(url).toBe('/uploads');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({ 'apollo-require-preflight': 'true', 'accept-language': 'en' });
    const form = init.body as FormData;
    expect([...form.keys()]).toEqual(['city', 'file']);
    expect((form.get('file') as File).name).toBe('Laporan.pdf');
  });

  it('returns refusals as userErrors and throws on an answer that is not the API', async () => {
    const refused = { upload: null, userErrors: [{ field: 'file', code: 'FILE_TOO_LARGE', message: 'Berkas terlalu besar (paling besar 10 MB).' }] };
    expect(await uploadFile(pdf, { language: 'id', fetch: stub(413, refused).fetchStub })).toEqual(refused);
    await expect(uploadFile(pdf, { language: 'id', fetch: stub(502, 'Bad gateway').fetchStub })).rejects.toThrow('POST /uploads answered 502');
  });

  it('offers the accepted types for a file input', () => {
    expect(UPLOAD_ACCEPT).toBe('application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp');
  });
});

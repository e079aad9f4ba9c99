import { DOMAINS } from '../app.module';
import { formatMoment, languageOf, mergeCatalogues, message } from './messages';

const keys = (node: unknown, prefix = ''): string[] =>
  typeof node === 'string' ? [prefix] : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('API messages', () => {
  it('has every key of every domain in both languages, with the same placeholders', () => {
    const { id, en } = DOMAINS.messages;
    expect(keys(en).sort()).toEqual(keys(id).sort());
    for (const key of keys(id)) expect(placeholders(message('en', key))).toEqual(placeholders(message('id', key)));
  });

  it('serves the messages of the registered domains', () => {
    expect(message('en', 'errors.TOO_MANY_ATTEMPTS', { minutes: 3 })).toBe('Too many attempts. Try again in 3 minutes.');
    expect(message('id', 'roles.EDITOR')).toBe('editor');
  });

  it('refuses a key that two domains define', () => {
    const files = { id: { errors: { NOT_FOUND: 'x' } }, en: { errors: { NOT_FOUND: 'x' } } };
    expect(() => mergeCatalogues([{ source: 'cities', files }])).toThrow('Message errors.NOT_FOUND of cities is defined twice');
  });

  it('speaks Indonesian unless the request prefers English', () => {
    expect(languageOf(undefined)).toBe('id');
    expect(languageOf('en-GB,en;q=0.9')).toBe('en');
    expect(languageOf('id-ID,en;q=0.5')).toBe('id');
    expect(languageOf('fr')).toBe('id');
  });

  it('fills placeholders and fails loudly on a missing key', () => {
    expect(message('en', 'errors.TOO_LONG', { max: 100 })).toBe('Too long (at most 100 characters).');
    expect(() => message('id', 'errors.NOPE')).toThrow('Missing message errors.NOPE (id)');
  });

  it('writes a moment for prose in the language and civil time zone of the reader, not ISO', () => {
    const at = new Date('2026-12-08T07:30:00Z');
    expect(formatMoment('id', at, { iana: 'Asia/Jakarta', label: 'WIB' })).toBe('8 Desember 2026 pukul 14.30 WIB');
    expect(formatMoment('en', at, { iana: 'Asia/Jayapura', label: 'WIT' })).toBe('8 December 2026 at 16:30 WIT');
  });
});

import ICAL from 'ical.js';
import { mergeCatalogues, useMessages } from '../common/messages';
import { pdfText } from './pdf-text.testing';
import en from './locales/documents.en.json';
import id from './locales/documents.id.json';
import { visitsCalendar } from './visit-calendar.ics';
import { dateInWords, spanInWords, type VisitDocument } from './visit-document';
import { acceptanceLetter, renderPdf, requestLetter } from './visit-letter.pdf';

beforeAll(() => useMessages(mergeCatalogues([{ source: 'visits-docs', files: { id, en } }])));

const PUBLIC_URL = 'https://citybridge.example.id';
/** The seed visit: Kota Solok to Kota Medan, Friday 5 October 2018, 09:00–12:00 WIB (02:00–05:00 UTC). */
const visit = (over: Partial<VisitDocument> = {}): VisitDocument => ({
  id: '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  state: 'confirmed',
  purpose: 'mempelajari pengelolaan aset daerah dan inovasi pelayanan publik',
  topics: ['pengelolaan aset', 'pelayanan publik'],
  isPrivate: false,
  isDemo: false,
  sequence: 0,
  startsAt: new Date('2018-10-05T02:00:00Z'),
  endsAt: new Date('2018-10-05T05:00:00Z'),
  venue: 'Ruang Rapat I Kantor Wali Kota Medan',
  hostTimeZone: 'Asia/Jakarta',
  visitingTimeZone: 'Asia/Jakarta',
  createdAt: new Date('2018-09-20T03:00:00Z'),
  updatedAt: new Date('2018-09-25T03:00:00Z'),
  confirmedAt: new Date('2018-09-25T03:00:00Z'),
  host: { id: 1, code: '12.71', slug: 'kota-medan', name: 'Kota Medan' },
  visiting: { id: 2, code: '13.72', slug: 'kota-solok', name: 'Kota Solok' },
  practices: ['Sistem Informasi Manajemen Aset Daerah'],
  windows: [
    { startsAt: new Date('2018-10-05T02:00:00Z'), endsAt: new Date('2018-10-05T05:00:00Z') },
    { startsAt: new Date('2018-10-08T01:00:00Z'), endsAt: new Date('2018-10-08T04:00:00Z') },
  ],
  delegation: [
    { name: 'Reinier', title: 'Wakil Wali Kota', agency: 'Pemerintah Kota Solok', email: 'reinier@solokkota.example.id', isLeader: true, role: null },
    { name: 'Nova Elfino', title: 'Kepala Bagian Pemerintahan', agency: 'Sekretariat Daerah', email: null, isLeader: false, role: null },
  ],
  hostParticipants: [{ name: 'Renward Parapat', title: 'Asisten Administrasi Umum', agency: 'Sekretariat Daerah Kota Medan', email: 'renward@pemkomedan.example.id', isLeader: false, role: 'penerima' }],
  agenda: [{ startsAt: new Date('2018-10-05T02:30:00Z'), title: 'Paparan SIMDA', presenter: 'BPKAD' }],
  ...over,
});

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
}

describe('dates in words', () => {
  it('writes the host zone date and the WIB/WITA/WIT label', () => {
    expect(dateInWords(new Date('2018-10-05T02:00:00Z'), 'Asia/Jakarta')).toBe('5 Oktober 2018');
    expect(spanInWords(new Date('2018-10-05T02:00:00Z'), new Date('2018-10-05T05:00:00Z'), 'Asia/Jakarta')).toBe('Jumat, 5 Oktober 2018, pukul 09.00–12.00 WIB');
    expect(spanInWords(new Date('2018-10-05T02:00:00Z'), new Date('2018-10-05T05:00:00Z'), 'Asia/Makassar')).toBe('Jumat, 5 Oktober 2018, pukul 10.00–13.00 WITA');
    expect(spanInWords(new Date('2018-10-04T10:00:00Z'), new Date('2018-10-05T05:00:00Z'), 'Asia/Jayapura')).toBe('Kamis, 4 Oktober 2018, pukul 19.00 WIT sampai Jumat, 5 Oktober 2018, pukul 14.00 WIT');
  });
});

describe('the iCalendar of visits', () => {
  it('parses with ical.js: UID from the visit id, SEQUENCE, UTC times, LOCATION, CONFIRMED, attendees with details', () => {
    const [event] = events(visitsCalendar([visit({ sequence: 2 })], { publicUrl: PUBLIC_URL, details: true }));
    expect(event.uid).toBe('visit-3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b@citybridge.example.id');
    expect(event.sequence).toBe(2);
    expect(event.startDate.toJSDate().toISOString()).toBe('2018-10-05T02:00:00.000Z');
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.endDate.toJSDate().toISOString()).toBe('2018-10-05T05:00:00.000Z');
    expect(event.location).toBe('Ruang Rapat I Kantor Wali Kota Medan');
    expect(event.summary).toBe('Kunjungan kerja Kota Solok ke Kota Medan');
    expect(event.description).toContain('Waktu setempat Kota Medan: Jumat, 5 Oktober 2018, pukul 09.00–12.00 WIB');
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2018-09-25T03:00:00Z');
    const attendees = event.attendees.map((a) => [String(a.getFirstValue()).toLowerCase(), a.getParameter('cn'), a.getParameter('role')]);
    // Only those with an e-mail address can be attendees; the leader chairs.
    expect(attendees).toEqual([
      ['mailto:reinier@solokkota.example.id', 'Reinier', 'CHAIR'],
      ['mailto:renward@pemkomedan.example.id', 'Renward Parapat', 'REQ-PARTICIPANT'],
    ]);
  });

  it('keeps the UID and raises SEQUENCE across a reschedule; a cancelled visit is STATUS:CANCELLED', () => {
    const before = events(visitsCalendar([visit({ sequence: 0 })], { publicUrl: PUBLIC_URL, details: true }))[0];
    const moved = events(visitsCalendar([visit({ sequence: 1, startsAt: new Date('2018-10-08T01:00:00Z'), endsAt: new Date('2018-10-08T04:00:00Z') })], { publicUrl: PUBLIC_URL, details: true }))[0];
    const cancelled = events(visitsCalendar([visit({ sequence: 2, state: 'cancelled' })], { publicUrl: PUBLIC_URL, details: true }))[0];
    expect(moved.uid).toBe(before.uid);
    expect(cancelled.uid).toBe(before.uid);
    expect(moved.sequence).toBeGreaterThan(before.sequence);
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('shows no attendees and no delegation without details, and leaves out visits without a slot', () => {
    const ics = visitsCalendar([visit(), visit({ id: '00000000-0000-4000-8000-000000000001', state: 'requested', startsAt: null, endsAt: null })], { publicUrl: PUBLIC_URL, details: false, name: 'Kunjungan kerja Kota Medan' });
    const list = events(ics);
    expect(list).toHaveLength(1);
    expect(list[0].attendees).toEqual([]);
    expect(list[0].description).not.toContain('Reinier');
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('x-wr-calname')).toBe('Kunjungan kerja Kota Medan');
  });
});

describe('the letters', () => {
  it('renders the request letter as a PDF whose text has the purpose, the delegation and the proposed dates', async () => {
    const text = await pdfText(await renderPdf(requestLetter(visit({ state: 'requested', startsAt: null, endsAt: null }))));
    expect(text).toContain('PEMERINTAH KOTA SOLOK');
    expect(text).toContain('Permohonan Kunjungan Kerja');
    expect(text).toContain('Wali Kota Medan');
    expect(text).toContain('Solok, 20 September 2018');
    expect(text).toContain('mempelajari pengelolaan aset daerah dan inovasi pelayanan publik');
    expect(text).toContain('Sistem Informasi Manajemen Aset Daerah');
    expect(text).toContain('Jumat, 5 Oktober 2018, pukul 09.00–12.00 WIB');
    expect(text).toContain('Senin, 8 Oktober 2018, pukul 08.00–11.00 WIB');
    for (const part of ['Reinier (Ketua Rombongan)', 'Wakil Wali Kota', 'Nova Elfino', 'Kepala Bagian Pemerintahan', 'Sekretariat Daerah']) expect(text).toContain(part);
  });

  it('renders the acceptance letter with the confirmed slot, the visiting zone alongside, and the venue', async () => {
    const text = await pdfText(await renderPdf(acceptanceLetter(visit({ visitingTimeZone: 'Asia/Makassar', visiting: { id: 3, code: '73.71', slug: 'kota-makassar', name: 'Kota Makassar' } }))));
    expect(text).toContain('PEMERINTAH KOTA MEDAN');
    expect(text).toContain('Persetujuan Kunjungan Kerja');
    expect(text).toContain('Medan, 25 September 2018');
    expect(text).toContain('Jumat, 5 Oktober 2018');
    expect(text).toContain('09.00–12.00 WIB (10.00–13.00 WITA waktu Kota Makassar)');
    expect(text).toContain('Ruang Rapat I Kantor Wali Kota Medan');
    expect(text).toContain('2 orang, dipimpin oleh Reinier (Wakil Wali Kota)');
    expect(text).toContain('Renward Parapat');
  });
});

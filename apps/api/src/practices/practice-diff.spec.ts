import { diffSnapshots } from './practice-diff';
import type { PracticeRow } from './practice-rows';
import { PracticeLanguage, PracticeState } from './practices.types';

const text = { title: 'Aplikasi pengaduan warga', summary: 'Satu saluran.', problem: 'Baris satu\nBaris dua\n', approach: '', results: '', lessons: '' };
const row = (over: Partial<PracticeRow> = {}): PracticeRow => ({
  id: 'p1',
  city_id: 1,
  city_code: '12.71',
  agency: 'Kominfo',
  topic: 'public_services',
  dimensions: ['governance'],
  sdgs: [16],
  tags: ['aplikasi'],
  cost_amount: null,
  cost_currency: null,
  cost_year: null,
  start_year: 2018,
  end_year: null,
  contact: null,
  links: [],
  state: PracticeState.PUBLISHED,
  version: 3,
  author_id: null,
  is_demo: false,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  published_at: '2026-01-01T00:00:00Z',
  review_comment: null,
  reviewed_at: null,
  texts: [{ language: PracticeLanguage.ID, ...text }],
  ...over,
});

describe('diffSnapshots', () => {
  it('lists nothing for two equal states, whatever their versions and dates', () => {
    expect(diffSnapshots(row(), row({ version: 9, updated_at: '2027-01-01T00:00:00Z' }))).toEqual([]);
  });

  it('diffs short fields by word and Markdown bodies by line', () => {
    const after = row({ tags: ['aplikasi', 'pengaduan'], texts: [{ language: PracticeLanguage.ID, ...text, problem: 'Baris satu\nBaris tiga\n' }] });
    expect(diffSnapshots(row(), after)).toEqual([
      { field: 'tags', language: null, parts: [{ change: 'SAME', text: 'aplikasi' }, { change: 'ADDED', text: ', pengaduan' }] },
      {
        field: 'texts.problem',
        language: 'id',
        parts: [
          { change: 'SAME', text: 'Baris satu\n' },
          { change: 'REMOVED', text: 'Baris dua\n' },
          { change: 'ADDED', text: 'Baris tiga\n' },
        ],
      },
    ]);
  });

  it('shows a language added in the newer state as added text', () => {
    const after = row({ texts: [{ language: PracticeLanguage.ID, ...text }, { language: PracticeLanguage.EN, ...text, title: 'Complaints app', summary: '', problem: '' }] });
    expect(diffSnapshots(row(), after)).toEqual([{ field: 'texts.title', language: 'en', parts: [{ change: 'ADDED', text: 'Complaints app' }] }]);
  });
});

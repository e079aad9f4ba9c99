import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type CreatePracticeInput, EditorCreatePracticeDocument } from '../../gql/features/graphql';
import { userError, WARGA } from '../../test/account-fixtures';
import { renderApp } from '../../test/render-app';
import { editorPractice, editorPracticeMock, MEDAN_EDITOR, practiceText, TOPICS_MOCK, TWO_CITY_EDITOR } from '../../test/practice-writing-fixtures';

beforeEach(() => localStorage.clear());

function createMock(answer: object, sent: CreatePracticeInput[] = []): MockLink.MockedResponse {
  return {
    request: { query: EditorCreatePracticeDocument, variables: () => true },
    result: (variables: { input: CreatePracticeInput }) => {
      sent.push(variables.input);
      return { data: { createPractice: { __typename: 'CreatePracticePayload', userErrors: [], practice: null, ...answer } } };
    },
  } as MockLink.MockedResponse;
}

async function openNew(mocks: MockLink.MockedResponse[], me = MEDAN_EDITOR, language: 'id' | 'en' = 'id') {
  const view = renderApp({ path: '/praktik/baru', me, language, mocks: [TOPICS_MOCK, ...mocks] });
  await screen.findByRole('heading', { level: 1, name: language === 'id' ? 'Tulis praktik baru' : 'Write a new practice' });
  return view;
}

const text = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('new practice page', () => {
  it('offers only the cities the user writes for', async () => {
    await openNew([], TWO_CITY_EDITOR);
    const city = screen.getByRole('combobox', { name: /^Kota/ }) as HTMLSelectElement;
    expect([...city.options].map((o) => o.textContent)).toEqual(['— Pilih —', 'Kota Medan', 'Kota Solok']);
    expect(city.value).toBe('');
  });

  it('chooses the only city for an editor of one (a plain membership elsewhere does not count)', async () => {
    await openNew([]);
    expect((screen.getByRole('combobox', { name: /^Kota/ }) as HTMLSelectElement).value).toBe('kota-medan');
    expect(screen.getByRole('combobox', { name: /^Kota/ }).querySelectorAll('option')).toHaveLength(2);
  });

  it('says what is missing before creating, and sends nothing', async () => {
    const sent: CreatePracticeInput[] = [];
    await openNew([createMock({}, sent)], TWO_CITY_EDITOR);
    expect(screen.getByRole('status').textContent).toBe('Belum disimpan. Draf dibuat saat Anda memilih "Simpan draf".');
    fireEvent.click(screen.getAllByRole('button', { name: 'Simpan draf' })[0] as HTMLElement);
    expect(await screen.findByText('Tulis praktik ini minimal dalam satu bahasa; judul wajib diisi.')).toBeTruthy();
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(2); // city and topic
    expect(sent).toHaveLength(0);
  });

  it('creates the draft and opens it in the editor, where it is saved automatically from then on', async () => {
    const sent: CreatePracticeInput[] = [];
    const created = editorPractice({ id: 'p-new', version: 1, texts: [practiceText({ language: 'EN', title: 'Citizen complaints app' })] });
    const { router } = await openNew([createMock({ practice: created }, sent), editorPracticeMock(created, 'p-new')]);

    fireEvent.change(screen.getByRole('combobox', { name: /^Topik/ }), { target: { value: 'governance' } });
    fireEvent.click(screen.getByRole('tab', { name: /English/ }));
    fireEvent.change(await screen.findByRole('textbox', { name: /^Title|^Judul/ }), { target: { value: 'Citizen complaints app' } });
    fireEvent.change(text(/^Biaya/), { target: { value: '1.500.000' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Simpan draf' })[0] as HTMLElement);

    await waitFor(() => expect(router.state.location.pathname).toBe('/praktik/p-new/ubah'));
    expect(sent[0]).toMatchObject({ citySlug: 'kota-medan', topic: 'governance', texts: [{ language: 'EN', title: 'Citizen complaints app' }], costAmount: 1500000, costCurrency: 'IDR' });
    expect(await screen.findByText('Draf dibuat. Perubahan berikutnya tersimpan otomatis.')).toBeTruthy();
  });

  it("shows the API's userErrors next to the fields, in the tab of their language", async () => {
    const badUrl = userError('links.0.url', 'INVALID_URL', 'Tautan ditolak server.');
    await openNew([createMock({ userErrors: [badUrl] })]);
    fireEvent.change(screen.getByRole('combobox', { name: /^Topik/ }), { target: { value: 'governance' } });
    fireEvent.change(text(/^Judul/), { target: { value: 'Aplikasi pengaduan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah tautan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah tautan' }));
    // The first row stays empty (not sent): the API's links.0 is the form's second row.
    fireEvent.change(text(/^Alamat tautan 2/), { target: { value: 'https://contoh.go.id' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Simpan draf' })[0] as HTMLElement);
    const error = await screen.findByText('Tautan ditolak server.');
    expect(text(/^Alamat tautan 2/).getAttribute('aria-describedby')).toContain(error.id);
  });

  it('tells a user who writes for no city how to get there', async () => {
    await openNew([], WARGA);
    expect(screen.getByText(/belum menjadi editor atau admin kota mana pun/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan draf' })).toBeNull();
  });

  it('speaks English', async () => {
    await openNew([], MEDAN_EDITOR, 'en');
    expect(document.title).toBe('Write a new practice · CityBridge');
    expect(screen.getAllByRole('button', { name: 'Save draft' }).length).toBeGreaterThan(0);
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['Bahasa Indonesia', 'English (optional)']);
    expect(within(screen.getByRole('region', { name: 'Texts' })).getByText(/at least one/)).toBeTruthy();
  });
});

import { claimTypeAhead, connectTypeAhead } from './type-ahead';

const router = { state: { location: { pathname: '/' } } };
const press = (key: string, init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

beforeEach(() => {
  router.state.location.pathname = '/';
  connectTypeAhead(router);
  (document.activeElement as HTMLElement | null)?.blur?.();
});

describe('type-ahead', () => {
  it('keeps keys typed while the next page loads and gives them to its search box', () => {
    const home: string[] = [];
    const onHome = claimTypeAhead('/', (key) => home.push(key), '');
    router.state.location.pathname = '/kota'; // navigated; React still shows the home page
    for (const key of 'medan') press(key);
    expect(home).toEqual([]); // the old page's box takes nothing
    onHome.release('');

    const directory = claimTypeAhead('/kota', () => {}, '');
    expect(directory).toMatchObject({ text: 'medan', typed: true });
  });

  it('hands the text the previous page held to the next page’s box, after which keys typed are appended', () => {
    // The home page's box holds "sol", typed but not yet searched.
    const home = claimTypeAhead('/', () => {}, '');
    router.state.location.pathname = '/kota';
    press('o');
    press('k');
    home.release('sol');
    expect(claimTypeAhead('/kota', () => {}, '')).toMatchObject({ text: 'solok', typed: true });
  });

  it('forgets what a box held once another page without a box was shown in between', () => {
    const home = claimTypeAhead('/', () => {}, '');
    router.state.location.pathname = '/kota/kota-solok';
    home.release('medan');
    router.state.location.pathname = '/kota';
    expect(claimTypeAhead('/kota', () => {}, 'solok')).toMatchObject({ text: 'solok', typed: false });
  });

  it('gives keys on a page to its box, but leaves shortcuts, space and typing in fields alone', () => {
    const keys: string[] = [];
    claimTypeAhead('/', (key) => keys.push(key), '');
    expect(press('a')).toBe(false); // taken: default prevented
    press('c', { ctrlKey: true });
    press(' ');
    press('Enter');
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', bubbles: true, cancelable: true }));
    input.remove();
    expect(keys).toEqual(['a']);
  });
});

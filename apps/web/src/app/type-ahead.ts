/**
 * No lost typing across a navigation (issue 10: clicking "Kota" and typing at once lost the text).
 *
 * One search box per page may claim the keys typed while no text field has focus: on the page,
 * typing goes into its box ("type to search"); while the next page is still loading, the keys wait
 * and the next page's box takes them, after the text the previous page's box held. So the home
 * page's box and the directory's box act as one box across the navigation.
 *
 * The router's own location is read (not React's): React shows the old page until the new one has
 * loaded, and that old page's box must not take keys meant for the new one.
 */

interface SearchBox {
  path: string;
  take: (text: string) => void;
}

let currentPath: () => string = () => globalThis.location?.pathname ?? '/';
let box: SearchBox | null = null;
/** Keys typed on a path whose box has not appeared yet. */
let pending = { path: '', text: '' };
/** What a box held when it went away, for the next box on the page then shown. */
let carried = { path: '', text: '' };
let listening = false;

function isEditable(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
  const target = document.activeElement;
  if (isEditable(target)) return;
  // Space presses a focused button or link; it only counts inside text already being typed.
  const path = currentPath();
  const typing = (pending.path === path && pending.text !== '') || false;
  if (event.key === ' ' && !typing) return;
  if (box && box.path === path) {
    event.preventDefault();
    box.take(event.key);
    return;
  }
  if (pending.path !== path) pending = { path, text: '' };
  pending.text += event.key;
  event.preventDefault();
}

/** Connects the keys to the router (main.tsx, and each test's app); the listener is installed once. */
export function connectTypeAhead(router: { state: { location: { pathname: string } } }): void {
  currentPath = () => router.state.location.pathname;
  box = null;
  pending = { path: '', text: '' };
  carried = { path: '', text: '' };
  if (!listening && typeof document !== 'undefined') {
    document.addEventListener('keydown', onKeyDown, true);
    listening = true;
  }
}

/**
 * A page's search box: claims the keys for its page (`take` gets each key; it should focus itself
 * and append the key). Returns the text to start with (typed before it appeared, or carried from
 * the previous page's box when its own URL has none) and whether that includes fresh typing (then
 * the box takes the focus), and `release(text)`, to call on unmount with the text it holds.
 */
export function claimTypeAhead(path: string, take: (text: string) => void, urlText: string) {
  const own: SearchBox = { path, take };
  box = own;
  // The text carried here is the newest the user typed (also what a remount in StrictMode kept).
  const base = carried.path === path && carried.text ? carried.text : urlText;
  const typed = pending.path === path ? pending.text : '';
  carried = { path: '', text: '' };
  pending = { path: '', text: '' };
  return {
    text: base && typed ? `${base}${typed}` : base || typed,
    typed: typed !== '',
    release(text: string) {
      if (box === own) box = null;
      // Left for another page: its box (if any) starts from this text.
      carried = { path: currentPath(), text };
    },
  };
}

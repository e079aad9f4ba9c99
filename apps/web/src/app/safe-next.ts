/**
 * The `?next=` path to return to after signing in, only when it is a path on this site
 * ("/x", not "//evil.example" or "https://…"), else the fallback.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/profil'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters (e.g. a tab inside "/\t/evil") could be stripped by the browser into "//".
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what is checked.
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}

/** `/masuk?next=<path>` (or /daftar), for links that should bring the user back here. */
export function withNext(path: '/masuk' | '/daftar', next: string): string {
  return `${path}?${new URLSearchParams({ next }).toString()}`;
}

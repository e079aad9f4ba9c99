// Every feature's strings, `<feature>/locales/<language>.json`, found at build time: a new feature
// needs no edit here. (Jest maps this module to src/test/locale-files.cjs, which reads the same files.)
export type Messages = { [key: string]: string | Messages };

/** Keyed by path from the app's root, e.g. `/src/cities/locales/id.json` (also for app/ itself). */
export const localeFiles: Record<string, Messages> = import.meta.glob('/src/*/locales/*.json', {
  eager: true,
  import: 'default',
});

/** Slugs arrive from URLs and forms: compared trimmed and lower-cased, never longer than a real one. */
export function cleanSlug(slug: unknown): string {
  return typeof slug === 'string' ? slug.trim().toLowerCase().slice(0, 200) : '';
}

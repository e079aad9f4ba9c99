/** A practice's title in the UI language if it has one, else its first. */
export function practiceTitle(texts: readonly { language: string; title: string }[], language: string): string {
  return (texts.find((text) => text.language.toLowerCase() === language) ?? texts[0])?.title ?? '';
}

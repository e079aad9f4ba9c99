import { type Language, localeFor } from '../app/i18n';

/** "Rp 25.000.000" / "IDR 25,000,000": whole units, in the reader's language. */
export function formatMoney(amount: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    // An unknown currency code: the number and the code.
    return `${new Intl.NumberFormat(localeFor(language)).format(amount)} ${currency}`;
  }
}

/** "5 Okt 2018" from a calendar date (YYYY-MM-DD; no time zone shift). */
export function formatCalendarDate(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(localeFor(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}

/** "Jumat, 5 Oktober 2018 · 09.00–12.00" of a slot in a zone. */
export function formatSlot(startsAt: string, endsAt: string | null | undefined, timeZone: string, language: Language): string {
  const locale = localeFor(language);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(startsAt));
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  return `${day} · ${time.format(new Date(startsAt))}${endsAt ? `–${time.format(new Date(endsAt))}` : ''}`;
}

/** A practice's title in the reader's language, else its first version's. */
export function practiceTitle(texts: readonly { language: string; title: string }[], language: Language): string {
  return (texts.find((text) => text.language.toLowerCase() === language) ?? texts[0])?.title ?? '';
}

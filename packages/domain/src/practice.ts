/**
 * The rules of a practice (a city's case study) that the API, the database checks and the web app
 * share: the fixed vocabularies, the workflow and the field limits. Labels live in the locale files.
 */

/** What a practice is about; one per practice. Codes are stored; labels are in the locale files. */
export const PRACTICE_TOPICS = [
  'governance',
  'public_services',
  'finance_assets',
  'digital_infrastructure',
  'health',
  'education',
  'economy',
  'tourism_culture',
  'environment',
  'waste',
  'water_sanitation',
  'transport',
  'disaster',
  'social_welfare',
] as const;
export type PracticeTopic = (typeof PRACTICE_TOPICS)[number];

/** The six dimensions of Indonesia's smart-city movement (Gerakan Menuju 100 Smart City). */
export const SMART_CITY_DIMENSIONS = ['governance', 'branding', 'economy', 'living', 'society', 'environment'] as const;
export type SmartCityDimension = (typeof SMART_CITY_DIMENSIONS)[number];

/** The UN Sustainable Development Goals are numbered 1 to 17. */
export const FIRST_SDG = 1;
export const LAST_SDG = 17;
export const isSdg = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= FIRST_SDG && (n as number) <= LAST_SDG;

/** Content languages: Bahasa Indonesia and English; a practice has at least one. */
export const PRACTICE_LANGUAGES = ['id', 'en'] as const;
export type PracticeLanguage = (typeof PRACTICE_LANGUAGES)[number];

export const PRACTICE_STATES = ['draft', 'in_review', 'published', 'archived'] as const;
export type PracticeState = (typeof PRACTICE_STATES)[number];

export type PracticeTransition = 'submit' | 'publish' | 'return' | 'archive';

/**
 * Draft → in review (submit) → published (publish), or back to draft with a comment (return).
 * A city admin may archive a practice in any state but archived; nothing leaves archived.
 */
export const PRACTICE_TRANSITIONS: Record<PracticeTransition, { from: readonly PracticeState[]; to: PracticeState }> = {
  submit: { from: ['draft'], to: 'in_review' },
  publish: { from: ['in_review'], to: 'published' },
  return: { from: ['in_review'], to: 'draft' },
  archive: { from: ['draft', 'in_review', 'published'], to: 'archived' },
};

/** The state after `transition`, or null when it cannot be taken from `state`. */
export function practiceTransition(state: PracticeState, transition: PracticeTransition): PracticeState | null {
  const rule = PRACTICE_TRANSITIONS[transition];
  return rule.from.includes(state) ? rule.to : null;
}

/** Content can be changed in every state but archived (a published change keeps a revision). */
export const isPracticeEditable = (state: PracticeState): boolean => state !== 'archived';

/** Limits in characters; the Markdown bodies are generous, the rest fits a line or a card. */
export const PRACTICE_LIMITS = {
  title: 200,
  summary: 1_000,
  body: 20_000,
  agency: 200,
  contact: 500,
  tag: 50,
  tags: 20,
  links: 10,
  linkLabel: 200,
  url: 2_000,
  reviewComment: 2_000,
} as const;

/** Years a practice can start, end or have its cost counted in. */
export const FIRST_PRACTICE_YEAR = 1945;
export const LAST_PRACTICE_YEAR = 2100;

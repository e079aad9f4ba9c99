import { type PracticeTransition, practiceTransition } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { CitiesService } from '../cities/cities.service.js';
import { message } from '../common/messages.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import { isUuid } from '../common/uuid.js';
import { MailService } from '../mail/mail.service.js';
import { PRACTICE_COLUMNS, PRACTICES_FROM, type PracticeRow, toPractice } from './practice-rows.js';
import {
  type CreatePracticeInput,
  type PracticeFieldsInput,
  PracticeState,
  type PracticeType,
  type UpdatePracticeInput,
} from './practices.types.js';

/** The stored values of a writer's input, or null (with userErrors) when they do not fit together. */
function fieldValues(errors: UserErrors, input: PracticeFieldsInput) {
  const languages = input.texts.map((t) => t.language);
  if (new Set(languages).size !== languages.length) errors.add('texts', 'DUPLICATE_LANGUAGE');
  if (input.startYear != null && input.endYear != null && input.endYear < input.startYear) errors.add('endYear', 'END_BEFORE_START');
  if (input.costAmount != null && !input.costCurrency) errors.add('costCurrency', 'CURRENCY_REQUIRED');
  if (errors.any) return null;
  const blank = (text: string | null | undefined) => (text ? text : null);
  return {
    agency: blank(input.agency),
    topic: input.topic,
    dimensions: [...new Set(input.dimensions ?? [])],
    sdgs: [...new Set(input.sdgs ?? [])].sort((a, b) => a - b),
    tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    costAmount: input.costAmount ?? null,
    costCurrency: input.costAmount != null ? (input.costCurrency ?? null) : null,
    costYear: input.costAmount != null ? (input.costYear ?? null) : null,
    startYear: input.startYear ?? null,
    endYear: input.endYear ?? null,
    contact: blank(input.contact),
    links: (input.links ?? []).map((l) => ({ url: l.url, label: blank(l.label) })),
    texts: input.texts.map((t) => ({
      language: t.language,
      title: t.title,
      summary: t.summary ?? '',
      problem: t.problem ?? '',
      approach: t.approach ?? '',
      results: t.results ?? '',
      lessons: t.lessons ?? '',
    })),
  };
}
type FieldValues = NonNullable<ReturnType<typeof fieldValues>>;

/** The reviewer's fields, which publishing and returning set: `$3` the reviewer, `$4` the comment. */
const REVIEWED = ', review_comment = $4, reviewed_by = $3, reviewed_at = now()';
const TRANSITION_SET: Record<PracticeTransition, string> = {
  submit: '',
  publish: `, published_at = now()${REVIEWED}`,
  return: REVIEWED,
  archive: '',
};

/**
 * Writing practices, inside the mutation's transaction: create, save (optimistic lock on `version`),
 * and the workflow. Each transition tells the author by mail; every published change keeps a revision.
 */
@Injectable()
export class PracticeWriter {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cities: CitiesService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  private query<R = { id: string }>(sql: string, values: unknown[]): Promise<R[]> {
    return this.connection.manager.query(sql, values);
  }

  /** Read in the transaction, so the answer shows the mutation's own writes. */
  private async read(id: string): Promise<PracticeRow> {
    const [row] = await this.query<PracticeRow>(`SELECT ${PRACTICE_COLUMNS} FROM ${PRACTICES_FROM} WHERE p.id = $1`, [id]);
    return row;
  }

  /** The practice, locked for this transaction: two saves of one practice run one after the other. */
  private async locked(errors: UserErrors, id: string): Promise<PracticeRow | null> {
    const [found] = isUuid(id) ? await this.query(`SELECT id FROM practices WHERE id = $1 FOR UPDATE`, [id]) : [];
    if (!found) {
      errors.add('practiceId', 'NOT_FOUND');
      return null;
    }
    return this.read(id);
  }

  private async writeTexts(id: string, texts: FieldValues['texts']): Promise<void> {
    await this.query(`DELETE FROM practice_texts WHERE practice_id = $1 AND lang <> ALL($2::text[])`, [id, texts.map((t) => t.language)]);
    for (const t of texts) {
      await this.query(
        `INSERT INTO practice_texts (practice_id, lang, title, summary, problem, approach, results, lessons) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (practice_id, lang) DO UPDATE SET title = $3, summary = $4, problem = $5, approach = $6, results = $7, lessons = $8`,
        [id, t.language, t.title, t.summary, t.problem, t.approach, t.results, t.lessons],
      );
    }
  }

  /** Keeps the practice as it is now (published) as its next revision. */
  private async keepRevision(actorId: string, row: PracticeRow): Promise<void> {
    await this.query(
      `INSERT INTO practice_revisions (practice_id, number, snapshot, author_id)
       SELECT $1, coalesce(max(number), 0) + 1, $2, $3 FROM practice_revisions WHERE practice_id = $1`,
      [row.id, JSON.stringify(row), actorId],
    );
  }

  async create(user: SignedInUser, errors: UserErrors, input: CreatePracticeInput): Promise<PracticeType | null> {
    const city = await this.cities.cityRefBySlug(input.citySlug);
    if (!city) errors.add('citySlug', 'NOT_FOUND');
    const values = fieldValues(errors, input);
    if (!city || !values) return null;
    const [{ id }] = await this.query(
      `INSERT INTO practices (city_id, author_id, agency, topic, dimensions, sdgs, tags, cost_amount, cost_currency, cost_year, start_year, end_year, contact, links)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [city.id, user.id, ...columnValues(values)],
    );
    await this.writeTexts(id, values.texts);
    await this.audit.record({ actorId: user.id, action: 'practice.create', entityType: 'practice', entityId: id, cityId: city.id });
    return toPractice(await this.read(id));
  }

  async update(user: SignedInUser, errors: UserErrors, input: UpdatePracticeInput): Promise<PracticeType | null> {
    const values = fieldValues(errors, input);
    const row = values && (await this.locked(errors, input.practiceId));
    if (!values || !row) return null;
    if (row.state === PracticeState.ARCHIVED) {
      errors.add('practiceId', 'PRACTICE_ARCHIVED');
      return null;
    }
    if (row.version !== input.expectedVersion) {
      errors.add('expectedVersion', 'STALE_VERSION', { version: row.version });
      return null;
    }
    await this.query(
      `UPDATE practices SET agency = $2, topic = $3, dimensions = $4, sdgs = $5, tags = $6, cost_amount = $7, cost_currency = $8, cost_year = $9,
         start_year = $10, end_year = $11, contact = $12, links = $13, version = version + 1, updated_at = now() WHERE id = $1`,
      [row.id, ...columnValues(values)],
    );
    await this.writeTexts(row.id, values.texts);
    const saved = await this.read(row.id);
    // A published practice stays published; the change is kept as a revision.
    if (saved.state === PracticeState.PUBLISHED) await this.keepRevision(user.id, saved);
    await this.audit.record({ actorId: user.id, action: 'practice.update', entityType: 'practice', entityId: row.id, cityId: row.city_id, after: { version: saved.version } });
    return toPractice(saved);
  }

  /** A workflow step: from a state it allows, by whom the policy allows (checked before), told to the author. */
  async transition(
    user: SignedInUser,
    errors: UserErrors,
    transition: PracticeTransition,
    input: { practiceId: string; expectedVersion?: number | null; comment?: string | null },
  ): Promise<PracticeType | null> {
    const row = await this.locked(errors, input.practiceId);
    if (!row) return null;
    const next = practiceTransition(row.state, transition);
    if (!next) {
      errors.add('practiceId', row.state === PracticeState.ARCHIVED ? 'PRACTICE_ARCHIVED' : 'PRACTICE_WRONG_STATE', {
        state: message(errors.language, `practices.states.${row.state}`),
      });
      return null;
    }
    if (input.expectedVersion != null && input.expectedVersion !== row.version) {
      errors.add('expectedVersion', 'STALE_VERSION', { version: row.version });
      return null;
    }
    const reviewed = TRANSITION_SET[transition] ? [user.id, input.comment || null] : [];
    await this.query(`UPDATE practices SET state = $2, version = version + 1, updated_at = now()${TRANSITION_SET[transition]} WHERE id = $1`, [row.id, next, ...reviewed]);
    const saved = await this.read(row.id);
    if (next === PracticeState.PUBLISHED) await this.keepRevision(user.id, saved);
    await this.audit.record({ actorId: user.id, action: `practice.${transition}`, entityType: 'practice', entityId: row.id, cityId: row.city_id, before: { state: row.state }, after: { state: next } });
    await this.tellAuthor(errors, transition, saved, input.comment || null);
    return toPractice(saved);
  }

  /** The author hears of every step by mail (in the language of the request) and sees it on the practice. */
  private async tellAuthor(errors: UserErrors, transition: PracticeTransition, row: PracticeRow, comment: string | null): Promise<void> {
    if (!row.author_id) return;
    const [author] = await this.query<{ email: string; display_name: string }>(`SELECT email, display_name FROM user_refs WHERE id = $1`, [row.author_id]);
    if (!author) return;
    const language = errors.language;
    const text = row.texts.find((t) => t.language === language) ?? row.texts[0];
    const [city] = await this.cities.citiesByDbId([row.city_id]);
    const params = {
      name: author.display_name,
      title: text.title,
      city: city?.name ?? '',
      comment: comment ?? message(language, 'practices.mail.noComment'),
      link: `${this.mail.publicUrl}/praktik/${row.id}`,
    };
    await this.mail.enqueue({
      to: author.email,
      subject: message(language, `practices.mail.${transition}.subject`, params),
      text: message(language, `practices.mail.${transition}.text`, params),
    });
  }
}

/** `$3`… of the insert and `$2`… of the update, in column order. */
function columnValues(v: FieldValues): unknown[] {
  return [v.agency, v.topic, v.dimensions, v.sdgs, v.tags, v.costAmount, v.costCurrency, v.costYear, v.startYear, v.endYear, v.contact, JSON.stringify(v.links)];
}

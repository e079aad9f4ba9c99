import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { type Language, message } from '../common/messages.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import { isUuid } from '../common/uuid.js';
import { type CityLookup, type Delimiter, type ImportProblem, MAX_PROBLEMS, type ParsedRow, type ReadResult, readImport } from './metric-csv.js';
import { MetricsService } from './metrics.service.js';
import { CsvDelimiter, type DecimalStyle, type ImportProblemType, type MetricImportPreviewType, type MetricImportType } from './metrics.types.js';

/** Rows per INSERT statement (unnest of arrays): one round trip per chunk, not per row. */
const CHUNK = 5000;
/** The reads of the last previews, for the commit that follows them (same process, file and options). */
const PREVIEWS_KEPT = 2;
const PREVIEW_KEPT_MS = 15 * 60_000;

interface ImportRow {
  id: string;
  city_id: number | null;
  file_name: string;
  file_sha256: string;
  content: Buffer | null;
  status: 'uploaded' | 'committed' | 'undone';
  row_count: number | null;
  created_by: string | null;
  created_at: Date;
  committed_at: Date | null;
  undone_at: Date | null;
}

const toImport = (r: ImportRow): MetricImportType => ({
  id: r.id,
  fileName: r.file_name,
  fileSha256: r.file_sha256,
  status: r.status,
  rowCount: r.row_count,
  createdAt: r.created_at.toISOString(),
  committedAt: r.committed_at?.toISOString() ?? null,
  undoneAt: r.undone_at?.toISOString() ?? null,
});

export interface ImportChoice {
  importId: string;
  delimiter?: Delimiter | null;
  decimalStyle?: DecimalStyle | null;
}

/**
 * CSV imports: the file is kept on upload; preview and commit read it the same way (metric-csv.ts);
 * commit stores every row in the mutation's one transaction or none; undo removes them all.
 */
@Injectable()
export class MetricImportsService {
  /**
   * A preview's read of a file without problems, kept for the commit that usually follows, so a file is
   * parsed once. Bounded (the last two, a quarter of an hour); a commit in another process or after
   * that reads the file again, the same way.
   */
  private readonly previews = new Map<string, { at: number; read: ReadResult }>();

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
  ) {}

  /** Keeps an uploaded file for preview and commit. `cityId` null: a platform admin's import for any city. */
  async upload(userId: string, cityId: number | null, fileName: string, content: Buffer): Promise<{ importId: string; fileSha256: string; alreadyImported: boolean }> {
    const sha = createHash('sha256').update(content).digest('hex');
    const [row] = await this.connection.manager.query(
      `INSERT INTO metric_imports (city_id, file_name, file_sha256, byte_size, content, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [cityId, fileName.slice(0, 200), sha, content.length, content, userId],
    );
    return { importId: row.id, fileSha256: sha, alreadyImported: !!(await this.committedTwin(sha, cityId)) };
  }

  async find(id: unknown): Promise<ImportRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.connection.manager.query(`SELECT * FROM metric_imports WHERE id = $1`, [id]);
    return row ?? null;
  }

  async view(id: string): Promise<MetricImportType | null> {
    const row = await this.find(id);
    return row ? toImport(row) : null;
  }

  private async committedTwin(sha: string, cityId: number | null): Promise<ImportRow | null> {
    const [row] = await this.connection.manager.query(`SELECT * FROM metric_imports WHERE file_sha256 = $1 AND city_id IS NOT DISTINCT FROM $2 AND status = 'committed'`, [sha, cityId]);
    return row ?? null;
  }

  private async lookups(): Promise<{ cities: CityLookup; indicators: Map<string, number> }> {
    const m = this.connection.manager;
    const [cityRows, indicatorRows] = await Promise.all([
      m.query(`SELECT id, code, name FROM city_refs`) as Promise<{ id: number; code: string; name: string }[]>,
      m.query(`SELECT id, code FROM metric_indicators`) as Promise<{ id: number; code: string }[]>,
    ]);
    const cities: CityLookup = { byCode: new Map(), byName: new Map() };
    const addName = (name: string, c: { id: number; code: string; name: string }) => {
      const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
      const list = cities.byName.get(key) ?? [];
      if (!list.some((x) => x.id === c.id)) list.push(c);
      cities.byName.set(key, list);
    };
    for (const c of cityRows) {
      cities.byCode.set(c.code, c.id);
      addName(c.name, c);
      addName(c.name.replace(/^(kota|kabupaten)\s+/i, ''), c);
    }
    // An exact full name wins over the short names of others ("Kota Solok" is one city, "Solok" two).
    return { cities, indicators: new Map(indicatorRows.map((i) => [i.code, i.id])) };
  }

  private previewKey(row: ImportRow, choice: ImportChoice): string {
    return [row.id, row.file_sha256, choice.delimiter ?? '', choice.decimalStyle ?? ''].join('|');
  }

  private keepPreview(row: ImportRow, choice: ImportChoice, read: ReadResult): void {
    const now = Date.now();
    for (const [key, kept] of this.previews) if (now - kept.at > PREVIEW_KEPT_MS) this.previews.delete(key);
    if (read.problems.length) return;
    this.previews.set(this.previewKey(row, choice), { at: now, read });
    while (this.previews.size > PREVIEWS_KEPT) this.previews.delete(this.previews.keys().next().value as string);
  }

  /** The preview's read of the same file with the same options (taken: one commit uses it), else a new read. */
  private async readForCommit(row: ImportRow, choice: ImportChoice): Promise<ReadResult> {
    const key = this.previewKey(row, choice);
    const kept = this.previews.get(key);
    this.previews.delete(key);
    if (kept && Date.now() - kept.at <= PREVIEW_KEPT_MS) return kept.read;
    return this.read(row, choice);
  }

  private async read(row: ImportRow, choice: ImportChoice): Promise<ReadResult> {
    const { cities, indicators } = await this.lookups();
    return readImport(row.content ?? Buffer.alloc(0), {
      delimiter: choice.delimiter,
      decimalStyle: choice.decimalStyle,
      cities,
      indicators,
      onlyCityId: row.city_id,
      fileName: row.file_name,
      now: new Date(),
    });
  }

  /**
   * Far from what is known: a value 10 times larger or smaller than the city's earlier values of the
   * indicator (median) or than its previous year in the file; an area about 100 times too large
   * (hectares for km2).
   */
  private async warnings(rows: ParsedRow[]): Promise<ImportProblem[]> {
    if (!rows.length) return [];
    const cityIds = [...new Set(rows.map((r) => r.cityId))];
    const indicatorIds = [...new Set(rows.map((r) => r.indicatorId))];
    const known: { city_id: number; indicator_id: number; median: number }[] = await this.connection.manager.query(
      `SELECT city_id, indicator_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY value::float8) AS median
       FROM metric_observations WHERE city_id = ANY($1) AND indicator_id = ANY($2) AND practice_id IS NULL AND value > 0 GROUP BY city_id, indicator_id`,
      [cityIds, indicatorIds],
    );
    const medians = new Map(known.map((k) => [`${k.city_id}|${k.indicator_id}`, k.median]));
    const problems: ImportProblem[] = [];
    const warn = (r: ParsedRow, reference: number) => {
      const ratio = r.value / reference;
      if (r.indicatorCode === 'area_km2' && ratio >= 50 && ratio <= 200) problems.push({ line: r.line, column: 'value', code: 'AREA_LOOKS_LIKE_HECTARES', params: { value: r.value, reference } });
      else if (ratio >= 10 || ratio <= 0.1) problems.push({ line: r.line, column: 'value', code: 'VALUE_JUMPS', params: { value: r.value, reference } });
    };
    const series = [...rows].filter((r) => !r.practiceId && r.periodKind === 'year').sort((a, b) => a.cityId - b.cityId || a.indicatorId - b.indicatorId || a.year - b.year);
    for (let i = 0; i < series.length && problems.length < MAX_PROBLEMS; i++) {
      const r = series[i];
      if (r.value <= 0) continue;
      const median = medians.get(`${r.cityId}|${r.indicatorId}`);
      const previous = series[i - 1];
      if (median) warn(r, median);
      else if (previous && previous.cityId === r.cityId && previous.indicatorId === r.indicatorId && previous.year < r.year && previous.value > 0) warn(r, previous.value);
    }
    return problems.sort((a, b) => a.line - b.line);
  }

  async preview(errors: UserErrors, choice: ImportChoice, language: Language): Promise<MetricImportPreviewType | null> {
    const row = await this.find(choice.importId);
    if (row?.status !== 'uploaded') {
      errors.add('importId', 'IMPORT_NOT_FOUND');
      return null;
    }
    const read = await this.read(row, choice);
    const warnings = read.problems.length ? [] : await this.warnings(read.rows);
    this.keepPreview(row, choice, read);
    return {
      importId: row.id,
      encoding: read.shape?.hasBom ? 'UTF-8 BOM' : 'UTF-8',
      hasBom: read.shape?.hasBom ?? false,
      delimiter: read.shape?.delimiter === ';' ? CsvDelimiter.SEMICOLON : CsvDelimiter.COMMA,
      decimalStyle: read.decimalStyle as DecimalStyle | null,
      decimalStyleDetected: read.decimalStyleDetected,
      columns: read.shape?.header ?? [],
      mapping: Object.entries(read.shape?.mapping ?? {}).map(([field, column]) => ({ field, column: column as string })),
      rowCount: read.rowCount,
      sampleRows: read.sample.map((cells) => ({ cells })),
      errors: read.problems.map((p) => this.problem(p, language)),
      warnings: warnings.map((p) => this.problem(p, language)),
      alreadyImported: !!(await this.committedTwin(row.file_sha256, row.city_id)),
    };
  }

  problem(p: ImportProblem, language: Language): ImportProblemType {
    return { line: p.line, column: p.column, code: p.code, message: message(language, `errors.${p.code}`, p.params), candidates: p.candidates ?? null };
  }

  /**
   * Stores every row of the file or none (the mutation's one transaction; a userError rolls back).
   * A file already committed for the same city changes nothing and answers the earlier import.
   */
  async commit(
    user: SignedInUser,
    errors: UserErrors,
    choice: ImportChoice & { confirmWarnings: boolean },
  ): Promise<{ import: MetricImportType | null; alreadyImported: boolean }> {
    const none = { import: null, alreadyImported: false };
    // Every problem of the file becomes a userError on `line:<n>:<column>`.
    const refuse = (field: string, code: string, problems: ImportProblem[]) => {
      errors.add(field, code, { count: problems.length });
      for (const p of problems) errors.add(`line:${p.line}:${p.column ?? ''}`, p.code, p.params);
      return none;
    };
    const m = this.connection.manager;
    const row = await this.find(choice.importId);
    if (!row || row.status === 'undone') {
      errors.add('importId', 'IMPORT_NOT_FOUND');
      return none;
    }
    if (row.status === 'committed') return { import: toImport(row), alreadyImported: true };
    // Two commits of the same file at once: the second waits here, then finds the first.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('metric_import:' || $1))`, [row.file_sha256]);
    const twin = await this.committedTwin(row.file_sha256, row.city_id);
    if (twin) {
      await m.query(`DELETE FROM metric_imports WHERE id = $1`, [row.id]);
      return { import: toImport(twin), alreadyImported: true };
    }
    const read = await this.readForCommit(row, choice);
    if (read.problems.length) return refuse('importId', 'FILE_HAS_ERRORS', read.problems);
    const warnings = await this.warnings(read.rows);
    if (warnings.length && !choice.confirmWarnings) return refuse('confirmWarnings', 'WARNINGS_NOT_CONFIRMED', warnings);
    const practiceProblems = await this.checkPractices(read.rows);
    if (practiceProblems.length) return refuse('importId', 'FILE_HAS_ERRORS', practiceProblems);
    const sourceIds = new Map<string, string>();
    for (const r of read.rows) {
      const key = JSON.stringify(r.source);
      if (!sourceIds.has(key)) sourceIds.set(key, await this.metrics.sourceId(r.source));
    }
    const clashes: ImportProblem[] = [];
    for (let i = 0; i < read.rows.length; i += CHUNK) {
      const chunk = read.rows.slice(i, i + CHUNK);
      const keys = [
        chunk.map((r) => r.cityId),
        chunk.map((r) => r.practiceId),
        chunk.map((r) => r.indicatorId),
        chunk.map((r) => r.year),
        chunk.map((r) => r.periodKind),
        chunk.map((r) => r.periodNo),
        chunk.map((r) => sourceIds.get(JSON.stringify(r.source))),
      ];
      // The count only: the inserted rows stay in PostgreSQL.
      const [{ inserted }]: { inserted: number }[] = await m.query(
        `WITH done AS (
           INSERT INTO metric_observations (city_id, practice_id, indicator_id, year, period_kind, period_no, source_id, value, quality, is_demo, import_id, entered_by)
           SELECT t.city_id, t.practice_id, t.indicator_id, t.year, t.period_kind, t.period_no, t.source_id, t.value, t.quality, false, $10, $11
           FROM unnest($1::int[], $2::uuid[], $3::int[], $4::smallint[], $5::text[], $6::smallint[], $7::uuid[], $8::numeric[], $9::text[])
             AS t(city_id, practice_id, indicator_id, year, period_kind, period_no, source_id, value, quality)
           ON CONFLICT (city_id, practice_id, indicator_id, year, period_kind, period_no, source_id) DO NOTHING RETURNING 1)
         SELECT count(*)::int AS inserted FROM done`,
        [...keys, chunk.map((r) => String(r.value)), chunk.map((r) => r.quality), row.id, user.id],
      );
      if (inserted < chunk.length) {
        // Rows the same source already gave for the period (another import or an entry): the file is refused.
        const found: { n: number }[] = await m.query(
          `SELECT t.n::int AS n FROM unnest($1::int[], $2::uuid[], $3::int[], $4::smallint[], $5::text[], $6::smallint[], $7::uuid[])
             WITH ORDINALITY AS t(city_id, practice_id, indicator_id, year, period_kind, period_no, source_id, n)
           WHERE EXISTS (SELECT 1 FROM metric_observations o WHERE o.city_id = t.city_id AND o.practice_id IS NOT DISTINCT FROM t.practice_id
             AND o.indicator_id = t.indicator_id AND o.year = t.year AND o.period_kind = t.period_kind AND o.period_no = t.period_no AND o.source_id = t.source_id
             AND o.import_id IS DISTINCT FROM $8)
           ORDER BY t.n LIMIT $9`,
          [...keys, row.id, MAX_PROBLEMS],
        );
        for (const { n } of found) if (clashes.length < MAX_PROBLEMS) clashes.push({ line: chunk[n - 1].line, column: 'value', code: 'ALREADY_RECORDED', params: {} });
      }
    }
    if (clashes.length) return refuse('importId', 'FILE_HAS_ERRORS', clashes);
    // TypeORM answers an UPDATE with [rows, count].
    const [[done]] = await m.query(
      `UPDATE metric_imports SET status = 'committed', committed_at = now(), content = NULL, row_count = $2, options = $3 WHERE id = $1 RETURNING *`,
      [row.id, read.rows.length, { delimiter: read.shape?.delimiter, decimalStyle: read.decimalStyle, mapping: read.shape?.mapping }],
    );
    await this.audit.record({
      actorId: user.id,
      action: 'metrics.import.commit',
      entityType: 'metric_import',
      entityId: row.id,
      cityId: row.city_id ?? undefined,
      after: { fileName: row.file_name, sha256: row.file_sha256, rows: read.rows.length, warningsConfirmed: warnings.length },
    });
    return { import: toImport(done), alreadyImported: false };
  }

  /** A program named in the file must be one of the row's city's practices. */
  private async checkPractices(rows: ParsedRow[]): Promise<ImportProblem[]> {
    const ids = [...new Set(rows.map((r) => r.practiceId).filter((id): id is string => !!id))];
    if (!ids.length) return [];
    const cities = await this.metrics.practiceCities(ids);
    const cityOf = new Map(ids.map((id, i) => [id, cities[i]]));
    return rows
      .filter((r) => r.practiceId && cityOf.get(r.practiceId) !== r.cityId)
      .slice(0, MAX_PROBLEMS)
      .map((r) => ({ line: r.line, column: 'practice_id', code: 'UNKNOWN_PROGRAM', params: {} }));
  }

  /** Removes every observation of a committed import; the import stays, marked undone, in the history. */
  async undo(user: SignedInUser, errors: UserErrors, importId: string): Promise<MetricImportType | null> {
    const row = await this.find(importId);
    if (!row) {
      errors.add('importId', 'IMPORT_NOT_FOUND');
      return null;
    }
    if (row.status !== 'committed') {
      errors.add('importId', 'IMPORT_NOT_COMMITTED');
      return null;
    }
    const removed = await this.connection.manager.query(`DELETE FROM metric_observations WHERE import_id = $1`, [row.id]);
    const [[done]] = await this.connection.manager.query(`UPDATE metric_imports SET status = 'undone', undone_at = now() WHERE id = $1 RETURNING *`, [row.id]);
    await this.audit.record({
      actorId: user.id,
      action: 'metrics.import.undo',
      entityType: 'metric_import',
      entityId: row.id,
      cityId: row.city_id ?? undefined,
      before: { rows: row.row_count },
      after: { removed: Array.isArray(removed) ? removed[1] : null },
    });
    return toImport(done);
  }
}

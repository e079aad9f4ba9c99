import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { JsonLogger } from '../common/json-logger.js';
import { DEFAULT_ORDER } from './metric-rows.js';

/** The licence of the compiled dataset; each source keeps its own licence, given beside its values. */
export const DATA_LICENCE = 'CC BY 4.0 (CityBridge compilation; cite the source of each value)';

export const EXPORT_COLUMNS = [
  'city_code',
  'city_name',
  'practice_id',
  'indicator',
  'unit',
  'year',
  'period',
  'value',
  'stated_as',
  'quality',
  'is_demo',
  'is_default',
  'source_organisation',
  'source_title',
  'source_url',
  'source_date',
  'source_licence',
  'licence',
] as const;

interface ExportQuery {
  cities?: string;
  indicators?: string;
  from?: string;
  to?: string;
}

const list = (text: string | undefined) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean).slice(0, 1000) : null);
const year = (text: string | undefined, fallback: number) => (text && /^\d{4}$/.test(text) ? Number(text) : fallback);

/**
 * Every observation of the selection (all sources; is_default by the default rule), in the order of the
 * unique index `metric_observations_once` (city, program — the whole city after its programs —,
 * indicator, period), the default first within a period: read as a cursor, PostgreSQL walks that index
 * and sorts only within each period, so the first rows leave at once instead of after a sort of the
 * whole table.
 */
const EXPORT_SQL = `SELECT c.code AS city_code, c.name AS city_name, o.practice_id, i.code AS indicator, i.unit, o.year,
    CASE o.period_kind WHEN 'year' THEN o.year::text WHEN 'quarter' THEN o.year || '-Q' || o.period_no ELSE o.year || '-' || lpad(o.period_no::text, 2, '0') END AS period,
    o.value::text AS value, o.stated_as, o.quality, o.is_demo,
    row_number() OVER (PARTITION BY o.city_id, o.practice_id, o.indicator_id, o.year, o.period_kind, o.period_no ORDER BY ${DEFAULT_ORDER}) = 1 AS is_default,
    s.organisation AS source_organisation, s.title AS source_title, s.url AS source_url, to_char(s.published_on, 'YYYY-MM-DD') AS source_date, s.licence AS source_licence
  FROM metric_observations o JOIN city_refs c ON c.id = o.city_id JOIN metric_indicators i ON i.id = o.indicator_id JOIN metric_sources s ON s.id = o.source_id
  WHERE ($1::text[] IS NULL OR c.code = ANY($1)) AND ($2::text[] IS NULL OR i.code = ANY($2)) AND o.year BETWEEN $3 AND $4
  ORDER BY o.city_id, o.practice_id, o.indicator_id, o.year, o.period_kind, o.period_no, ${DEFAULT_ORDER}`;

const BATCH = 1000;

/**
 * The rows of a statement through a server-side cursor (DECLARE ... FETCH): planned for the first rows
 * (cursor_tuple_fraction), read BATCH at a time as the response drains, so memory stays flat. On the
 * client's own transaction; `done` ends it (commit, or the connection is dropped on an error).
 */
function cursorRows(client: PoolClient, text: string, values: unknown[]): Readable & { done(error?: Error): Promise<void> } {
  let opened = false;
  let finished = false;
  const stream = new Readable({
    objectMode: true,
    highWaterMark: BATCH,
    read() {
      (async () => {
        if (!opened) {
          opened = true;
          await client.query('BEGIN READ ONLY');
          await client.query(`DECLARE metrics_export NO SCROLL CURSOR FOR ${text}`, values);
        }
        const { rows } = await client.query(`FETCH ${BATCH} FROM metrics_export`);
        for (const row of rows) stream.push(row);
        if (rows.length < BATCH) {
          finished = true;
          stream.push(null);
        }
      })().catch((error) => stream.destroy(error as Error));
    },
  });
  return Object.assign(stream, {
    async done(error?: Error) {
      if (error || !finished) client.release(error ?? new Error('export ended early'));
      else {
        await client.query('COMMIT').then(
          () => client.release(),
          (e) => client.release(e as Error),
        );
      }
    },
  });
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * GET /metrics/export.csv and /metrics/export.json (?cities=13.72,12.71&indicators=population&from=2010&to=2024;
 * no selection: the whole dataset). Public, like the values on the pages. Rows are streamed from
 * PostgreSQL through a cursor (DECLARE / FETCH), so memory stays flat however large the export.
 */
@Injectable()
export class MetricExportHttp implements OnModuleInit {
  private pool?: Pool;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {}

  onModuleInit(): void {
    const fastify: FastifyInstance = this.adapterHost.httpAdapter.getInstance();
    fastify.get<{ Querystring: ExportQuery }>('/metrics/export.csv', (request, reply) => this.export(request, reply, 'csv'));
    fastify.get<{ Querystring: ExportQuery }>('/metrics/export.json', (request, reply) => this.export(request, reply, 'json'));
  }

  private async export(request: FastifyRequest<{ Querystring: ExportQuery }>, reply: FastifyReply, format: 'csv' | 'json') {
    const q = request.query ?? {};
    const values = [list(q.cities), list(q.indicators), year(q.from, 1900), year(q.to, 2100)];
    this.pool ??= (this.dataSource.driver as PostgresDriver).master as Pool;
    const client: PoolClient = await this.pool.connect();
    const rows = cursorRows(client, EXPORT_SQL, values);
    const body = new PassThrough();
    let first = true;
    const encode = new Transform({
      writableObjectMode: true,
      transform(row: Record<string, unknown>, _enc, done) {
        if (format === 'csv') {
          const line = EXPORT_COLUMNS.map((c) => csvCell(c === 'licence' ? DATA_LICENCE : row[c])).join(',');
          done(null, `${first ? `${EXPORT_COLUMNS.join(',')}\r\n` : ''}${line}\r\n`);
        } else {
          const { licence: _l, ...rest } = { ...row, licence: null, value: row.value === null ? null : Number(row.value) };
          done(null, `${first ? '' : ','}\n${JSON.stringify(rest)}`);
        }
        first = false;
      },
      flush(done) {
        if (format === 'csv') done(null, first ? `${EXPORT_COLUMNS.join(',')}\r\n` : '');
        else done(null, '\n]}\n');
      },
    });
    if (format === 'json') body.write(`{"licence":${JSON.stringify(DATA_LICENCE)},"generatedAt":"${new Date().toISOString()}","columns":${JSON.stringify(EXPORT_COLUMNS.filter((c) => c !== 'licence'))},"observations":[`);
    pipeline(rows, encode, body)
      .then(() => rows.done())
      .catch((error) => {
        this.logger.write('error', 'metrics export failed', { requestId: request.id, error: String(error) });
        body.destroy(error as Error);
        return rows.done(error as Error);
      });
    const name = `citybridge-metrics.${format}`;
    return reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('x-licence', DATA_LICENCE)
      .header('cache-control', 'no-store')
      .send(body);
  }
}

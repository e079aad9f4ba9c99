import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Client as PgClient } from 'pg';
import PgBoss from 'pg-boss';
import { JsonLogger } from '../common/json-logger.js';
import { RepeatedLog } from '../common/repeated-log.js';
import { TransactionalConnection } from '../common/transaction.js';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import type { FailedJobType } from './jobs.types.js';

/** How long shutdown waits for running jobs (main.ts must exit within 5 s of SIGTERM). */
const STOP_TIMEOUT_MS = 2000;

/** Where a job goes when it has failed its last retry; nothing works it: an admin looks (failedJobs). */
export const DEAD_LETTER_QUEUE = 'dead-letter';

export interface QueueOptions {
  /** Retries after the first attempt (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry (default 2); doubled at every retry unless retryBackoff is false. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Also run the queue's handler on this cron schedule (UTC, e.g. '0 2 * * *'), with empty data. */
  cron?: string;
  /** How many jobs a worker fetches at once (default 5). */
  batchSize?: number;
  /** Seconds a job may stay active before it counts as failed (default 15 minutes). */
  expireInSeconds?: number;
  /**
   * The handler is idempotent (it may run twice for one job): at start, the queue's jobs still
   * active from before (a worker that crashed or was killed) are failed, so they are retried now
   * rather than when they expire.
   */
  retryActiveOnStart?: boolean;
}

interface Queue {
  name: string;
  options: QueueOptions;
  handle: (data: object) => Promise<void>;
}

/** pg-boss's job rows as the failedJobs query reads them. */
interface FailedJobRow {
  id: string;
  name: string;
  retry_count: number;
  output: { message?: string } | null;
  dead_letter: string | null;
  created_on: Date;
  completed_on: Date | null;
}

/**
 * Durable background jobs on PostgreSQL (pg-boss): a domain registers its queues with their handler,
 * retries with backoff and optional cron schedule; jobs are sent in the transaction of the change.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private boss?: PgBoss;
  private stopping = false;
  private readonly queues = new Map<string, Queue>();
  /** While PostgreSQL is away every poll fails: logged once, then counted. */
  private readonly errors: RepeatedLog;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly logger: JsonLogger,
  ) {
    this.errors = new RepeatedLog(logger);
  }

  /** Started and not stopping: the workers poll their queues. */
  get running(): boolean {
    return this.boss !== undefined && !this.stopping;
  }

  /** Declares a queue and its worker; call it in a service's constructor or onModuleInit (they start with the app). */
  register<T extends object>(name: string, handle: (data: T) => Promise<void>, options: QueueOptions = {}): void {
    if (this.queues.has(name)) throw new Error(`Queue ${name} is registered twice`);
    this.queues.set(name, { name, options, handle: handle as (data: object) => Promise<void> });
  }

  async onApplicationBootstrap(): Promise<void> {
    const { url } = this.connection.dataSource.options as { url: string };
    const scheduled = [...this.queues.values()].some((q) => q.options.cron);
    this.boss = new PgBoss({ connectionString: url, max: 2, schedule: scheduled });
    this.boss.on('error', (error) => {
      if (this.stopping) this.logger.write('info', 'Jobs stopped: the database is shutting down', { error: String(error) });
      else if (isDatabaseUnavailable(error)) this.errors.write('warn', 'Jobs wait for the database', 'unavailable', { error: String(error) }, { error: String(error) });
      else this.errors.write('error', 'pg-boss', String(error), { error: String(error), stack: (error as Error)?.stack }, { error: String(error) });
    });
    const startedAt = new Date();
    await this.boss.start();
    await this.declareQueues(this.boss);
    for (const queue of this.queues.values()) await this.start(this.boss, queue, startedAt);
  }

  /**
   * Creates the queues or updates their settings. Instances starting together would deadlock in
   * pg-boss's createQueue (seen with three at once), so one declares at a time, under an advisory lock.
   */
  private async declareQueues(boss: PgBoss): Promise<void> {
    const lock = this.connection.dataSource.createQueryRunner();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtext('citybridge:job-queues'))`);
      await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE });
      for (const { name, options } of this.queues.values()) {
        const { retryLimit = 5, retryDelay = 2, retryBackoff = true, expireInSeconds = 15 * 60 } = options;
        const settings = { name, retryLimit, retryDelay, retryBackoff, expireInSeconds, deadLetter: DEAD_LETTER_QUEUE };
        await boss.createQueue(name, settings);
        await boss.updateQueue(name, settings); // createQueue leaves an existing queue's settings as they were
      }
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('citybridge:job-queues'))`).catch(() => undefined);
      await lock.release();
    }
  }

  private async start(boss: PgBoss, { name, options, handle }: Queue, startedAt: Date): Promise<void> {
    const { batchSize = 5, cron } = options;
    if (options.retryActiveOnStart) await this.retryActive(boss, name, startedAt);
    await boss.work<object>(name, { pollingIntervalSeconds: 0.5, batchSize }, (jobs) => Promise.all(jobs.map((job) => handle(job.data ?? {}))));
    if (cron) await boss.schedule(name, cron, {}, { tz: 'UTC' });
  }

  /** Fails (so retries) the queue's jobs that were active before this worker started. */
  private async retryActive(boss: PgBoss, name: string, startedAt: Date): Promise<void> {
    const rows: { id: string }[] = await this.connection.dataSource.query(`SELECT id::text FROM pgboss.job WHERE name = $1 AND state = 'active' AND started_on < $2`, [name, startedAt]);
    if (!rows.length) return;
    for (const { id } of rows) await boss.fail(name, id, { message: 'The worker stopped while working this job; retried at the next start' });
    this.logger.write('warn', 'Jobs left active by a stopped worker are retried', { queue: name, jobs: rows.length });
  }

  /**
   * Stops the workers before the database goes (main.ts closes the app, then PostgreSQL). Shutdown
   * must stay short: a job still running after the timeout is retried (its handler is idempotent).
   */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.errors.stop();
    await this.boss?.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
    // pg-boss stops its workers in a setImmediate of its own that it does not await; let it run now, not
    // after whoever closed the app has moved on (under Jest: after the test file's environment is gone).
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Sends a job in the current transaction: it exists only if the change commits. */
  async send(queue: string, data: object): Promise<void> {
    if (!this.boss) throw new Error('Jobs not started');
    // Through the transaction's own pg client (not TypeORM's query, which reshapes UPDATE results).
    const client = (this.connection.manager.queryRunner as unknown as { databaseConnection?: PgClient } | undefined)?.databaseConnection;
    if (!client) throw new Error(`A job for ${queue} must be sent inside a transaction`);
    await this.boss.send(queue, data, { db: { executeSql: (text, values) => client.query(text, values) } });
  }

  /** Jobs that failed their last attempt (each also copied to the dead-letter queue), newest first. */
  async failed(limit: number): Promise<FailedJobType[]> {
    const columns = `id::text, name, retry_count, output, dead_letter, created_on, completed_on`;
    const rows: FailedJobRow[] = await this.connection.manager.query(
      `SELECT * FROM (SELECT ${columns} FROM pgboss.job WHERE state = 'failed' UNION ALL SELECT ${columns} FROM pgboss.archive WHERE state = 'failed') j
       ORDER BY completed_on DESC NULLS LAST, id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      queue: r.name,
      retryCount: r.retry_count,
      error: r.output?.message ?? (r.output ? JSON.stringify(r.output) : null),
      deadLetterQueue: r.dead_letter,
      createdAt: r.created_on,
      failedAt: r.completed_on,
    }));
  }
}

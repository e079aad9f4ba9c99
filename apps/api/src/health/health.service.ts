import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../common/transaction.js';
import { JobsService } from '../jobs/jobs.service.js';

type Check = 'ok' | 'unreachable' | 'pending' | 'stopped' | 'unknown';

export interface Readiness {
  status: 'ok' | 'unavailable';
  checks: { database: Check; migrations: Check; jobs: Check };
}

/** A readiness check must answer quickly even when PostgreSQL does not. */
const DATABASE_TIMEOUT_MS = 2000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

@Injectable()
export class HealthService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobsService,
  ) {}

  async readiness(): Promise<Readiness> {
    const db = this.connection.dataSource;
    const database: Check = await within(DATABASE_TIMEOUT_MS, db.query('SELECT 1')).then(
      () => 'ok',
      () => 'unreachable',
    );
    const migrations: Check =
      database === 'ok'
        ? await within(DATABASE_TIMEOUT_MS, db.showMigrations()).then(
            (pending) => (pending ? 'pending' : 'ok'),
            () => 'unknown',
          )
        : 'unknown';
    const jobs: Check = this.jobs.running ? 'ok' : 'stopped';
    const status = database === 'ok' && migrations === 'ok' && jobs === 'ok' ? 'ok' : 'unavailable';
    return { status, checks: { database, migrations, jobs } };
  }
}

import 'reflect-metadata';
import type { Server } from 'node:http';
import { DEMO_ACCOUNTS } from './auth/demo-accounts.js';
import { createApp } from './bootstrap.js';
import { JsonLogger } from './common/json-logger.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { loadDotEnv } from './config/env-file.js';
import { EmbeddedDatabase, startEmbeddedPostgres, withDatabase } from './database/embedded-postgres.js';
import { ensureDatabaseExists, migrateAndSeed } from './database/prepare-database.js';

/** After SIGTERM, what may still run before the process stops regardless (orchestrators kill at 10 s or so). */
const SHUTDOWN_LIMIT_MS = 4000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(1);
  }
  const logger = new JsonLogger(config.logLevel);
  const started = Date.now();

  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir, logger);
    url = withDatabase(embedded.url, 'citybridge');
    logger.write('info', 'Embedded PostgreSQL started', { dataDir: config.dataDir, url: url.replace(/:[^:@/]+@/, ':***@') });
  }
  await ensureDatabaseExists(url);
  const dataSource = await migrateAndSeed(url, logger, { production: !config.demoMode });
  const app = await createApp(config, dataSource, logger);
  await app.listen(config.port, '0.0.0.0'); // Fastify alone would listen on localhost only
  logger.write('info', `CityBridge is ready on http://localhost:${config.port} (GraphQL at /graphql)`, { ms: Date.now() - started });
  if (config.demoMode) {
    const lines = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(32)} ${a.password.padEnd(30)} ${a.role}`);
    process.stdout.write(`\nDemo accounts (DEMO_MODE only; refused without it):\n${lines.join('\n')}\n\n`);
  }

  // embedded-postgres stops PostgreSQL at the first signal (async-exit-hook), under the requests still
  // in flight: the shutdown below does it in order instead.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.write('info', 'Shutting down', { signal });
    // Within 5 s whatever hangs: a request or job still running after 4 s is cut (jobs are retried).
    const overrun = setTimeout(() => {
      logger.write('warn', 'Shutdown took too long; stopping now', { ms: Date.now() - started });
      void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
    }, SHUTDOWN_LIMIT_MS);
    overrun.unref();
    // New connections refused and idle keep-alive sockets closed at once; requests in flight finish;
    // then the job workers (2 s at most) and the database connections; then PostgreSQL.
    // A keep-alive connection whose request ends after shutdown began would stay open until the
    // client drops it (seconds): each is closed as soon as it is idle.
    const server = app.getHttpServer() as Server;
    setInterval(() => server.closeIdleConnections(), 100).unref();
    await app.close();
    await embedded?.stop();
    logger.write('info', 'Stopped', { ms: Date.now() - started });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  new JsonLogger('error').write('error', 'Start failed', { error: String(error?.message ?? error), stack: error?.stack });
  process.exit(1);
});

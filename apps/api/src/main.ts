import 'reflect-metadata';
import { DEMO_ACCOUNTS } from './auth/demo-accounts.js';
import { createApp } from './bootstrap.js';
import { JsonLogger } from './common/json-logger.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { loadDotEnv } from './config/env-file.js';
import { EmbeddedDatabase, startEmbeddedPostgres, withDatabase } from './database/embedded-postgres.js';
import { ensureDatabaseExists, migrateAndSeed } from './database/prepare-database.js';

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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.write('info', 'Shutting down', { signal });
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  new JsonLogger('error').write('error', 'Start failed', { error: String(error?.message ?? error), stack: error?.stack });
  process.exit(1);
});

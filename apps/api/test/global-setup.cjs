// Runs once, in plain Node, before the API tests: starts a PostgreSQL (embedded unless DATABASE_URL
// is set) and migrates a template database with the demo data that each test file then clones.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

const dist = (file) => path.join(__dirname, '..', 'dist', file);

module.exports = async () => {
  const { startEmbeddedPostgres, withDatabase } = require(dist('database/embedded-postgres.js'));
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citybridge-test-'));
    fs.chmodSync(dataDir, 0o755); // initdb runs as the postgres user
    const embedded = await startEmbeddedPostgres(dataDir);
    globalThis.__citybridgeTestDb = { embedded, dataDir };
    adminUrl = embedded.url;
  }
  const template = `citybridge_template_${process.pid}`;
  const admin = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, template);
  // In a child process: migrating loads the API's modules, and loaded here they would share this
  // process (and its reflect-metadata) with a test file that Jest runs in band.
  const migrate = `require(${JSON.stringify(dist('database/prepare-database.js'))}).migrateAndSeed(process.argv[1], undefined, { production: false }).then((ds) => ds.destroy())`;
  execFileSync(process.execPath, ['-e', migrate, templateUrl], { stdio: 'inherit' });
  // pg-boss makes its schema on first start: once here, so each cloned database has it.
  const PgBoss = require('pg-boss');
  const boss = new PgBoss({ connectionString: templateUrl, schedule: false, supervise: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  process.env.TEST_ADMIN_URL = withDatabase(adminUrl, 'postgres');
  process.env.TEST_TEMPLATE_DB = template;
};

const fs = require('node:fs');
const { Client } = require('pg');

module.exports = async () => {
  const admin = new Client({ connectionString: process.env.TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${process.env.TEST_TEMPLATE_DB}`);
  await admin.end();
  const db = globalThis.__citybridgeTestDb;
  if (db) {
    await db.embedded.stop();
    fs.rmSync(db.dataDir, { recursive: true, force: true });
  }
};

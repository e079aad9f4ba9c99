/**
 * Makes an existing account a platform admin (or takes it back with --revoke): the first admin of a
 * new deployment has nobody to approve them. Run where the API runs, with its DATABASE_URL:
 *   node apps/api/dist/cli/grant-platform-admin.js someone@kota.go.id [--revoke]
 * The account signs up and confirms its address first; the change is written to the audit log.
 */
import { Client } from 'pg';
import { loadDotEnv } from '../config/env-file.js';
import { setPlatformAdmin } from './platform-admin.js';

async function main(): Promise<number> {
  loadDotEnv();
  const args = process.argv.slice(2);
  const email = args.find((a) => !a.startsWith('--'));
  const grant = !args.includes('--revoke');
  if (!email || !process.env.DATABASE_URL) {
    console.error('Usage: DATABASE_URL=postgres://… node apps/api/dist/cli/grant-platform-admin.js <email> [--revoke]');
    return 2;
  }
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query('BEGIN');
    const found = await setPlatformAdmin((sql, values) => db.query(sql, values), email, grant);
    await db.query(found ? 'COMMIT' : 'ROLLBACK');
    console.log(found ? `${email} is ${grant ? 'now' : 'no longer'} a platform admin.` : `No account with the address ${email}: sign up first.`);
    return found ? 0 : 1;
  } finally {
    await db.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

import { isIP } from 'node:net';
import path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  /** Unset: the API starts an embedded PostgreSQL in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  logLevel: LogLevel;
  introspection: boolean;
  /** Stack traces in GraphQL error answers (never by default: they show the code to anyone). */
  graphqlStacktraces: boolean;
  /**
   * The demo: accounts with published passwords and the mailbox page of every mail sent (reset and
   * invitation links). Only when asked for (`npm start` does) and only on a loopback PUBLIC_URL.
   */
  demoMode: boolean;
  /** Folder of the built web app, served at /. */
  webDistDir: string;
  /** Key for hashing session and e-mail tokens before they are stored. */
  sessionSecret: string;
  /** Shared rate limits across API instances; unset: kept in PostgreSQL. */
  redisUrl: string | undefined;
  /** Outgoing mail; unset: mail is written to the outbox table, the log and the mailbox page. */
  smtpUrl: string | undefined;
  /**
   * Which proxies in front of the API to believe about the client's address (X-Forwarded-For):
   * false (none: the socket's address), a hop count, or their addresses/CIDR ranges.
   */
  trustProxy: TrustProxy;
  /**
   * The `x-sql-statements` response header (SQL statements the request ran), for the tests that
   * count them. Off unless asked for, whatever NODE_ENV says: it tells a client how much work its
   * request cost (e.g. whether a sign-up address was taken), and counting gives every request an
   * async scope (see common/scoped-storage.ts).
   */
  sqlStatementsHeader: boolean;
  /** Requests per hour allowed from one client address (invitations: per inviting account). */
  rateLimits: { signUpsPerHour: number; passwordResetRequestsPerHour: number; invitationsPerHour: number; uploadsPerHour: number };
  /**
   * Where uploaded files are kept: `postgres` (default; shared by every instance, in the database's
   * backups), `s3` (a bucket of an S3-compatible store, shared by every instance; `s3` says where)
   * or `local`, a folder of one instance.
   */
  uploads: { storage: UploadStorage; dir: string; s3: S3Settings | undefined };
}

export type UploadStorage = 'postgres' | 's3' | 'local';

/** The bucket of UPLOAD_STORAGE=s3 (AWS S3, or any S3-compatible store such as MinIO at `endpoint`). */
export interface S3Settings {
  /** Unset: AWS S3 of `region`. */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (`endpoint/bucket/key`) rather than in the host name (`bucket.endpoint/key`). */
  forcePathStyle: boolean;
}

export type TrustProxy = false | number | string[];

/** Only for development and tests; production refuses to start without a SESSION_SECRET of its own. */
const DEVELOPMENT_SESSION_SECRET = 'citybridge-development-only-session-secret-0000';

export class ConfigError extends Error {}

/** Repository root, from apps/api/{src,dist}/config. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
}

function url(name: string, raw: string | undefined, protocols: string[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL (got "${raw}")`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${parsed.protocol}")`);
  }
  return raw;
}

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new ConfigError(`${name} must be a whole number from ${min} (got "${raw}")`);
  return Number(raw);
}

function trustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const addresses = raw.split(',').map((a) => a.trim()).filter(Boolean);
  const bad = addresses.find((a) => !isIP(a.split('/')[0]) && !['loopback', 'linklocal', 'uniquelocal'].includes(a));
  if (bad !== undefined) throw new ConfigError(`TRUST_PROXY must be false, a hop count or comma-separated addresses/CIDR ranges (got "${bad}")`);
  return addresses;
}

function sessionSecret(raw: string | undefined, nodeEnv: NodeEnv): string {
  if (raw === undefined || raw === '') {
    if (nodeEnv === 'production') throw new ConfigError('SESSION_SECRET must be set in production (32 characters or more)');
    return DEVELOPMENT_SESSION_SECRET;
  }
  if (raw.length < 32) throw new ConfigError(`SESSION_SECRET must be 32 characters or more (got ${raw.length})`);
  return raw;
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

function demoMode(raw: string | undefined, publicUrl: string): boolean {
  const on = bool('DEMO_MODE', raw, false);
  const host = new URL(publicUrl).hostname;
  if (on && !LOOPBACK_HOSTS.test(host)) {
    throw new ConfigError(`DEMO_MODE publishes the demo passwords and every mail sent: it runs on a loopback PUBLIC_URL only (got "${host}")`);
  }
  return on;
}

/** S3 bucket names: 3 to 63 lower-case letters, digits, dots and hyphens, a letter or digit at each end. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * The bucket settings, read whatever the storage (so every name shows in .env.example), checked and
 * required only when UPLOAD_STORAGE=s3.
 */
function s3Settings(env: NodeJS.ProcessEnv, storage: UploadStorage): S3Settings | undefined {
  const { S3_ENDPOINT, S3_REGION, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE } = env;
  if (storage !== 's3') return undefined;
  const required = (name: string, raw: string | undefined, what: string): string => {
    if (raw === undefined || raw.trim() === '') throw new ConfigError(`${name} must be set when UPLOAD_STORAGE=s3 (${what})`);
    if (raw !== raw.trim()) throw new ConfigError(`${name} must not start or end with spaces`);
    return raw;
  };
  const endpoint = url('S3_ENDPOINT', S3_ENDPOINT, ['http:', 'https:']);
  const region = required('S3_REGION', S3_REGION, 'the region of the bucket, e.g. ap-southeast-3; us-east-1 for MinIO');
  if (!/^[A-Za-z0-9_-]+$/.test(region)) throw new ConfigError(`S3_REGION must be a region name such as ap-southeast-3 (got "${region}")`);
  const bucket = required('S3_BUCKET', S3_BUCKET, 'the name of the bucket that keeps the files');
  if (!BUCKET.test(bucket)) {
    throw new ConfigError(`S3_BUCKET must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens (got "${bucket}")`);
  }
  return {
    endpoint,
    region,
    bucket,
    accessKeyId: required('S3_ACCESS_KEY_ID', S3_ACCESS_KEY_ID, 'the access key of an account that may read, write and delete in the bucket'),
    secretAccessKey: required('S3_SECRET_ACCESS_KEY', S3_SECRET_ACCESS_KEY, 'the secret of S3_ACCESS_KEY_ID'),
    // Another store than AWS (MinIO and the like) answers at the path unless its host names are set up for buckets.
    forcePathStyle: bool('S3_FORCE_PATH_STYLE', S3_FORCE_PATH_STYLE, endpoint !== undefined),
  };
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = oneOf('NODE_ENV', env.NODE_ENV, ['development', 'production', 'test'] as const, 'development');
  const rawPort = env.PORT ?? '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535 (got "${rawPort}")`);
  }
  const publicUrl = url('PUBLIC_URL', env.PUBLIC_URL, ['http:', 'https:']) ?? `http://localhost:${port}`;
  const dataDir = path.resolve(REPO_ROOT, env.DATA_DIR || '.data');
  const uploadStorage = oneOf('UPLOAD_STORAGE', env.UPLOAD_STORAGE, ['postgres', 's3', 'local'] as const, 'postgres');
  return {
    nodeEnv,
    port,
    databaseUrl: url('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']),
    dataDir,
    publicUrl,
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL, ['error', 'warn', 'info', 'debug'] as const, 'info'),
    introspection: bool('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, nodeEnv !== 'production'),
    graphqlStacktraces: bool('GRAPHQL_STACKTRACES', env.GRAPHQL_STACKTRACES, false),
    demoMode: demoMode(env.DEMO_MODE, publicUrl),
    webDistDir: path.resolve(REPO_ROOT, env.WEB_DIST_DIR || path.join('apps', 'web', 'dist')),
    sessionSecret: sessionSecret(env.SESSION_SECRET, nodeEnv),
    redisUrl: url('REDIS_URL', env.REDIS_URL, ['redis:', 'rediss:']),
    smtpUrl: url('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']),
    trustProxy: trustProxy(env.TRUST_PROXY),
    sqlStatementsHeader: bool('SQL_STATEMENTS_HEADER', env.SQL_STATEMENTS_HEADER, false),
    rateLimits: {
      signUpsPerHour: wholeNumber('SIGN_UPS_PER_HOUR', env.SIGN_UPS_PER_HOUR, 20, 1),
      passwordResetRequestsPerHour: wholeNumber('PASSWORD_RESET_REQUESTS_PER_HOUR', env.PASSWORD_RESET_REQUESTS_PER_HOUR, 20, 1),
      invitationsPerHour: wholeNumber('INVITATIONS_PER_HOUR', env.INVITATIONS_PER_HOUR, 50, 1),
      uploadsPerHour: wholeNumber('UPLOADS_PER_HOUR', env.UPLOADS_PER_HOUR, 100, 1),
    },
    uploads: {
      storage: uploadStorage,
      dir: env.UPLOAD_DIR ? path.resolve(REPO_ROOT, env.UPLOAD_DIR) : path.join(dataDir, 'uploads'),
      s3: s3Settings(env, uploadStorage),
    },
  };
}

import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { JsonLogger } from '../../src/common/json-logger';
import { loadConfig } from '../../src/config/app-config';
import { createDataSource } from '../../src/database/data-source';
import { withDatabase } from '../../src/database/embedded-postgres';
import { createFixtures, type Fixtures } from './fixtures';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Record<string, string>;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

type Gql = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

/** A browser: keeps its cookies between requests. */
export interface TestClient {
  gql: Gql;
  agent: ReturnType<typeof request.agent>;
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  gql: Gql;
  /** A fresh browser without cookies. */
  client(language?: 'id' | 'en'): TestClient;
  /** A browser signed in as the account (fails the test when sign-in fails). */
  signedIn(email: string, password: string): Promise<TestClient>;
  /** Typed builders for the rows a test needs (accounts, memberships, unused cities). */
  fixtures: Fixtures;
  /** The database of this app, to start a second instance on it. */
  databaseName: string;
  /** Stops the app; drops its database unless `keepDatabase`. */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

export const DEMO = {
  admin: ['admin@citybridge.demo', 'Demo-Admin-CityBridge-2026'],
  medanEditor: ['editor.medan@citybridge.demo', 'Demo-Editor-Medan-2026'],
  solokMember: ['anggota.solok@citybridge.demo', 'Demo-Anggota-Solok-2026'],
  researcher: ['peneliti@citybridge.demo', 'Demo-Peneliti-CityBridge-2026'],
} as const;

export { STRONG_PASSWORD } from './fixtures';

async function post(req: ReturnType<typeof request> | ReturnType<typeof request.agent>, query: string, variables: Record<string, unknown> | undefined, language: string): Promise<GraphQLResponse<any>> {
  const res = await req
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('apollo-require-preflight', 'true')
    .set('accept-language', language)
    .send({ query, variables });
  return { status: res.status, headers: res.headers as Record<string, string>, data: res.body.data, errors: res.body.errors };
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Boots the real API on a database of its own, cloned from the migrated template with demo data.
 * `connect` gives the URL the app connects with (e.g. through a proxy the test can cut).
 */
export async function startTestApp(env: Record<string, string> = {}, existingDatabase?: string, connect: (url: string) => string = (url) => url): Promise<TestApp> {
  const name = existingDatabase ?? `citybridge_test_${randomBytes(6).toString('hex')}`;
  if (!existingDatabase) await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.TEST_TEMPLATE_DB}`));
  const url = connect(withDatabase(process.env.TEST_ADMIN_URL as string, name));
  // The tests sign in with the demo accounts and read the mailbox: demo mode, as `npm start` runs;
  // they count the SQL statements of a request from its x-sql-statements header.
  const config = loadConfig({ NODE_ENV: 'test', DEMO_MODE: '1', SQL_STATEMENTS_HEADER: '1', LOG_LEVEL: 'error', DATABASE_URL: url, ...env });
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const app = await createApp(config, dataSource, new JsonLogger(config.logLevel));
  const http = () => request(app.getHttpServer());
  const client = (language = 'id'): TestClient => {
    const agent = request.agent(app.getHttpServer());
    return { agent, gql: (query, variables) => post(agent, query, variables, language) };
  };
  return {
    app,
    dataSource,
    http,
    gql: (query, variables) => post(http(), query, variables, 'id'),
    client,
    async signedIn(email, password) {
      const c = client();
      const res = await c.gql(`mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } userErrors { code message } } }`, { e: email, p: password });
      if (!res.data?.signIn.user) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(res.errors ?? res.data?.signIn.userErrors)}`);
      return c;
    },
    fixtures: createFixtures(dataSource),
    databaseName: name,
    async close({ keepDatabase = false } = {}) {
      await app.close();
      if (!keepDatabase) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

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

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Record<string, string>;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
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

/** Boots the real API on a database of its own, cloned from the migrated template with demo data. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const name = `citybridge_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.TEST_TEMPLATE_DB}`));
  const url = withDatabase(process.env.TEST_ADMIN_URL as string, name);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', DATABASE_URL: url, ...env });
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const app = await createApp(config, dataSource, new JsonLogger(config.logLevel));
  const http = () => request(app.getHttpServer());
  return {
    app,
    dataSource,
    http,
    async gql(query, variables) {
      const res = await http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        .send({ query, variables });
      return { status: res.status, headers: res.headers as Record<string, string>, data: res.body.data, errors: res.body.errors };
    },
    async close() {
      await app.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { SCHEMA_FILE, schemaFileText } from '../src/schema/emit-schema';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the committed schema', () => {
  it('is the schema the running app serves (run `npm run build -w @citybridge/api` to regenerate it)', () => {
    const served = schemaFileText(t.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});

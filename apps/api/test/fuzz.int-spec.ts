import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DEMO, startTestApp, type TestApp, type TestClient } from './support/test-app';

/**
 * Every argument of every query and mutation, found by walking the schema the app serves (input
 * object fields one by one), gets a few hundred hostile values from a seeded PRNG. None may answer
 * INTERNAL_SERVER_ERROR (or an HTTP 5xx): bad input is a userError or BAD_USER_INPUT, never a bug.
 */
const SEED = 20260901;
// 300 per argument (14,700 values in 735 requests): the whole file took 24 s in Jest on a busy
// 2-core machine, well under CI's minute. FUZZ_VALUES=3000 for a longer hunt (also prints failures).
const VALUES_PER_ARGUMENT = Number(process.env.FUZZ_VALUES ?? 300);

/** mulberry32: small, seeded, good enough to pick test values. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (max: number) => Math.floor(random() * max);

const PIECES = ['\u0000', '\ud800', '\udfff', '\udbff\u0000', 'a', 'Solok', ' ', '%', '_', "'", '"', '\\', ';--', '🏙️', 'é', '\u202e', '\n', '<b>', '{{x}}', 'kota-', '@', '.', '-'];
const ODD_STRINGS = ['', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\udbff', 'x'.repeat(40_000), '\u0000'.repeat(1000), '🏙️'.repeat(5000), 'null', 'undefined', '0', '-1'];
const ODD_DATES = ['2026-13-45', 'not a date', '0000-01-01T00:00:00Z', '-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00.000Z', '9999-12-31T23:59:59Z', '10000-01-01', '1970-01-01', '2026-02-30T25:61:00Z', '2026-06-01T00:00:00+99:00', ''];
const ODD_INTS = [0, -1, 1, -2147483648, 2147483647, 2147483648, -9007199254740991, 1e308, 1.5, Number.NaN];

function hostileString(): string {
  if (random() < 0.3) return pick(ODD_STRINGS);
  if (random() < 0.1) return pick(ODD_DATES);
  return Array.from({ length: 1 + int(12) }, () => pick(PIECES)).join('');
}

function hostileValue(type: GraphQLNamedInputType): unknown {
  if (random() < 0.05) return null;
  if (isEnumType(type)) return random() < 0.5 ? pick(type.getValues()).value : pick(['admin', 'ADMIN ', '', 'OWNER', '\u0000', 'x'.repeat(1000)]);
  switch (type.name) {
    case 'Int':
      return random() < 0.5 ? pick(ODD_INTS) : int(2 ** 31) * (random() < 0.5 ? -1 : 1);
    case 'Boolean':
      return pick([true, false, 'true', 0]);
    case 'DateTime':
      return random() < 0.6 ? pick(ODD_DATES) : new Date(Date.UTC(int(12000) - 1000, 0, 1) + int(1e9)).toISOString();
    default:
      return hostileString();
  }
}

/** A plausible value for the other arguments, so the hostile one reaches as far as it can. */
function plausible(name: string, type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, plausible(f.name, f.type)]));
  if (isEnumType(named)) return named.getValues()[0].value;
  if (named.name === 'Int') return 10;
  if (named.name === 'Boolean') return true;
  if (named.name === 'DateTime') return '2026-01-01T00:00:00Z';
  if (/slug/i.test(name)) return 'kota-solok';
  if (/email/i.test(name)) return 'fuzz@example.org';
  if (/password/i.test(name)) return 'Fuzz-Horse-Battery-2026';
  if (/id$/i.test(name)) return '00000000-0000-4000-8000-000000000000';
  return 'fuzz';
}

interface Target {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** The argument, and inside an input object the field path, that gets hostile values. */
  argument: GraphQLArgument;
  path: string[];
  leaf: GraphQLNamedInputType;
}

function targetsOf(operation: 'query' | 'mutation', root: GraphQLObjectType | null | undefined): Target[] {
  return Object.values(root?.getFields() ?? {}).flatMap((field) =>
    field.args.flatMap((argument) => {
      const walk = (type: GraphQLInputType, path: string[]): Target[] => {
        const named = getNamedType(type);
        if (isInputObjectType(named)) return Object.values(named.getFields()).flatMap((f) => walk(f.type, [...path, f.name]));
        return isLeafType(named) ? [{ operation, field, argument, path, leaf: named }] : [];
      };
      return walk(argument.type, []);
    }),
  );
}

function variablesFor(target: Target, value: unknown): Record<string, unknown> {
  const variables = Object.fromEntries(target.field.args.map((a) => [a.name, plausible(a.name, a.type)]));
  if (!target.path.length) {
    variables[target.argument.name] = isListType(target.argument.type) ? [value] : value;
    return variables;
  }
  const input = { ...(variables[target.argument.name] as object) } as Record<string, unknown>;
  input[target.path[0]] = value; // the schema's input objects are flat
  variables[target.argument.name] = input;
  return variables;
}

/** Calls per request: each an alias with variables of its own (fewer round trips; under the alias limit). */
const CALLS_PER_REQUEST = 20;

function documentFor({ operation, field }: Target, calls: number): string {
  const declared = Array.from({ length: calls }, (_, i) => field.args.map((a) => `$c${i}_${a.name}: ${a.type}`)).flat();
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const aliases = Array.from({ length: calls }, (_, i) => {
    const passed = field.args.map((a) => `${a.name}: $c${i}_${a.name}`).join(', ');
    return `c${i}: ${field.name}${passed ? `(${passed})` : ''}${selection}`;
  });
  return `${operation}${declared.length ? `(${declared.join(', ')})` : ''} { ${aliases.join(' ')} }`;
}

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signedIn(...DEMO.admin);
});
afterAll(() => t.close());

it('answers hostile values in every argument of the schema without an internal error', async () => {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  const targets = [...targetsOf('query', schema.getQueryType()), ...targetsOf('mutation', schema.getMutationType())];
  // Sign-in and sign-out would change the admin's session: they run without one.
  const anonymous = t.client();
  let requests = 0;
  let values = 0;
  const internal: string[] = [];
  for (const target of targets) {
    const client = /^sign/.test(target.field.name) ? anonymous : admin;
    for (let done = 0; done < VALUES_PER_ARGUMENT; done += CALLS_PER_REQUEST) {
      const calls = Math.min(CALLS_PER_REQUEST, VALUES_PER_ARGUMENT - done);
      const perCall = Array.from({ length: calls }, () => variablesFor(target, hostileValue(target.leaf)));
      const variables = Object.fromEntries(perCall.flatMap((v, i) => Object.entries(v).map(([name, value]) => [`c${i}_${name}`, value])));
      const res = await client.gql(documentFor(target, calls), variables);
      requests++;
      values += calls;
      const failed = res.status >= 500 || res.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (failed) internal.push(`${target.field.name}(${[target.argument.name, ...target.path].join('.')}) ${JSON.stringify(variables).slice(0, 300)} -> ${res.status} ${res.errors?.[0]?.message}`);
    }
  }
  if (process.env.FUZZ_VALUES) process.stdout.write(`${internal.slice(0, 30).join('\n')}\n`);
  process.stdout.write(`fuzz: ${targets.length} arguments, ${values} values in ${requests} requests, ${internal.length} requests with an internal error (seed ${SEED})\n`);
  expect(targets.length).toBeGreaterThan(20);
  expect(internal.slice(0, 10)).toEqual([]);
}, 300_000);

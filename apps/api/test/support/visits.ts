import type { TestApp, TestClient } from './test-app';

/** A date-only string `YYYY-MM-DD` at least `days` ahead, moved forward to the given ISO weekday (Monday 1). */
export function dayAhead(days: number, weekday: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  while ((date.getUTCDay() || 7) !== weekday) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export const DELEGATION = [
  { name: 'Zul Elfian', title: 'Wali Kota', agency: 'Pemerintah Kota Solok', email: 'walikota@solokkota.go.id', isLeader: true },
  { name: 'Nurmansyah', title: 'Kepala Bappeda', agency: 'Bappeda Kota Solok', isLeader: false },
];

export const VISIT_FIELDS = `id state purpose topics isPrivate hostTimeZone visitingTimeZone startsAt endsAt venue sequence travelBudget
  windows { id startsAt endsAt proposedBy } practices { id } delegation { name isLeader } timeline { action side fromState toState actorName detail }
  viewerSides allowedActions hostCity { slug } visitingCity { slug }`;
const ERRORS = 'userErrors { field code message }';

export interface VisitParties {
  host: { id: number; slug: string; code: string };
  visiting: { id: number; slug: string; code: string };
  hostAdmin: TestClient;
  visitingEditor: TestClient;
}

/** Two fresh cities, an admin of the host and an editor of the visiting city, signed in. */
export async function parties(t: TestApp): Promise<VisitParties> {
  const code = async (id: number) => (await t.dataSource.query('SELECT code FROM cities WHERE id = $1', [id]))[0].code as string;
  const host = await t.fixtures.city();
  const visiting = await t.fixtures.city();
  const admin = await t.fixtures.user({ role: 'ADMIN', city: host.slug });
  const editor = await t.fixtures.user({ role: 'EDITOR', city: visiting.slug });
  return {
    host: { id: host.id, slug: host.slug, code: await code(host.id) },
    visiting: { id: visiting.id, slug: visiting.slug, code: await code(visiting.id) },
    hostAdmin: await t.signedIn(admin.email, admin.password),
    visitingEditor: await t.signedIn(editor.email, editor.password),
  };
}

export async function requestVisit(p: VisitParties, input: Record<string, unknown>) {
  const res = await p.visitingEditor.gql(`mutation($input: RequestVisitInput!) { requestVisit(input: $input) { visit { ${VISIT_FIELDS} } ${ERRORS} } }`, {
    input: { visitingCityId: p.visiting.code, hostCityId: p.host.code, purpose: 'Studi tiru pelayanan publik', delegation: DELEGATION, ...input },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.requestVisit as { visit: any; userErrors: { field: string; code: string }[] };
}

/** Runs a visit mutation (`confirmVisit`, …) as `client`; the payload. */
export async function step(client: TestClient, mutation: string, inputType: string, input: Record<string, unknown>) {
  const res = await client.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { visit { ${VISIT_FIELDS} } ${ERRORS} } }`, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.[mutation] as { visit: any; userErrors: { field: string; code: string }[] };
}

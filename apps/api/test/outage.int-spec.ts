import net from 'node:net';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A TCP relay between the app and the test's PostgreSQL that the test can cut and restore: to the
 * app that is PostgreSQL going away (open connections reset, new ones ended at once) and coming back.
 */
class Relay {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private down = false;
  port = 0;

  constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {}

  /** Starts relaying, or relays again after a cut. The port stays bound, so no one else can take it meanwhile. */
  async open(): Promise<void> {
    this.down = false;
    if (this.server) return;
    this.server = net.createServer((client) => {
      if (this.down) {
        client.destroy(); // PostgreSQL away: a new connection ends before its first byte
        return;
      }
      const upstream = net.connect(this.targetPort, this.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(0, '127.0.0.1', resolve);
    });
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /** PostgreSQL goes away: open connections reset, new ones end at once. */
  cut(): void {
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const waitFor = async <T>(what: () => Promise<T>, until: (v: T) => boolean, ms = 20_000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (until(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
};

const CITIES = '{ cities(first: 1, filter: { search: "solok" }) { totalCount } }';

let t: TestApp;
let relay: Relay;
beforeAll(async () => {
  const target = new URL(process.env.TEST_ADMIN_URL as string);
  relay = new Relay(target.hostname, Number(target.port || 5432));
  await relay.open();
  t = await startTestApp({}, undefined, (url) => {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(relay.port);
    return through.toString();
  });
});
afterAll(async () => {
  await relay.open(); // the app closes its connections through it
  await t.close();
  await relay.close();
});

it('answers 503 while PostgreSQL is away, says so on /health/ready, and recovers by itself', async () => {
  const ready = await t.http().get('/health/ready');
  expect(ready.status).toBe(200);
  expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
  expect((await t.gql(CITIES)).data?.cities.totalCount).toBeGreaterThan(0);

  relay.cut();
  const down = await t.http().get('/health/ready');
  expect(down.status).toBe(503);
  expect(down.headers['content-type']).toMatch(/json/);
  expect(down.body).toEqual({ status: 'unavailable', checks: { database: 'unreachable', migrations: 'unknown', jobs: 'ok' } });
  expect((await t.http().get('/health/live')).status).toBe(200); // the process itself is fine: no restart
  const query = await t.gql(CITIES);
  expect(query.status).toBe(503);
  expect(query.headers['retry-after']).toBe('5');
  expect(query.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) })]);
  process.stdout.write(`outage: /health/ready ${down.status} ${JSON.stringify(down.body)}; GraphQL ${query.status} ${query.errors?.[0].extensions?.code}\n`);

  await relay.open();
  const back = await waitFor(() => t.http().get('/health/ready'), (r) => r.status === 200);
  expect(back.body.status).toBe('ok');
  expect((await t.gql(CITIES)).data?.cities.totalCount).toBeGreaterThan(0);
}, 60_000);

import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { TransactionalConnection } from '../src/common/transaction';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { withDatabase } from '../src/database/embedded-postgres';
import { Mail, MailService, MailTransport, SEND_EMAIL_QUEUE } from '../src/mail/mail.service';
import { startTestApp, TestApp } from './support/test-app';

/** A transport that records what it sends, and fails while told to. */
class RecordingTransport implements MailTransport {
  name = 'test';
  sent: Mail[] = [];
  failing = false;
  async send(mail: Mail) {
    if (this.failing) throw new Error('SMTP server unreachable');
    this.sent.push(mail);
  }
}

const useTransport = (t: TestApp, transport: MailTransport) => {
  // The transport is chosen from SMTP_URL at start; tests swap in one they can watch and break.
  Object.assign(t.app.get(MailService), { transport });
};
const outboxRow = async (t: TestApp, to: string) => (await t.dataSource.query(`SELECT sent_at, attempts, last_error, transport FROM outbox_emails WHERE to_address = $1`, [to]))[0];
const waitFor = async <T>(what: () => Promise<T>, until: (v: T) => boolean, ms = 20_000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (until(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe('mail through the durable queue', () => {
  it('sends a mail queued in a committed transaction', async () => {
    const t = await startTestApp();
    try {
      const transport = new RecordingTransport();
      useTransport(t, transport);
      await t.app.get(TransactionalConnection).run(() => t.app.get(MailService).enqueue({ to: 'a@solok.go.id', subject: 'Halo', text: 'Isi' }));
      const row = await waitFor(() => outboxRow(t, 'a@solok.go.id'), (r) => r?.sent_at != null);
      expect(row).toMatchObject({ attempts: 1, transport: 'test', last_error: null });
      expect(transport.sent).toEqual([{ to: 'a@solok.go.id', subject: 'Halo', text: 'Isi' }]);
    } finally {
      await t.close();
    }
  });

  it('queues nothing when the transaction rolls back', async () => {
    const t = await startTestApp();
    try {
      const attempt = t.app.get(TransactionalConnection).run(async () => {
        await t.app.get(MailService).enqueue({ to: 'b@solok.go.id', subject: 'Halo', text: 'Isi' });
        throw new Error('the change failed');
      });
      await expect(attempt).rejects.toThrow('the change failed');
      expect(await outboxRow(t, 'b@solok.go.id')).toBeUndefined();
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'send-email'`);
      expect(n).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('retries a failed send, and a mail left by a stopped instance is sent by the next one', async () => {
    const first = await startTestApp();
    const broken = new RecordingTransport();
    broken.failing = true;
    useTransport(first, broken);
    await first.app.get(TransactionalConnection).run(() => first.app.get(MailService).enqueue({ to: 'c@solok.go.id', subject: 'Undangan', text: 'Tautan' }));
    const failed = await waitFor(() => outboxRow(first, 'c@solok.go.id'), (r) => r?.attempts >= 1);
    expect(failed).toMatchObject({ sent_at: null, last_error: 'Error: SMTP server unreachable' });
    await first.close({ keepDatabase: true }); // the process goes away with the mail unsent

    const second = await startTestApp({}, first.databaseName);
    try {
      const working = new RecordingTransport();
      useTransport(second, working);
      const sent = await waitFor(() => outboxRow(second, 'c@solok.go.id'), (r) => r?.sent_at != null, 30_000);
      expect(sent.sent_at).not.toBeNull();
      expect(sent.attempts).toBeGreaterThanOrEqual(2);
      expect(working.sent.map((m) => m.to)).toEqual(['c@solok.go.id']);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('retries at the next start a mail whose worker died while sending it, and sends it once', async () => {
    const first = await startTestApp();
    await first.close({ keepDatabase: true }); // only the database is needed: no worker may take the job
    const boss = new PgBoss({ connectionString: withDatabase(process.env.TEST_ADMIN_URL as string, first.databaseName), schedule: false, supervise: false });
    boss.on('error', () => undefined); // the dead worker's connections end with its database
    await boss.start();
    const client = new Client({ connectionString: withDatabase(process.env.TEST_ADMIN_URL as string, first.databaseName) });
    await client.connect();
    try {
      const [{ id }] = (await client.query(`INSERT INTO outbox_emails (to_address, subject, text_body) VALUES ('d@solok.go.id', 'Reset', 'Tautan') RETURNING id`)).rows;
      await client.end();
      await boss.send(SEND_EMAIL_QUEUE, { outboxId: id });
      // A worker takes the job (active) and dies: no graceful stop fails it back.
      expect(await boss.fetch(SEND_EMAIL_QUEUE)).toHaveLength(1);
      await boss.stop({ graceful: false, wait: true });

      const startedAt = Date.now();
      const second = await startTestApp({}, first.databaseName);
      try {
        const working = new RecordingTransport();
        useTransport(second, working);
        const sent = await waitFor(() => outboxRow(second, 'd@solok.go.id'), (r) => r?.sent_at != null, 30_000);
        expect(sent.sent_at).not.toBeNull();
        // Retried at start, not when the job expires (SEND_EXPIRES_SECONDS).
        expect(Date.now() - startedAt).toBeLessThan(30_000);
        // A second job for the same mail (a retry racing a slow worker) sends nothing more.
        await second.app.get(MailService).deliver(id);
        expect(working.sent.map((m) => m.to)).toEqual(['d@solok.go.id']);
      } finally {
        await second.close();
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  }, 60_000);

  it('sends a mail once when two jobs deliver it at the same time', async () => {
    const t = await startTestApp();
    try {
      let release = () => {};
      const slow = new RecordingTransport();
      const gate = new Promise<void>((resolve) => (release = resolve));
      const send = slow.send.bind(slow);
      slow.send = async (mail) => {
        await gate;
        await send(mail);
      };
      useTransport(t, slow);
      const [{ id }] = await t.dataSource.query(`INSERT INTO outbox_emails (to_address, subject, text_body) VALUES ('e@solok.go.id', 'Halo', 'Isi') RETURNING id`);
      const mail = t.app.get(MailService);
      const first = mail.deliver(id);
      await new Promise((r) => setTimeout(r, 300)); // the first holds the row while it sends
      const second = mail.deliver(id);
      release();
      await Promise.all([first, second]);
      expect(slow.sent.map((m) => m.to)).toEqual(['e@solok.go.id']);
      expect((await outboxRow(t, 'e@solok.go.id')).attempts).toBe(1);
    } finally {
      await t.close();
    }
  });

  it('sends through SMTP when SMTP_URL is set', async () => {
    // A real SMTP peer on loopback: nodemailer speaks the protocol to it.
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let raw = '';
        stream.on('data', (chunk) => (raw += chunk));
        stream.on('end', () => {
          received.push(raw);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    const t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    try {
      await t.app.get(TransactionalConnection).run(() => t.app.get(MailService).enqueue({ to: 'smtp@solok.go.id', subject: 'Undangan CityBridge', text: 'Tautan undangan' }));
      const row = await waitFor(() => outboxRow(t, 'smtp@solok.go.id'), (r) => r?.sent_at != null);
      expect(row.transport).toBe('smtp');
      expect(received).toHaveLength(1);
      expect(received[0]).toMatch(/^To: smtp@solok\.go\.id/m);
      expect(received[0]).toMatch(/^Subject: Undangan CityBridge/m);
      expect(received[0]).toContain('Tautan undangan');
    } finally {
      await t.close();
      await new Promise<void>((resolve) => smtp.close(resolve));
    }
  });
});

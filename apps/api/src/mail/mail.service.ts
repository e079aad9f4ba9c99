import { Inject, Injectable } from '@nestjs/common';
import nodemailer from 'nodemailer';
import { InjectConfig } from '../common/app-config.provider.js';
import { JsonLogger } from '../common/json-logger.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { AppConfig } from '../config/app-config.js';
import { JobsService } from '../jobs/jobs.service.js';

export const SEND_EMAIL_QUEUE = 'send-email';
export const MAIL_TRANSPORT = 'MailTransport';
/** A send-email job active this long belongs to a worker that died: it is failed and retried. */
const SEND_EXPIRES_SECONDS = 60;

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  name: string;
  send(mail: Mail): Promise<void>;
}

/** Without SMTP_URL the mail goes to the log; the outbox table keeps it for the mailbox page. */
export function mailTransport(smtpUrl: string | undefined, logger: JsonLogger): MailTransport {
  if (smtpUrl) {
    // A send gives up well before the send-email job expires (SEND_EXPIRES_SECONDS).
    const smtp = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    return { name: 'smtp', send: async (mail) => void (await smtp.sendMail({ from: 'CityBridge <noreply@citybridge.local>', ...mail })) };
  }
  return { name: 'log', send: async (mail) => logger.write('info', 'mail', { to: mail.to, subject: mail.subject, text: mail.text }) };
}

/**
 * Mail through a durable queue: the outbox row and the pg-boss job are written in the transaction of
 * the change, so a crash after the commit loses no mail, and a failed send is retried with backoff.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobsService,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) readonly transport: MailTransport,
  ) {
    // deliver() is idempotent, so a crashed worker's jobs are retried at the next start (and after SEND_EXPIRES_SECONDS).
    jobs.register<{ outboxId: string }>(SEND_EMAIL_QUEUE, (job) => this.deliver(job.outboxId), {
      retryLimit: 5,
      retryDelay: 2,
      retryBackoff: true,
      expireInSeconds: SEND_EXPIRES_SECONDS,
      retryActiveOnStart: true,
    });
  }

  /** Queues a mail in the current transaction. */
  async enqueue(mail: Mail): Promise<string> {
    const manager = this.connection.manager;
    const [{ id }] = await manager.query(`INSERT INTO outbox_emails (to_address, subject, text_body) VALUES ($1, $2, $3) RETURNING id`, [mail.to, mail.subject, mail.text]);
    await this.jobs.send(SEND_EMAIL_QUEUE, { outboxId: id });
    return id;
  }

  /**
   * Sends one outbox mail unless it went already: the row stays locked while it is sent and is
   * marked sent in the same transaction, so two jobs for one mail (a retry after a crash) never both
   * send it; a worker that dies mid-send releases the lock and the retry sends it. Only a crash
   * between the SMTP server's acceptance and the commit can send a mail twice.
   */
  async deliver(outboxId: string): Promise<void> {
    const failure = await this.connection.dataSource.transaction(async (db) => {
      const [mail] = await db.query(
        `SELECT to_address AS "to", subject, text_body AS text FROM outbox_emails WHERE id = $1 AND sent_at IS NULL FOR UPDATE SKIP LOCKED`,
        [outboxId],
      );
      if (!mail) return null; // sent already, or being sent by another worker
      try {
        await this.transport.send({ to: mail.to, subject: mail.subject, text: mail.text });
      } catch (error) {
        return error;
      }
      await db.query(`UPDATE outbox_emails SET sent_at = now(), transport = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1`, [outboxId, this.transport.name]);
      return null;
    });
    if (failure) {
      await this.connection.dataSource.query(`UPDATE outbox_emails SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [outboxId, String(failure).slice(0, 500)]);
      throw failure; // pg-boss retries with backoff
    }
  }

  /** The development mailbox: newest first. */
  outbox(limit: number) {
    return this.connection.manager.query(
      `SELECT id, to_address AS "to", subject, text_body AS text, created_at AS "createdAt", sent_at AS "sentAt", transport
       FROM outbox_emails ORDER BY created_at DESC, id LIMIT $1`,
      [limit],
    );
  }

  get publicUrl(): string {
    return this.config.publicUrl.replace(/\/$/, '');
  }
}

import type { Transporter } from 'nodemailer';
import { findMail, insertMail, markMail } from '../repositories/mail.repository';
import type { Queryable } from '../repositories/types';
import type { JobQueue } from '../jobs/queue';

/**
 * The one way out for e-mail. Every message is stored first and sent by a background job, so a
 * mail server that is down only delays mail. Without SMTP (and always in demo mode) messages stay
 * in the outbox that admins read in the app, so no invitation or reminder is silently lost.
 */
export const MAIL_QUEUE = 'mail.send';

export interface OutgoingMail {
  institutionId: string | null;
  to: string;
  subject: string;
  body: string;
}

export class Mailer {
  constructor(
    private readonly db: Queryable,
    private readonly queue: JobQueue,
    private readonly transport: Transporter | null,
    private readonly from: string,
  ) {
    queue.register(MAIL_QUEUE, (payload) => this.#deliver(payload as { mailId: string }), { maxAttempts: 6 });
  }

  /** nodemailer is loaded only when mail really leaves (SMTP configured, not a demo). */
  static async transportFor(smtpUrl: string | undefined, demo: boolean): Promise<Transporter | null> {
    if (!smtpUrl || demo) return null;
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport(smtpUrl);
  }

  /** Whether mail actually leaves Koers; when not, the UI offers the text for copying. */
  get delivers(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail, db: Queryable = this.db): Promise<string> {
    const id = await insertMail(db, mail);
    await this.queue.enqueue(MAIL_QUEUE, { mailId: id }, db);
    return id;
  }

  async #deliver({ mailId }: { mailId: string }): Promise<void> {
    const mail = await findMail(this.db, mailId);
    if (!mail || mail.status === 'sent' || mail.status === 'outbox') return;
    if (!this.transport) {
      await markMail(this.db, mailId, 'outbox', null);
      return;
    }
    try {
      await this.transport.sendMail({ from: this.from, to: mail.to_address, subject: mail.subject, text: mail.body_text });
      await markMail(this.db, mailId, 'sent', null);
    } catch (err) {
      await markMail(this.db, mailId, 'queued', err instanceof Error ? err.message : String(err));
      throw err;
    }
  }
}

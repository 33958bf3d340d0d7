import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../src/server/jobs/queue';
import { Mailer } from '../src/server/mail/mailer';
import { createTestApp, type TestApp } from './helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
});
afterAll(async () => t?.close());

const mailRow = (id: string) => t.ctx.db.selectFrom('mail_message').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('outgoing mail', () => {
  it('lands in the outbox when no SMTP server is configured', async () => {
    const id = await t.ctx.mailer.send({ institutionId: null, to: 'a@example.org', subject: 'Uitnodiging', body: 'Welkom' });
    expect((await mailRow(id)).status).toBe('queued');
    expect(await t.ctx.queue.drain()).toBeGreaterThanOrEqual(1);
    expect((await mailRow(id)).status).toBe('outbox');
  });

  it('has a transport only with an SMTP address and outside demo mode', async () => {
    expect(await Mailer.transportFor(undefined, false)).toBeNull();
    expect(await Mailer.transportFor('smtp://127.0.0.1:2525', true)).toBeNull();
    const transport = await Mailer.transportFor('smtp://127.0.0.1:2525', false);
    expect(typeof transport?.sendMail).toBe('function');
    transport?.close();
  });

  it('is sent through the SMTP transport when one is configured', async () => {
    const queue = new JobQueue(t.ctx.db, t.ctx.log);
    // nodemailer's stream transport performs the full message build without a network peer.
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const mailer = new Mailer(t.ctx.db, queue, transport, 'Koers <no-reply@koers.test>');
    const id = await mailer.send({ institutionId: null, to: 'b@example.org', subject: 'Herinnering', body: 'Tekst' });
    await queue.drain();
    const row = await mailRow(id);
    expect(row.status).toBe('sent');
    expect(row.sent_at).toBeInstanceOf(Date);
  });

  it('keeps a mail queued and retries later when the SMTP server fails', async () => {
    const queue = new JobQueue(t.ctx.db, t.ctx.log);
    const failing = nodemailer.createTransport({ host: '127.0.0.1', port: 9, connectionTimeout: 500, greetingTimeout: 500 });
    const mailer = new Mailer(t.ctx.db, queue, failing, 'Koers <no-reply@koers.test>');
    const id = await mailer.send({ institutionId: null, to: 'c@example.org', subject: 'X', body: 'Y' });
    await queue.drain();
    const row = await mailRow(id);
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toBeTruthy();
    const job = await t.ctx.db.selectFrom('job').selectAll().where('queue', '=', 'mail.send').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(job.status).toBe('pending');
    expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
  });
});

describe('background jobs', () => {
  it('retries a failing job with back-off and gives up after its maximum attempts', async () => {
    const queue = new JobQueue(t.ctx.db, t.ctx.log);
    let calls = 0;
    queue.register('test.flaky', async () => {
      calls++;
      throw new Error('boom');
    }, { maxAttempts: 2 });
    const id = await queue.enqueue('test.flaky', { n: 1 });
    await queue.drain();
    expect(calls).toBe(1);
    // Make the retry due now instead of waiting for the back-off.
    await t.ctx.db.updateTable('job').set({ run_at: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    await queue.drain();
    expect(calls).toBe(2);
    const job = await t.ctx.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(job.status).toBe('failed');
    expect(job.attempts).toBe(2);
    expect(job.last_error).toBe('boom');
  });

  it('runs a job only once even when two workers poll together', async () => {
    const a = new JobQueue(t.ctx.db, t.ctx.log);
    const b = new JobQueue(t.ctx.db, t.ctx.log);
    const seen: number[] = [];
    for (const q of [a, b]) q.register('test.once', async (payload) => void seen.push((payload as { n: number }).n));
    for (let n = 0; n < 10; n++) await a.enqueue('test.once', { n });
    await Promise.all([a.drain(), b.drain()]);
    expect(seen.sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('does not run a job whose transaction rolled back', async () => {
    const queue = new JobQueue(t.ctx.db, t.ctx.log);
    let ran = false;
    queue.register('test.tx', async () => void (ran = true));
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await queue.enqueue('test.tx', {}, trx);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await queue.drain();
    expect(ran).toBe(false);
  });
});

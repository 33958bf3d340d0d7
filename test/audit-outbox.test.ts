import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/server/repositories/relationships.repository';
import { createTestApp, loginAs, type TestApp } from './helpers/app';
import { userId } from './helpers/other-institution';

interface AuditItem {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  student: { id: string; name: string } | null;
  entityType: string | null;
  entityId: string | null;
  detail: unknown;
}

let t: TestApp;
let admin: string;
let counsellor: string;
let counsellorId: string;
let caseload: { id: string; name: string }[];
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  counsellor = await loginAs(t.app, 'slb@demo.koers.nl');
  counsellorId = await userId(t.ctx, 'slb@demo.koers.nl');
  const res = await t.app.inject({ url: '/api/students?limit=8', headers: { cookie: counsellor } });
  caseload = res.json().items;
  expect(caseload).toHaveLength(8);
});
afterAll(async () => t?.close());

const get = (url: string, cookie = admin) => t.app.inject({ url, headers: { cookie } });

async function allPages<T>(url: string, limit: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await get(`${url}${url.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: T[]; nextCursor: string | null };
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return items;
}

describe('audit viewer', () => {
  it("shows a counsellor's read of a student file, filtered by actor and by student", async () => {
    const student = caseload[0]!;
    expect((await get(`/api/students/${student.id}`, counsellor)).statusCode).toBe(200);

    const byActor = (await get(`/api/admin/audit?actorId=${counsellorId}`)).json().items as AuditItem[];
    expect(byActor[0]).toEqual({
      id: expect.any(String),
      at: expect.any(String),
      actor: { id: counsellorId, name: 'Youssef el Amrani' },
      action: 'student.read',
      student: { id: student.id, name: student.name },
      entityType: 'student',
      entityId: student.id,
      detail: null,
    });
    const byStudent = (await get(`/api/admin/audit?studentId=${student.id}`)).json().items as AuditItem[];
    expect(byStudent.map((i) => i.id)).toContain(byActor[0]?.id);
    const otherStudent = (await get(`/api/admin/audit?studentId=${caseload[1]!.id}`)).json().items as AuditItem[];
    expect(otherStudent.map((i) => i.id)).not.toContain(byActor[0]?.id);
  });

  it('filters on an action prefix and on dates', async () => {
    const reads = (await get('/api/admin/audit?action=student.')).json().items as AuditItem[];
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((i) => i.action.startsWith('student.'))).toBe(true);
    expect((await get('/api/admin/audit?action=assignment.')).json().items).toEqual([]);

    const day = today();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await get(`/api/admin/audit?from=${day}&to=${day}`)).json().items.length).toBeGreaterThan(0);
    expect((await get(`/api/admin/audit?from=${tomorrow}`)).json().items).toEqual([]);
    expect((await get(`/api/admin/audit?to=${yesterday}`)).json().items).toEqual([]);
    expect((await get('/api/admin/audit?from=2026-02-31')).statusCode).toBe(400);
  });

  it('pages newest first with a cursor, without gaps or repeats', async () => {
    for (const s of caseload) await get(`/api/students/${s.id}`, counsellor);
    const items = await allPages<AuditItem>(`/api/admin/audit?actorId=${counsellorId}`, 3);
    const rows = await t.ctx.db.selectFrom('audit_log').select('id').where('actor_id', '=', counsellorId).orderBy('id', 'desc').execute();
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(items.map((i) => Number(i.id))).toEqual(rows.map((r) => r.id));
  });

  it('rejects a forged cursor and is for admins only', async () => {
    expect((await get('/api/admin/audit?cursor=bm90LWEtY3Vyc29y')).statusCode).toBe(400);
    expect((await get('/api/admin/audit', counsellor)).statusCode).toBe(403);
    expect((await get('/api/admin/audit', await loginAs(t.app, 'manager@demo.koers.nl'))).statusCode).toBe(403);
  });
});

describe('outbox', () => {
  it('lists mail with its status after the mail job ran', async () => {
    await t.ctx.mailer.send({ institutionId: null, to: 'los@example.org', subject: 'Los bericht', body: 'Hallo' });
    let items = (await get('/api/admin/outbox')).json().items;
    expect(items[0]).toEqual({ id: expect.any(String), to: 'los@example.org', subject: 'Los bericht', body: 'Hallo', status: 'queued', createdAt: expect.any(String), sentAt: null });
    await t.ctx.queue.drain();
    items = (await get('/api/admin/outbox')).json().items;
    expect(items[0]).toMatchObject({ to: 'los@example.org', status: 'outbox' });
  });

  it('pages through mails written in one transaction (one shared timestamp) without losing any', async () => {
    const sent = await t.ctx.db.transaction().execute(async (trx) => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push(await t.ctx.mailer.send({ institutionId: null, to: `batch${i}@example.org`, subject: `Batch ${i}`, body: '…' }, trx));
      return ids;
    });
    const total = await t.ctx.db.selectFrom('mail_message').select('id').execute();
    const items = await allPages<{ id: string }>('/api/admin/outbox', 3);
    expect(items).toHaveLength(total.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(total.length);
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(sent));
  });

  it('is for admins only', async () => {
    expect((await get('/api/admin/outbox', counsellor)).statusCode).toBe(403);
  });
});

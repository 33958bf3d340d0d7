import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type TestApp } from '../helpers/app';
import { idOf, loginAsAnyone } from '../competencies/helpers';
import { createOtherInstitution } from '../helpers/other-institution';
import { appWithStore, insertReflection } from './showcase-helpers';

describe('showcase pages: compose, share, view, revoke', () => {
  let t: TestApp;
  let done: () => Promise<void>;
  let lisa: string;
  let lisaId: string;
  let shown: string;
  let hidden: string;
  let pageId: string;

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...(cookie ? { cookie } : {}), ...headers }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    ({ t, done } = await appWithStore());
    lisa = await loginAs(t.app, 'student@demo.koers.nl');
    lisaId = await idOf(t, 'student@demo.koers.nl');
    shown = await insertReflection(t, lisaId, 'Mijn stage bij de dierenarts', 'Ik merkte dat ik rustig blijf als een dier gestrest is.');
    hidden = await insertReflection(t, lisaId, 'Privé twijfel', 'Geheime gedachten over stoppen.');
  });
  afterAll(async () => done?.());

  it('composes a page from own evidence only', async () => {
    const otherStudent = await t.ctx.db.selectFrom('app_user').select('id').where('role', '=', 'student').where('id', '!=', lisaId).executeTakeFirstOrThrow();
    const foreign = await insertReflection(t, otherStudent.id, 'Niet van Lisa', 'x');
    const refused = await call('POST', '/api/showcase/pages', lisa, { title: 'Poging', items: [{ evidenceId: foreign }] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.id).toBe('showcase_item_invalid');

    const res = await call('POST', '/api/showcase/pages', lisa, { title: 'Mijn stagejaar', intro: 'Wat ik leerde.', items: [{ evidenceId: shown }] });
    expect(res.statusCode, res.body).toBe(201);
    pageId = res.json().id;
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0]).toMatchObject({ kind: 'reflection', title: 'Mijn stage bij de dierenarts' });
    expect(res.json().items[0].sections[0].text).toContain('rustig blijf');
    const list = await call('GET', '/api/showcase/pages', lisa);
    expect(list.json().items.map((p: { id: string }) => p.id)).toContain(pageId);
    const candidates = await call('GET', '/api/showcase/candidates', lisa);
    expect(candidates.json().items.map((c: { ref: { evidenceId?: string } }) => c.ref.evidenceId)).toEqual(expect.arrayContaining([shown, hidden]));
    expect(candidates.json().items.map((c: { ref: { evidenceId?: string } }) => c.ref.evidenceId)).not.toContain(foreign);
  });

  it('refuses a stale version', async () => {
    const page = (await call('GET', `/api/showcase/pages/${pageId}`, lisa)).json();
    const ok = await call('PUT', `/api/showcase/pages/${pageId}`, lisa, { title: 'Mijn stagejaar 2026', intro: page.intro, items: page.refs, version: page.version });
    expect(ok.statusCode).toBe(200);
    const stale = await call('PUT', `/api/showcase/pages/${pageId}`, lisa, { title: 'Oud', items: page.refs, version: page.version });
    expect(stale.statusCode).toBe(409);
  });

  it('shares by link: an outsider sees only the page items, the view is logged, and a revoked link is refused', async () => {
    const created = await call('POST', `/api/showcase/pages/${pageId}/shares`, lisa, { kind: 'link', label: 'Stagebedrijf', days: 14 });
    expect(created.statusCode, created.body).toBe(201);
    const { url, share } = created.json();
    const token = String(url).split('/gedeeld/')[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    const stored = await t.ctx.db.selectFrom('showcase_share').select('token_hash').where('id', '=', share.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(token);

    const seen = await call('GET', `/api/shared/${token}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().title).toBe('Mijn stagejaar 2026');
    expect(seen.body).toContain('rustig blijf');
    expect(seen.body).not.toContain('Geheime gedachten');
    expect(seen.body).not.toContain(hidden);
    expect(seen.body).not.toContain(lisaId);

    const own = (await call('GET', `/api/showcase/pages/${pageId}`, lisa)).json();
    expect(own.views[0]).toMatchObject({ who: 'Stagebedrijf', via: 'link' });

    expect((await call('POST', `/api/showcase/shares/${share.id}/revoke`, lisa)).statusCode).toBe(204);
    const gone = await call('GET', `/api/shared/${token}`, undefined, undefined, { 'accept-language': 'en' });
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error).toMatchObject({ id: 'share_link_gone' });
    expect(gone.json().error.message).toMatch(/no longer available/);
    expect((await call('GET', '/api/shared/not-a-real-token-at-all')).statusCode).toBe(404);
  });

  it('refuses an expired link', async () => {
    const { url, share } = (await call('POST', `/api/showcase/pages/${pageId}/shares`, lisa, { kind: 'link', label: 'Oud', days: 1 })).json();
    await t.ctx.db.updateTable('showcase_share').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', share.id).execute();
    const token = String(url).split('/gedeeld/')[1];
    expect((await call('GET', `/api/shared/${token}`)).statusCode).toBe(410);
    expect((await call('POST', `/api/showcase/pages/${pageId}/shares`, lisa, { kind: 'link', label: 'Te lang', days: 91 })).statusCode).toBe(400);
  });

  it('shares with a chosen user: only that user sees it, and the student sees who looked', async () => {
    const counsellorId = await idOf(t, 'slb@demo.koers.nl');
    const res = await call('POST', `/api/showcase/pages/${pageId}/shares`, lisa, { kind: 'user', userId: counsellorId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().url).toBeNull();
    const slb = await loginAs(t.app, 'slb@demo.koers.nl');
    const mine = (await call('GET', '/api/showcase/shared-with-me', slb)).json();
    expect(mine.items.map((i: { pageId: string }) => i.pageId)).toContain(pageId);
    const view = await call('GET', `/api/showcase/shared-with-me/${pageId}`, slb);
    expect(view.statusCode).toBe(200);
    expect(view.body).not.toContain('Geheime gedachten');

    const parent = await loginAs(t.app, 'ouder@demo.koers.nl');
    expect((await call('GET', `/api/showcase/shared-with-me/${pageId}`, parent)).statusCode).toBe(403);
    expect((await call('GET', '/api/showcase/shared-with-me', parent)).json().items.map((i: { pageId: string }) => i.pageId)).not.toContain(pageId);
    expect((await call('GET', `/api/showcase/pages/${pageId}`, parent)).statusCode).toBe(403);

    const own = (await call('GET', `/api/showcase/pages/${pageId}`, lisa)).json();
    const counsellorName = (await t.ctx.db.selectFrom('app_user').select('display_name').where('id', '=', counsellorId).executeTakeFirstOrThrow()).display_name;
    expect(own.views[0]).toMatchObject({ who: counsellorName, via: 'user' });

    await call('POST', `/api/showcase/shares/${res.json().share.id}/revoke`, lisa);
    expect((await call('GET', `/api/showcase/shared-with-me/${pageId}`, slb)).statusCode).toBe(403);
  });

  it('does not share with someone of another school or oneself; another student cannot touch the page', async () => {
    expect((await call('POST', `/api/showcase/pages/${pageId}/shares`, lisa, { kind: 'user', userId: lisaId })).json().error.id).toBe('share_user_invalid');
    const elsewhere = await createOtherInstitution(t.ctx);
    expect((await call('POST', `/api/showcase/pages/${pageId}/shares`, lisa, { kind: 'user', userId: elsewhere.counsellorId })).json().error.id).toBe('share_user_invalid');
    expect((await call('GET', '/api/showcase/people?q=Anders', lisa)).json().items).toEqual([]);
    const people = await call('GET', '/api/showcase/people?q=de', lisa);
    expect(people.statusCode).toBe(200);
    expect(people.json().items.map((p: { id: string }) => p.id)).not.toContain(lisaId);
    const otherStudent = await t.ctx.db.selectFrom('app_user').select('email').where('role', '=', 'student').where('id', '!=', lisaId).where('email', 'is not', null).executeTakeFirstOrThrow();
    const other = await loginAsAnyone(t, otherStudent.email ?? '');
    expect((await call('GET', `/api/showcase/pages/${pageId}`, other)).statusCode).toBe(404);
    expect((await call('POST', `/api/showcase/pages/${pageId}/shares`, other, { kind: 'link', label: 'x', days: 3 })).statusCode).toBe(404);
  });

  it('seeds the demo student a page shared with her counsellor, with views', async () => {
    const slb = await loginAs(t.app, 'slb@demo.koers.nl');
    const shared = (await call('GET', '/api/showcase/shared-with-me', slb)).json();
    expect(shared.items.find((i: { title: string }) => i.title === 'Mijn weg naar de zorg')).toBeTruthy();
    const pages = (await call('GET', '/api/showcase/pages', lisa)).json().items;
    const demoPage = pages.find((p: { title: string }) => p.title === 'Mijn weg naar de zorg');
    expect(demoPage.activeShares).toBe(2);
    expect(demoPage.views).toBeGreaterThanOrEqual(3);
  });

  it('lets the student choose what the guidance team sees', async () => {
    const before = (await call('GET', '/api/portfolio/visibility', lisa)).json();
    expect(before.planForGuidance).toBe(true);
    expect(before.evidence.find((e: { id: string }) => e.id === hidden).forGuidance).toBe(true);
    const res = await call('PUT', '/api/portfolio/visibility', lisa, { planForGuidance: false, evidence: [{ id: hidden, forGuidance: false }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().planForGuidance).toBe(false);
    expect(res.json().evidence.find((e: { id: string }) => e.id === hidden).forGuidance).toBe(false);
    const row = await t.ctx.db.selectFrom('portfolio_evidence').select('for_guidance').where('id', '=', hidden).executeTakeFirstOrThrow();
    expect(row.for_guidance).toBe(false);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'portfolio.visibility').execute();
    expect(audit).toHaveLength(1);
  });
});

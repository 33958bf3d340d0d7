import { sql } from 'kysely';
import type { Queryable } from './types';

/** Who a page is shared with, the links to it, and every time someone looked. */

const SHARE_COLUMNS = ['s.id', 's.page_id', 's.user_id', 's.label', 's.expires_at', 's.created_at', 's.revoked_at', 'u.display_name as user_name'] as const;

export async function insertShare(
  db: Queryable,
  s: { pageId: string; userId: string | null; tokenHash: string | null; label: string; expiresAt: Date | null },
): Promise<string> {
  const row = await db
    .insertInto('showcase_share')
    .values({ page_id: s.pageId, user_id: s.userId, token_hash: s.tokenHash, label: s.label, expires_at: s.expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function sharesOf(db: Queryable, pageId: string) {
  return db
    .selectFrom('showcase_share as s')
    .leftJoin('app_user as u', 'u.id', 's.user_id')
    .select(SHARE_COLUMNS)
    .where('s.page_id', '=', pageId)
    .orderBy('s.created_at', 'desc')
    .execute();
}

export async function findShare(db: Queryable, id: string) {
  return db
    .selectFrom('showcase_share as s')
    .innerJoin('showcase_page as p', 'p.id', 's.page_id')
    .leftJoin('app_user as u', 'u.id', 's.user_id')
    .select([...SHARE_COLUMNS, 'p.student_id'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function findShareByTokenHash(db: Queryable, tokenHash: string) {
  return db
    .selectFrom('showcase_share as s')
    .leftJoin('app_user as u', 'u.id', 's.user_id')
    .select(SHARE_COLUMNS)
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function revokeShare(db: Queryable, id: string): Promise<void> {
  await db.updateTable('showcase_share').set({ revoked_at: sql`now()` }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** The share through which this user may see the page now (not revoked, not expired). */
export async function activeUserShare(db: Queryable, pageId: string, userId: string) {
  return db
    .selectFrom('showcase_share')
    .select('id')
    .where('page_id', '=', pageId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]))
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function sharedWith(db: Queryable, userId: string) {
  return db
    .selectFrom('showcase_share as s')
    .innerJoin('showcase_page as p', 'p.id', 's.page_id')
    .innerJoin('app_user as st', 'st.id', 'p.student_id')
    .select(['s.id as share_id', 'p.id as page_id', 'p.title', 'st.display_name as student_name', 's.created_at', 's.expires_at'])
    .where('s.user_id', '=', userId)
    .where('s.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('s.expires_at', 'is', null), eb('s.expires_at', '>', sql<Date>`now()`)]))
    .orderBy('s.created_at', 'desc')
    .execute();
}

export async function logView(db: Queryable, v: { pageId: string; shareId: string | null; viewerId: string | null }): Promise<void> {
  await db.insertInto('showcase_view').values({ page_id: v.pageId, share_id: v.shareId, viewer_id: v.viewerId }).execute();
}

export async function viewsOf(db: Queryable, pageId: string, limit = 200) {
  return db
    .selectFrom('showcase_view as v')
    .leftJoin('app_user as u', 'u.id', 'v.viewer_id')
    .leftJoin('showcase_share as s', 's.id', 'v.share_id')
    .select(['v.viewed_at', 'u.display_name as viewer_name', 's.label as share_label', 's.user_id as share_user_id', 'v.share_id'])
    .where('v.page_id', '=', pageId)
    .orderBy('v.viewed_at', 'desc')
    .limit(limit)
    .execute();
}

export async function findPerson(db: Queryable, id: string) {
  return db.selectFrom('app_user').select(['id', 'institution_id', 'active', 'display_name']).where('id', '=', id).executeTakeFirst();
}

/** Active people of the school a student can share with, found by (part of) their name. */
export async function searchPeople(db: Queryable, institutionId: string, q: string, excludeId: string, limit: number) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'role'])
    .where('institution_id', '=', institutionId)
    .where('active', '=', true)
    .where('id', '!=', excludeId)
    .where('display_name', 'ilike', `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    .orderBy('sort_name')
    .limit(limit)
    .execute();
}

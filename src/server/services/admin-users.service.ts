import { displayName, sortName } from '../../domain/people/names';
import type { Role } from '../../shared/roles';
import type { AppContext } from '../context';
import { withUniqueErrors } from '../db/unique-violation';
import { AppError } from '../errors';
import { invitationMail, setPasswordLink } from '../mail/invitation';
import { assertCan, type Actor } from '../policies/policy';
import { revokeOtherSessions } from '../repositories/sessions.repository';
import { institutionName } from '../repositories/structure.repository';
import * as users from '../repositories/users.repository';
import { ClassListCursor, decodeCursor, page } from './paging';
import { audit, changes } from './audit.service';
import { SET_PASSWORD_DAYS, createSetPasswordToken } from './auth.service';

/** Accounts as the admin manages them: list, create with an invitation, (de)activate. */

export interface UserDto {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  studentNumber: string | null;
  active: boolean;
}

const toDto = (u: { id: string; display_name: string; email: string | null; role: string; student_number: string | null; active: boolean }): UserDto => ({
  id: u.id,
  name: u.display_name,
  email: u.email,
  role: u.role as Role,
  studentNumber: u.student_number,
  active: u.active,
});


export async function listUsers(ctx: AppContext, actor: Actor, q: { role?: Role; q?: string; limit: number; cursor?: string }) {
  assertCan(actor, 'users.manage');
  const after = decodeCursor(q.cursor, ClassListCursor);
  const rows = await users.listUsers(ctx.db, {
    institutionId: actor.institutionId,
    role: q.role,
    q: q.q,
    limit: q.limit,
    after: after && { sortName: after.s, id: after.i },
  });
  const result = page(rows, q.limit, (r) => ({ s: r.sort_name, i: r.id }));
  return { items: result.items.map(toDto), nextCursor: result.nextCursor };
}

/** One account, e.g. to show whose caseload an admin is looking at. */
export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<UserDto> {
  assertCan(actor, 'users.manage');
  const user = await users.findUserInInstitution(ctx.db, actor.institutionId, id);
  if (!user) throw new AppError('not_found');
  return toDto(user);
}

export interface NewUserInput {
  firstName: string;
  namePrefix?: string | null;
  lastName: string;
  email: string;
  role: Role;
  studentNumber?: string | null;
  gender?: 'v' | 'm' | 'x' | null;
  language?: 'nl' | 'en';
}

/**
 * Creates the account without a password and mails a one-time set-password link. Token, mail and
 * audit line are written in the same transaction, so a failure leaves no half-invited account.
 */
export async function createUser(ctx: AppContext, actor: Actor, input: NewUserInput, baseUrl: string, ip: string): Promise<UserDto> {
  assertCan(actor, 'users.manage');
  const email = input.email.trim().toLowerCase();
  const studentNumber = input.studentNumber ?? null;
  const language = input.language ?? 'nl';
  const name = { firstName: input.firstName, namePrefix: input.namePrefix || null, lastName: input.lastName };
  return withUniqueErrors(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        if (await users.emailExists(trx, email)) throw new AppError('email_taken');
        if (studentNumber && (await users.studentNumberTaken(trx, actor.institutionId, studentNumber))) {
          throw new AppError('student_number_taken');
        }
        const id = await users.insertUser(trx, {
          institutionId: actor.institutionId,
          role: input.role,
          email,
          ...name,
          displayName: displayName(name),
          sortName: sortName(name),
          studentNumber,
          gender: input.gender ?? null,
          language,
          passwordHash: null,
        });
        const token = await createSetPasswordToken(ctx, id, trx);
        const mail = invitationMail({
          language,
          firstName: input.firstName,
          institution: await institutionName(trx, actor.institutionId),
          link: setPasswordLink(baseUrl, token),
          validDays: SET_PASSWORD_DAYS,
        });
        await ctx.mailer.send({ institutionId: actor.institutionId, to: email, ...mail }, trx);
        await audit(
          trx,
          actor,
          'user.created',
          { studentId: input.role === 'student' ? id : null, entityType: 'user', entityId: id, detail: { role: input.role, email, studentNumber } },
          ip,
        );
        return { id, name: displayName(name), email, role: input.role, studentNumber, active: true };
      }),
    (constraint) => (constraint.includes('student_number') ? 'student_number_taken' : 'email_taken'),
  );
}

/** Deactivating signs the user out everywhere at once; an admin cannot lock themself out. */
export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { active?: boolean; language?: 'nl' | 'en' },
  ip: string,
): Promise<UserDto> {
  assertCan(actor, 'users.manage');
  if (input.active === false && id === actor.id) throw new AppError('invalid_state');
  return ctx.db.transaction().execute(async (trx) => {
    const user = await users.findUserInInstitution(trx, actor.institutionId, id);
    if (!user) throw new AppError('not_found');
    const changed = changes({ active: user.active, language: user.language }, input);
    if (Object.keys(changed).length === 0) return toDto(user);
    if (input.active !== undefined && changed.active) {
      await users.setActive(trx, id, input.active);
      if (!input.active) await revokeOtherSessions(trx, id, null, new Date());
    }
    if (input.language && changed.language) await users.updateLanguage(trx, id, input.language);
    const action = changed.active ? (input.active ? 'user.reactivated' : 'user.deactivated') : 'user.updated';
    await audit(
      trx,
      actor,
      action,
      { studentId: user.role === 'student' ? id : null, entityType: 'user', entityId: id, detail: { changes: changed } },
      ip,
    );
    return toDto({ ...user, active: input.active ?? user.active });
  });
}

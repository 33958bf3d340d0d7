import { displayName, sortName } from '../../domain/people/names';
import type { Role } from '../../shared/roles';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { emailExists, insertUser } from '../repositories/users.repository';
import { assertStrongPassword } from './auth.service';

/**
 * Creates an account from the command line, e.g. the first admin of a new installation. When the
 * database has no institution yet, it creates one with the given name.
 */
export async function createAccount(
  ctx: AppContext,
  input: {
    institutionName: string;
    email: string;
    role: Role;
    firstName: string;
    lastName: string;
    studentNumber: string | null;
    password: string;
  },
) {
  assertStrongPassword(input.password);
  if (input.role === 'student' && !input.studentNumber) throw new Error('Een student heeft een studentnummer nodig (--student-number).');
  const hash = await ctx.passwords.hash(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    if (await emailExists(trx, input.email)) throw new AppError('email_taken');
    const existing = await trx.selectFrom('institution').select('id').orderBy('created_at').executeTakeFirst();
    const institutionId =
      existing?.id ??
      (await trx.insertInto('institution').values({ name: input.institutionName }).returning('id').executeTakeFirstOrThrow()).id;
    const name = { firstName: input.firstName, lastName: input.lastName };
    const id = await insertUser(trx, {
      institutionId,
      role: input.role,
      email: input.email.trim(),
      firstName: input.firstName,
      namePrefix: null,
      lastName: input.lastName,
      displayName: displayName(name),
      sortName: sortName(name),
      studentNumber: input.studentNumber,
      gender: null,
      language: 'nl',
      passwordHash: hash,
    });
    return { id, email: input.email.trim(), role: input.role };
  });
}

import argon2 from 'argon2';
import type { PasswordHasher } from '../context';

/** argon2id with the OWASP minimum (19 MiB, 2 passes) by default; memory is configurable. */
export function argon2Hasher(memoryKiB: number): PasswordHasher {
  return {
    hash: (plain) => argon2.hash(plain, { type: argon2.argon2id, memoryCost: memoryKiB, timeCost: 2, parallelism: 1 }),
    verify: async (hash, plain) => {
      try {
        return await argon2.verify(hash, plain);
      } catch {
        return false;
      }
    },
  };
}

export { MIN_PASSWORD_LENGTH } from '../../shared/passwords';

import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** A database handle or a transaction: repositories accept either. */
export type Queryable = Kysely<DB>;

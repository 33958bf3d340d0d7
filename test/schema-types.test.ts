import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { generateSchemaSource } from '../src/server/db/schema-codegen';
import { freshDatabase } from './helpers/database';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
  await migrateToLatest(database.db);
});
afterAll(async () => database?.close());

it('keeps src/server/db/schema.ts identical to what the migrations produce (run `npx koers db-types`)', async () => {
  const expected = await generateSchemaSource(database.db);
  const actual = fs.readFileSync(path.resolve(import.meta.dirname, '../src/server/db/schema.ts'), 'utf8');
  expect(actual).toBe(expected);
});

it('runs migrations idempotently', async () => {
  const again = await migrateToLatest(database.db);
  expect(again).toEqual([]);
});

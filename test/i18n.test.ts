import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/** English must be complete: the same keys as Dutch, nothing empty, the same {{variables}}. */
const dir = path.resolve(import.meta.dirname, '../src/web/i18n');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
/** The base file plus every feature file (`<area>.<lang>.json`) under its own top-level key, as the app merges them. */
const load = (lang: string) => {
  const all = read(`${lang}.json`);
  for (const file of readdirSync(dir)) {
    const m = new RegExp(`^([a-z-]+)\\.${lang}\\.json$`).exec(file);
    if (m?.[1]) all[m[1]] = read(file);
  }
  return all;
};

function flatten(object: Record<string, unknown>, prefix = '', out = new Map<string, string>()) {
  for (const [key, value] of Object.entries(object)) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') flatten(value as Record<string, unknown>, p, out);
    else out.set(p, String(value));
  }
  return out;
}
const vars = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(',');

it('has the same keys and variables in Dutch and English, none empty', () => {
  const nl = flatten(load('nl'));
  const en = flatten(load('en'));
  expect(nl.size).toBeGreaterThan(100);
  expect([...nl.keys()].filter((k) => !en.has(k))).toEqual([]);
  expect([...en.keys()].filter((k) => !nl.has(k))).toEqual([]);
  expect([...nl].filter(([, t]) => !t.trim()).map(([k]) => k)).toEqual([]);
  expect([...en].filter(([, t]) => !t.trim()).map(([k]) => k)).toEqual([]);
  expect([...nl].filter(([k, t]) => vars(t) !== vars(en.get(k) ?? '')).map(([k]) => k)).toEqual([]);
});

it('is really translated: most English texts differ from the Dutch ones', () => {
  const nl = flatten(load('nl'));
  const en = flatten(load('en'));
  const same = [...nl].filter(([k, t]) => en.get(k) === t).length;
  expect(same / nl.size).toBeLessThan(0.15);
});

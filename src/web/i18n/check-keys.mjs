#!/usr/bin/env node
// Checks that nl.json and en.json have the same keys, no empty strings, and the same
// {{variables}} per key. Run: node src/web/i18n/check-keys.mjs (exit code 1 on a problem).
import { readFileSync } from 'node:fs';

const load = (lang) => JSON.parse(readFileSync(new URL(`./${lang}.json`, import.meta.url), 'utf8'));
const flatten = (object, prefix = '', out = new Map()) => {
  for (const [key, value] of Object.entries(object)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') flatten(value, path, out);
    else out.set(path, String(value));
  }
  return out;
};
const vars = (text) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(',');

const nl = flatten(load('nl'));
const en = flatten(load('en'));
const problems = [];
for (const [key, text] of nl) {
  if (!en.has(key)) problems.push(`en.json lacks ${key}`);
  else if (vars(text) !== vars(en.get(key))) problems.push(`${key}: variables differ (nl ${vars(text)} / en ${vars(en.get(key))})`);
  if (!text.trim()) problems.push(`nl.json: ${key} is empty`);
}
for (const [key, text] of en) {
  if (!nl.has(key)) problems.push(`nl.json lacks ${key}`);
  if (!text.trim()) problems.push(`en.json: ${key} is empty`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`i18n: ${nl.size} keys, nl and en match`);

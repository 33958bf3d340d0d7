import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's own Dutch texts (src/web/i18n/nl.json), so tests find buttons, labels and headings by
 * what the user reads without breaking on every copy edit. A key that does not exist fails loudly.
 * Texts that are a contract in themselves (the login form, the server's error messages) are
 * written out literally in the tests.
 */

type Tree = { [key: string]: string | Tree };

function load(language: 'nl' | 'en'): Tree {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  return JSON.parse(fs.readFileSync(path.resolve(dir, `../src/web/i18n/${language}.json`), 'utf8')) as Tree;
}

const texts = { nl: load('nl'), en: load('en') };

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** Like i18next's t(): `{{name}}` interpolation and `_one`/`_other` plurals chosen by `count`. */
export function translate(language: 'nl' | 'en', key: string, vars: Record<string, string | number> = {}): string {
  const tree = texts[language];
  let value = lookup(tree, key);
  if (value === undefined && typeof vars.count === 'number') {
    if (vars.count === 0) value = lookup(tree, `${key}_zero`);
    value ??= lookup(tree, `${key}_${vars.count === 1 ? 'one' : 'other'}`);
  }
  if (typeof value !== 'string') throw new Error(`No ${language} text "${key}" in src/web/i18n/${language}.json`);
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A Dutch text of the app. */
export function t(key: string, vars?: Record<string, string | number>): string {
  return translate('nl', key, vars);
}

/** An English text of the app. */
export function en(key: string, vars?: Record<string, string | number>): string {
  return translate('en', key, vars);
}

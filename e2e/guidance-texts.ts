import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';

// The guidance texts live in their own file (src/web/i18n/guidance.nl.json, key `guidance`).
type Tree = { [key: string]: string | Tree };
const texts = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/web/i18n/guidance.nl.json'), 'utf8'),
) as Tree;

/** A Dutch guidance text, `{{var}}` filled in, `_one`/`_other` chosen by `count`; a missing key fails loudly. */
export function g(key: string, vars: Record<string, string | number> = {}): string {
  const find = (k: string) => {
    let node: string | Tree | undefined = texts;
    for (const part of k.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return node;
  };
  let node = find(key);
  if (node === undefined && typeof vars.count === 'number') node = find(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
  if (typeof node !== 'string') throw new Error(`No text "guidance.${key}" in guidance.nl.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export const main = (page: Page) => page.getByRole('main');
export const section = (scope: Page | Locator, title: string) => scope.getByRole('region', { name: title, exact: true });
export const caseloadRows = (page: Page) => main(page).getByRole('table').locator('tbody tr');

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONVERSATION_TYPES } from '../../src/shared/conversations';
import { Dossier, dossierJsonSchema } from '../../src/shared/dossier';
import { minimalDossier } from './dossier-helpers';

/** The published schema is generated from the contract; this keeps the committed file from drifting. */
it('docs/loopbaandossier.schema.json equals the schema generated from the zod contract (npm run dossier:schema)', () => {
  const committed = JSON.parse(readFileSync(new URL('../../docs/loopbaandossier.schema.json', import.meta.url), 'utf8'));
  expect(committed).toEqual(dossierJsonSchema());
  expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  for (const section of ['goals', 'evidence', 'feedback', 'showcasePages', 'measurements', 'conversations', 'educationHistory']) {
    expect(committed.properties[section].description, section).toBeTruthy();
  }
});

it('accepts the minimal dossier and refuses another format', () => {
  const { dossier } = minimalDossier();
  expect(Dossier.safeParse(dossier).success).toBe(true);
  expect(Dossier.safeParse({ ...dossier, format: 'iets-anders' }).success).toBe(false);
});

it('carries every conversation type Koers has, so no conversation blocks an export', () => {
  const committed = JSON.parse(readFileSync(new URL('../../docs/loopbaandossier.schema.json', import.meta.url), 'utf8'));
  const text = JSON.stringify(committed);
  for (const type of CONVERSATION_TYPES) expect(text, type).toContain(`"${type}"`);
});

import { writeFileSync } from 'node:fs';
import { dossierJsonSchema } from '../src/shared/dossier';

// Regenerates docs/loopbaandossier.schema.json from the zod contract; a test keeps them equal.
const target = new URL('../docs/loopbaandossier.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(dossierJsonSchema(), null, 2)}\n`);
console.log(`Geschreven: ${target.pathname}`);

#!/usr/bin/env node
// Entry point for `npx koers` and `npm start`. Serving runs the server bundle (built from the
// sources when they changed, see server-bundle.mjs); every other command loads the TypeScript
// sources through tsx, so a fresh clone needs no separate build step.
const command = process.argv[2];
let bundle = null;
if (command === 'serve' || command === 'start') {
  const { serverBundle } = await import('./server-bundle.mjs');
  try {
    bundle = await serverBundle();
  } catch (error) {
    // A read-only install folder, say: serve from the sources, as before the bundle existed.
    console.warn(`Koers: de serverbundel kon niet worden gebouwd (${error instanceof Error ? error.message : error}); de bronbestanden worden direct geladen.`);
  }
}
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

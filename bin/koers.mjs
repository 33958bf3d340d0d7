#!/usr/bin/env node
// Entry point for `npx koers` and `npm start`. Serving runs the server bundle (built from the
// sources when they changed, see server-bundle.mjs); every other command loads the TypeScript
// sources through tsx, so a fresh clone needs no separate build step.
const command = process.argv[2];
if (command === 'serve' || command === 'start') {
  const { serverBundle } = await import('./server-bundle.mjs');
  await import(await serverBundle());
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

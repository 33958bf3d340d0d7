#!/usr/bin/env node
// Entry point for `npx koers` and `npm start`: loads the TypeScript sources through tsx so that a
// fresh clone needs no separate build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

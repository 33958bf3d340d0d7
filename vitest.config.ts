import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/**/*.test.ts'], globalSetup: ['test/helpers/demo-template.ts'], testTimeout: 30000, hookTimeout: 60000,
    // Test files wait on the database much of the time: two workers keep a two-core machine busy.
    maxWorkers: 2 },
});

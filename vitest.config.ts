import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'server/src/**/*.test.ts', 'shared/src/**/*.test.ts', 'client/src/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Generous: browser tests share two cores with the servers they drive; a hang still fails.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Two cores: the suites start real servers and browsers, so keep parallelism modest.
    maxWorkers: 2,
    fileParallelism: true,
  },
});

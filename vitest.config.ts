import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // A few tests check the whole guide (2 s on a quiet machine): on a loaded one, time is no failure.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One static server and one Chromium for the whole run (test files connect to it).
          globalSetup: ['test/support/global-setup.ts'],
          // Two files at a time: a browser test spends most of its time waiting for a page, so two
          // keep both cores of the machines this runs on busy (serial runs used half a core).
          maxWorkers: 2,
          // A poll that succeeds returns at once; one that waits on a busy machine gets time.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

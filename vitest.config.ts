import os from 'node:os'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.spec.ts', 'tests/int/**/*.int.spec.ts'],
    // Each file gets its own process and module registry, so each integration file builds
    // its own Payload config against its own temporary SQLite file or PostgreSQL database,
    // and every server a test starts listens on a free port: files run side by side.
    isolate: true,
    // Migrates one template database per run; each file gets a copy (tests/helpers/templateDatabase.ts).
    globalSetup: ['tests/helpers/templateDatabase.ts'],
    pool: 'forks',
    fileParallelism: true,
    // Vitest's default (cores - 1) would run one file at a time on a 2-core CI machine.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      PAYLOAD_SECRET: 'vitest-secret-0123456789abcdef',
      PLAZA_INTERNAL_URL: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
})

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.spec.ts', 'tests/int/**/*.int.spec.ts'],
    // Each file gets its own module registry, so each integration file builds its own
    // Payload config against its own temporary SQLite database.
    isolate: true,
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      PAYLOAD_SECRET: 'vitest-secret-0123456789abcdef',
      PLAZA_INTERNAL_URL: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
})

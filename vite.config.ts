import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'compiler/**/*.test.ts',
      'runtime/**/*.test.ts',
      'bridge/**/*.test.ts',
      'packages/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    pool: 'forks',
  },
})

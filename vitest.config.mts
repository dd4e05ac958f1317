import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    // Property tests and the sweep do real work; a busy CI machine must not turn that into a failure.
    testTimeout: 30_000,
    // tests/built runs on a real build, after it (vitest.built.config.mts, scripts/test-all.sh).
    exclude: ['tests/e2e/**', 'tests/built/**', 'node_modules/**'],
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
});

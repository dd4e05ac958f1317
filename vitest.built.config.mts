import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The layer's tests on a real build (tests/built): scripts/test-all.sh runs them after `npm run build`
// (`npx vitest run --config vitest.built.config.mts`). Without a build they fail; `npx vitest run`
// (vitest.config.mts) leaves them out.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: { environment: 'node', include: ['tests/built/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});

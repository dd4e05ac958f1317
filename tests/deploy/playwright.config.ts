import { defineConfig } from '@playwright/test';

// The deployment check (docs/testing.md, docs/deploying.md): the standalone server bound to 127.0.0.1 behind
// Debian's nginx running deploy/nginx.conf, both from a scratch folder (./setup.ts starts them).
// `npm test` runs it after the build and the e2e tests:
//   npx playwright test -c tests/deploy/playwright.config.ts
// It needs `npm run build` first; nginx and openssl are installed with apt-get when missing (as root).
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './setup.ts',
  // One server behind one nginx: the checks run in order, one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  outputDir: '../../test-results/deploy',
  use: { ignoreHTTPSErrors: true },
});

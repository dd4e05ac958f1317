import { defineConfig, devices } from '@playwright/test';

// e2e runs against the production build (`npm run build` first; scripts/test-all.sh does it), served
// as it is deployed: the standalone server bound to 127.0.0.1, as behind a reverse proxy (README,
// Deploying). In Debian's Chromium: Playwright's own browser download is not reachable here.
const port = Number(process.env.E2E_PORT ?? 3123);
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
export const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
  },
  webServer: {
    // `exec` so that stopping the server stops it, not only a shell (stack notes, pitfall 14).
    command: `cd ${distDir}/standalone && exec node server.js`,
    url: `http://127.0.0.1:${port}/zh-CN`,
    // Results depend on the date: the server under test answers as of a fixed day.
    // SITE_URL explicitly: the server refuses to start without it (scripts/postbuild/bare-requests.mjs).
    env: { CHECK_TODAY: process.env.CHECK_TODAY ?? '2026-11-23', NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1', PORT: String(port), SITE_URL: 'http://localhost:3000' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [{
    name: 'debian-chromium',
    use: {
      ...devices['Desktop Chrome'],
      locale: 'zh-CN',
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    },
  }],
});

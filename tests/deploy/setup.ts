// Starts the deployment for tests/deploy (scripts/deploy/stack.mjs) and tells the tests where it is.
// @ts-expect-error: a plain ES module; it has no type declarations.
import { startStack, tail } from '../../scripts/deploy/stack.mjs';

// The public address the server is started with (nginx.spec.ts checks that result pages use it).
const SITE_URL = 'https://yibao.example.org';

export default async function globalSetup() {
  const started = Date.now();
  const stack = await startStack({ env: { CHECK_TODAY: '2026-11-23', SITE_URL } });
  // The tests read where everything is from the environment, which Playwright's workers inherit.
  Object.assign(process.env, {
    YIBAO_DEPLOY_HTTPS: stack.https,
    YIBAO_DEPLOY_HTTP: stack.http,
    YIBAO_DEPLOY_APP: stack.app,
    YIBAO_DEPLOY_DIR: stack.dir,
    YIBAO_DEPLOY_APP_PORTS: stack.appPorts.join(','),
    YIBAO_DEPLOY_PAGES_PORTS: stack.pagesPorts.join(','),
  });
  console.log(`[deploy] standalone servers on ${stack.apps.join(', ')} (pages: ${stack.pagesPorts.join(', ')}), nginx on ${stack.http} and ${stack.https} (${stack.dir}), up in ${Date.now() - started} ms`);
  return async () => {
    const errors = [stack.logs.nginx, stack.logs.siteError].flatMap((file) => tail(file, 200).split('\n')).filter((l: string) => /\[(error|crit|alert|emerg)\]/.test(l));
    if (errors.length) console.log(`[deploy] nginx logged errors:\n${errors.join('\n')}`);
    await stack.stop({ keep: process.env.YIBAO_DEPLOY_KEEP === '1' });
  };
}

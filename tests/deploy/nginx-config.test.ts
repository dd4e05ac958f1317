import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module; it has no type declarations.
import { siteConfig } from '../../scripts/deploy/stack.mjs';

// The deployment check runs deploy/nginx.conf itself, with only these swaps (scripts/deploy/stack.mjs).
describe('deploy/nginx.conf in the deployment check', () => {
  const source = readFileSync('deploy/nginx.conf', 'utf8');
  const opts = { dir: '/scratch', appPorts: [40001, 40004], httpPort: 40002, httpsPort: 40003 };

  it('swaps only the ports, the upstream, the certificate, the logs and the cache folder', () => {
    const conf: string = siteConfig(source, opts);
    expect(conf).toContain('server 127.0.0.1:40001 ');
    expect(conf).toContain('server 127.0.0.1:40004 ');
    expect(conf).toContain('access_log /scratch/logs/yibao.access.log yibao_no_query;');
    expect(conf).toContain('error_log /scratch/logs/yibao.error.log crit;');
    expect(conf).toContain('listen 127.0.0.1:40002;');
    expect(conf).toContain('listen 127.0.0.1:40003 ssl http2;');
    expect(conf).toContain('ssl_certificate     /scratch/tls/cert.pem;');
    expect(conf).toContain('proxy_cache_path /scratch/cache ');
    const directives = conf.split('\n').filter((l) => !l.trim().startsWith('#')).join('\n');
    expect(directives, 'nothing under /etc or /var, no IPv6 listener').not.toMatch(/\/etc\/|\/var\/|\[::\]/);
    const rest = (text: string) => text.split('\n').filter((l) => !/listen|server 127|ssl_certificate|proxy_cache_path|_log /.test(l)).join('\n');
    expect(rest(conf)).toBe(rest(source));
  });

  it('fails, naming the line, when the file no longer has the shape the check expects', () => {
    expect(() => siteConfig(source.replace('listen 80;', 'listen 8080;'), opts)).toThrow(/listen 80;/);
  });
});

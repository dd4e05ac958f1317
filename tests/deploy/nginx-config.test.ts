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

/** The directives of deploy/nginx.conf, without comments. */
function directives(text: string): string {
  return text.split('\n').map((l) => l.replace(/(^|\s)#.*$/, '')).filter((l) => l.trim()).join('\n');
}

// What the configuration promises, read from the file itself (the deployment check, tests/deploy,
// shows each of these at work in front of two instances).
describe('deploy/nginx.conf, statically', () => {
  const conf = directives(readFileSync('deploy/nginx.conf', 'utf8'));

  it('logs the path only: no query, Referer or User-Agent, and an error log that writes no request line', () => {
    const format = /log_format yibao_no_query ([^;]+);/.exec(conf)?.[1] ?? '';
    expect(format).toContain('$yibao_path');
    expect(format).not.toMatch(/\$(request\b|request_uri|request_line|args|arg_|query_string|is_args|http_referer|http_user_agent|http_)/);
    // $yibao_path: the request URI before its `?`.
    expect(conf).toMatch(/map \$request_uri \$yibao_path \{\s*"~\^\(\?<yibao_path_only>\[\^\?\]\*\)"\s+\$yibao_path_only;/);
    const servers = conf.split(/^server \{/m).slice(1);
    expect(servers).toHaveLength(2);
    for (const server of servers) {
      expect(server).toMatch(/^\s*access_log \S+ yibao_no_query;$/m);
      // nginx writes the request line, query string included, into every message of level error
      // and below: only crit, alert and emerg are written.
      expect(server).toMatch(/^\s*error_log \S+ (crit|alert|emerg);$/m);
    }
    expect(conf.match(/access_log /g)).toHaveLength(2);
  });

  it('passes on only the request headers it lists: never RSC, Next-Router-*, Next-Url, x-middleware-*, x-yibao-* or cookies', () => {
    expect(conf).toMatch(/^\s*proxy_pass_request_headers off;$/m);
    const passed = [...conf.matchAll(/proxy_set_header (\S+) ([^;]*);/g)].map((m) => [(m[1] ?? '').toLowerCase(), m[2] ?? '']);
    expect(passed.map(([name]) => name).sort()).toEqual(['accept', 'accept-encoding', 'accept-language', 'connection', 'host',
      'user-agent', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip']);
    // Nor a conditional request: the site's 304 would be stored and served to everyone.
    for (const [, value] of passed) expect(value).not.toMatch(/\$http_(rsc|next|x_middleware|x_nextjs|x_yibao|cookie|x_forwarded|if_)/);
  });

  it('keys the cache on the path (a query only for the pages that read one), ignores Vary, and stores no query, no API answer, no check or household page', () => {
    expect(conf).toMatch(/proxy_cache_key \$scheme\$host\$yibao_path\$yibao_key_query\$yibao_key_languages;/);
    expect(conf).toMatch(/proxy_ignore_headers Vary;/);
    const noCache = /map \$uri \$yibao_no_cache \{([^}]+)\}/.exec(conf)?.[1] ?? '';
    for (const path of ['/check/', '/household', '/api/v1/evaluate']) expect(noCache).toContain(path);
    expect(conf).toMatch(/proxy_cache_bypass \$yibao_no_cache;/);
    expect(conf).toMatch(/proxy_no_cache \$yibao_no_cache \$yibao_no_store;/);
    const noStore = /map "\$uri\?\$args" \$yibao_no_store \{([^}]+)\}/.exec(conf)?.[1] ?? '';
    expect(noStore).toMatch(/"~\\\?\."\s+1;/);
  });

  it('has an upstream of at least two instances with keepalive, retried for errors and 502/503, never for a non-idempotent request', () => {
    const upstream = /upstream yibao \{([^}]+)\}/.exec(conf)?.[1] ?? '';
    const servers = [...upstream.matchAll(/server 127\.0\.0\.1:(\d+)/g)].map((m) => m[1]);
    expect(servers).toEqual(['3000', '3001']);
    expect(upstream).toMatch(/keepalive \d+;/);
    expect(conf).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    expect(conf).not.toMatch(/non_idempotent/);
    expect(conf).toMatch(/proxy_read_timeout 10s;/);
    expect(conf).toMatch(/proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;/);
  });

  it('limits each client on the pages rendered per request and the API, and queues results for everyone, with 429', () => {
    for (const zone of ['yibao_render', 'yibao_results', 'yibao_all']) expect(conf).toMatch(new RegExp(`limit_req_zone \\$binary_remote_addr zone=${zone}:\\S+ rate=\\d+r/s;`));
    expect(conf).toMatch(/limit_conn_zone \$binary_remote_addr zone=yibao_render_conn:/);
    expect(conf).toMatch(/limit_req_zone \$server_name zone=yibao_results_all:\S+ rate=\d+r\/s;/);
    expect(conf).toMatch(/limit_req_status 429;/);
    expect(conf).toMatch(/limit_conn_status 429;/);
    const locations = conf.split(/(?=^\s*location )/m);
    const at = (head: RegExp) => locations.find((l) => head.test(l)) ?? '';
    const results = at(/location ~ \^\/\(zh-CN\|en\)\/\(check\/\(result/);
    expect(results).toMatch(/limit_req zone=yibao_results burst=\d+ nodelay;/);
    expect(results).toMatch(/limit_req zone=yibao_results_all burst=\d+;/);
    expect(results).toMatch(/limit_conn yibao_render_conn \d+;/);
    for (const head of [/location ~ \^\/\(zh-CN\|en\)\/\(check\/\|/, /location \^~ \/api\//]) {
      expect(at(head)).toMatch(/limit_req zone=yibao_render burst=\d+ nodelay;/);
      expect(at(head)).toMatch(/limit_conn yibao_render_conn \d+;/);
    }
  });

  it('answers its own errors with a short page in both languages, no-store, and Retry-After for 429 and 503', () => {
    const statuses = ['400', '405', '413', '414', '429', '494', '500', '502', '503', '504'];
    for (const server of conf.split(/^server \{/m).slice(1)) expect(server).toContain(`error_page ${statuses.join(' ')} /.yibao-error;`);
    const pages = /map \$status \$yibao_error_page \{([\s\S]+?)\n\}/.exec(conf)?.[1] ?? '';
    for (const status of statuses) {
      const page = new RegExp(`^\\s*${status} "([^\\n]+)";$`, 'm').exec(pages)?.[1] ?? '';
      const shown = status === '494' ? '400' : status;
      expect(page, status).toMatch(new RegExp(`<h1>${shown} [^<]*[\\u4e00-\\u9fff][^<]* <span lang='en'>/ [A-Z][^<]+</span></h1>`));
      expect(page, status).toMatch(/<p lang='en'>[^<]+<\/p>/);
      expect(page, status).toContain('医保参保向导');
    }
    expect(conf).toMatch(/map \$status \$yibao_retry_after \{ 429 "\d+"; 503 "\d+"; default ""; \}/);
    expect(conf).toMatch(/add_header Cache-Control \$yibao_error_cache_control always;/);
  });
});

describe('deploy/yibao@.service', () => {
  const unit = readFileSync('deploy/yibao@.service', 'utf8');
  const keys = (name: string) => [...unit.matchAll(new RegExp(`^${name}=(.*)$`, 'gm'))].map((m) => m[1]);

  it('runs one instance per port on loopback, with SITE_URL from a file, a memory limit, restarts and hardening', () => {
    expect(keys('Environment').join(' ')).toMatch(/HOSTNAME=127\.0\.0\.1 PORT=%i/);
    expect(keys('EnvironmentFile')).toEqual(['/etc/yibao/env']);
    expect(keys('ExecStart')).toEqual(['/usr/bin/node server.js']);
    expect(keys('MemoryMax')[0]).toMatch(/^\d+[MG]$/);
    expect(keys('Restart')).toEqual(['on-failure']);
    for (const [key, value] of [['NoNewPrivileges', 'yes'], ['ProtectSystem', 'strict'], ['PrivateTmp', 'yes'], ['DynamicUser', 'yes'], ['ProtectHome', 'yes']]) {
      expect(keys(key ?? ''), key).toEqual([value]);
    }
    expect(keys('Environment').join(' ')).not.toMatch(/CHECK_TODAY/);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module; it has no type declarations.
import { instanceNice, pagesPorts, siteConfig, unitNice, upstreamPorts } from '../../scripts/deploy/stack.mjs';

// The deployment check runs deploy/nginx.conf itself, with only these swaps (scripts/deploy/stack.mjs).
describe('deploy/nginx.conf in the deployment check', () => {
  const source = readFileSync('deploy/nginx.conf', 'utf8');
  const opts = { dir: '/scratch', appPorts: [40001, 40004, 3000], httpPort: 40002, httpsPort: 40003 };

  it('swaps only the ports, the upstream, the certificate, the logs and the cache folder', () => {
    const conf: string = siteConfig(source, opts);
    // Each of the file's ports, everywhere it is listed, and all at once (a scratch port may be one
    // of the file's: 3000 here).
    expect(upstreamPorts(conf)).toEqual([40001, 40004, 3000]);
    expect(conf.match(/server 127\.0\.0\.1:40001 /g)).toHaveLength(2);
    expect(conf).toMatch(/upstream yibao_pages \{\s*server 127\.0\.0\.1:3000 max_fails=1/);
    expect(pagesPorts(conf)).toEqual([3000]);
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
// shows each of these at work in front of the three instances).
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

  const upstream = (name: string) => [...conf.matchAll(/^upstream (\S+) \{([^}]+)\}/gm)].find((m) => m[1] === name)?.[2] ?? '';
  const servers = (block: string) => [...block.matchAll(/server 127\.0\.0\.1:(\d+)([^;]*);/g)].map((m) => `${m[1]}${/backup/.test(m[2] ?? '') ? ' backup' : ''}`);
  const locations = conf.split(/(?=^\s*location )/m);
  // The last: `location / {` is also the http server's redirect.
  const at = (head: RegExp) => [...locations].reverse().find((l) => head.test(l)) ?? '';

  it('renders on two instances and answers everything else from a third, each the other\'s backup, with keepalive, retried for errors and 502/503, never for a non-idempotent request', () => {
    expect(servers(upstream('yibao_render'))).toEqual(['3000', '3001', '3002 backup']);
    expect(servers(upstream('yibao_pages'))).toEqual(['3002', '3000 backup', '3001 backup']);
    // A busy render instance is never marked down; a pages instance that does not answer is, for a while.
    expect(upstream('yibao_render')).toMatch(/3000 max_fails=0;[\s\S]*3001 max_fails=0;/);
    expect(upstream('yibao_pages')).toMatch(/3002 max_fails=1 fail_timeout=\d+s;/);
    for (const name of ['yibao_render', 'yibao_pages']) expect(upstream(name)).toMatch(/keepalive \d+;/);
    expect(conf).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    expect(conf).toMatch(/proxy_next_upstream_tries 3;/);
    expect(conf).not.toMatch(/non_idempotent/);
    expect(conf).toMatch(/^\s{4}proxy_read_timeout 10s;$/m);
    expect(conf).toMatch(/proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;/);
    // Which pages go where: whatever renders the rules for each request to the render instances.
    const upstreamOf = (head: RegExp) => /proxy_pass http:\/\/(\w+);/.exec(at(head))?.[1];
    expect(upstreamOf(/location \/ \{/)).toBe('yibao_pages');
    expect(upstreamOf(/location ~ \^\/\(zh-CN\|en\)\/\(check\/\|search\)/)).toBe('yibao_pages');
    expect(upstreamOf(/location ~ \^\/\(zh-CN\|en\)\/\(check\/\(result/)).toBe('yibao_render');
    expect(upstreamOf(/location ~ \^\/\(zh-CN\|en\)\/poster/)).toBe('yibao_render');
    expect(upstreamOf(/location \^~ \/api\//)).toBe('yibao_render');
    // The pages instance answers in milliseconds: after 3 s it is hung, and the next one answers.
    for (const head of [/location \/ \{/, /location ~ \^\/\(zh-CN\|en\)\/\(check\/\|search\)/]) {
      expect(at(head)).toMatch(/proxy_read_timeout 3s;/);
      expect(at(head)).toMatch(/proxy_next_upstream_timeout 6s;/);
    }
    expect(conf.match(/proxy_pass http:\/\/\w+;/g)?.every((p) => /yibao_(pages|render)/.test(p))).toBe(true);
  });

  it('asks the instances for compressed answers: gzip for what may be cached (one copy, unpacked for a browser without gzip), the reader\'s own for the rest', () => {
    expect(conf).toMatch(/proxy_set_header Accept-Encoding \$yibao_accept_encoding;/);
    const map = /map "\$yibao_no_cache:\$http_accept_encoding" \$yibao_accept_encoding \{([^}]+)\}/.exec(conf)?.[1] ?? '';
    expect(map).toMatch(/"~\^1:\(\?<yibao_reader_encoding>\.\*\)\$"\s+\$yibao_reader_encoding;/);
    expect(map).toMatch(/default\s+gzip;/);
    expect(conf).toMatch(/^\s*gunzip on;$/m);
    expect(conf).toMatch(/^\s*gzip on;$/m);
  });

  it('limits each client on the pages rendered per request and the API, and queues results for everyone, with 429', () => {
    for (const zone of ['yibao_render', 'yibao_results', 'yibao_all']) expect(conf).toMatch(new RegExp(`limit_req_zone \\$binary_remote_addr zone=${zone}:\\S+ rate=\\d+r/s;`));
    expect(conf).toMatch(/limit_conn_zone \$binary_remote_addr zone=yibao_render_conn:/);
    expect(conf).toMatch(/limit_req_zone \$server_name zone=yibao_results_all:\S+ rate=\d+r\/s;/);
    expect(conf).toMatch(/limit_req_status 429;/);
    expect(conf).toMatch(/limit_conn_status 429;/);
    const results = at(/location ~ \^\/\(zh-CN\|en\)\/\(check\/\(result/);
    expect(results).toMatch(/limit_req zone=yibao_results burst=\d+ nodelay;/);
    expect(results).toMatch(/limit_req zone=yibao_results_all burst=\d+;/);
    expect(results).toMatch(/limit_conn yibao_render_conn \d+;/);
    for (const head of [/location ~ \^\/\(zh-CN\|en\)\/\(check\/\|/, /location ~ \^\/\(zh-CN\|en\)\/poster/, /location \^~ \/api\//]) {
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

  it('runs the render instances below normal CPU priority, and the pages instance (its drop-in) at normal priority, as the deployment check starts them', () => {
    expect(keys('Nice')).toEqual(['10']);
    expect(keys('CPUWeight')).toEqual(['20']);
    const dropIn = readFileSync('deploy/yibao-pages.conf', 'utf8');
    expect(dropIn).toMatch(/^\[Service\]$/m);
    expect(unitNice(dropIn)).toBe(0);
    expect(dropIn).toMatch(/^CPUWeight=100$/m);
    // The drop-in's port is the pages instance of deploy/nginx.conf.
    const source = readFileSync('deploy/nginx.conf', 'utf8');
    expect(dropIn).toContain(`yibao@${pagesPorts(source)[0]}.service.d/`);
    expect(instanceNice(source, [1, 2, 3])).toEqual({ 1: 10, 2: 10, 3: 0 });
  });
});

describe('deploy/yibao-watchdog@.service and .timer', () => {
  const service = readFileSync('deploy/yibao-watchdog@.service', 'utf8');
  const timer = readFileSync('deploy/yibao-watchdog@.timer', 'utf8');

  it('asks each running instance for a page now and then, and kills one that answers nothing in three tries, for its unit to restart', () => {
    const exec = /^ExecStart=(.*)$/m.exec(service)?.[1] ?? '';
    expect(exec).toContain('systemctl is-active --quiet yibao@%i.service || exit 0;');
    expect(exec).toContain('http://127.0.0.1:%i/');
    expect(exec).toMatch(/AbortSignal\.timeout\(\d+\)/);
    expect(exec).toMatch(/systemctl kill --signal=SIGKILL yibao@%i\.service'$/);
    expect(service).toMatch(/^Type=oneshot$/m);
    expect(timer).toMatch(/^OnUnitInactiveSec=\d+s$/m);
    expect(timer).toMatch(/^WantedBy=timers\.target$/m);
    // yibao@.service restarts what the watchdog kills.
    expect(readFileSync('deploy/yibao@.service', 'utf8')).toMatch(/^Restart=on-failure$/m);
  });
});

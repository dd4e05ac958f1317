import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_QUERY_LENGTH, REQUEST_LINE_KB } from '@/lib/security/limits';

// The reverse proxy follows the site's bounds (lib/security/limits.ts), worked out from the site's
// own formats: it refuses a query string one character longer than the proxy accepts, and its
// request-line buffer holds the longest query the proxy accepts with room for the path.
const conf = readFileSync(path.join(__dirname, '../../deploy/nginx.conf'), 'utf8');
const servers = conf.split(/^server\s*\{/m).slice(1);

describe('deploy/nginx.conf follows lib/security/limits.ts', () => {
  it('has two server blocks, each with the limits', () => {
    expect(servers.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses exactly the query strings longer than MAX_QUERY_LENGTH, in every server block', () => {
    const blocks = servers.filter((s) => /\$args ~/.test(s));
    expect(blocks.length).toBe(servers.length);
    for (const block of blocks) {
      const found = [...block.matchAll(/if \(\$args ~ "\^\.\{(\d+)\}"\)/g)].map((m) => Number(m[1]));
      expect(found).toEqual([MAX_QUERY_LENGTH + 1]);
      // The pattern means what it says: a query of MAX_QUERY_LENGTH passes, one more character does not.
      const re = new RegExp(`^.{${found[0]}}`);
      expect(re.test('a'.repeat(MAX_QUERY_LENGTH))).toBe(false);
      expect(re.test('a'.repeat(MAX_QUERY_LENGTH + 1))).toBe(true);
    }
  });

  it('its request-line buffers are REQUEST_LINE_KB, in every server block', () => {
    for (const block of servers) {
      const found = [...block.matchAll(/large_client_header_buffers\s+(\d+)\s+(\d+)k;/g)].map((m) => Number(m[2]));
      expect(found).toEqual([REQUEST_LINE_KB]);
    }
  });
});

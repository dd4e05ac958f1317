/**
 * `/{locale}/search?q=…` is answered by the results route; `/{locale}/search` alone is the
 * prerendered page. The proxy sees (and knows) only `/{locale}/search`: this rewrite, applied by
 * Next after the proxy and inside the server, sends a request with `q` to the route.
 * (No imports here: next.config.ts loads this file.)
 */
export const searchRewrite = {
  source: '/:locale(zh-CN|en)/search',
  has: [{ type: 'query' as const, key: 'q' }],
  destination: '/:locale/search/results',
};

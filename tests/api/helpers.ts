/** Helpers for the API tests. Each test file mocks `next-intl/server` itself (vi.mock is hoisted per file). */
export const ORIGIN = 'http://localhost:3000';

/** A GET for `path` (with its query), as Next hands it to a route handler. */
export const get = (path: string) => new Request(`${ORIGIN}${path}`);

export async function json(res: Response): Promise<Record<string, unknown>> {
  return JSON.parse(await res.text()) as Record<string, unknown>;
}

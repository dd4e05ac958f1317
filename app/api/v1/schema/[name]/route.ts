import { jsonResponse, CACHE_STATIC } from '@/lib/api/http';
import { SCHEMA_NAMES, type SchemaName } from '@/lib/api/paths';
import { jsonSchema } from '@/lib/api/schemas';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return SCHEMA_NAMES.map((n) => ({ name: `${n}.json` }));
}

/** GET /api/v1/schema/<name>.json: a JSON Schema generated from the site's zod schemas (lib/api/schemas.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const name = (await params).name.replace(/\.json$/, '');
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    return jsonResponse({ error: 'not-found', schemas: SCHEMA_NAMES.map((n) => `${n}.json`) }, { status: 404, cacheControl: 'public, max-age=600' });
  }
  return jsonResponse(jsonSchema(name as SchemaName), { cacheControl: CACHE_STATIC });
}

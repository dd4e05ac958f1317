// Types of document-routes.mjs (a plain ES module: the post-build scripts run under Node without a TypeScript loader).
export type Serve = 'document' | 'deferred';
export interface DocumentRoute { readonly route: string; readonly serve: Serve; readonly router?: 'pages' }
export declare const MANIFEST: string;
export declare const SERVED_ROUTES: readonly DocumentRoute[];
export declare const DOCUMENT_ROUTES: readonly string[];
export declare function routeOfPage(page: string): { route: string; serve: Serve; router?: 'pages'; params: Record<string, string> } | null;
export declare const LAYER_PATH: RegExp;

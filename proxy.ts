import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

// Everything except Next internals and files with an extension (icon.svg, robots.txt, sitemap.xml).
export const config = { matcher: '/((?!api|_next|_vercel|.*\\..*).*)' };

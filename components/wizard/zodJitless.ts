import * as z from 'zod/mini';

// Imported first by client code: zod must not probe `Function("")` (eval), which the CSP forbids
// and which the browser reports as a CSP issue. Its schemas are built when lib/rules is imported,
// so this must run before that.
z.config({ jitless: true });

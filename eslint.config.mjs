import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Layers that do not leak (issue 22). ESLint keeps one set of options per rule and file, so every
// block below that sets no-restricted-imports lists all the patterns that apply to its files.
//
// Nothing in lib/ imports from components/ or app/: what a page and lib/ both need lives in lib/
// (the result's wording, shared by the result page and the API, is lib/result).
const NOT_UP = [
  { regex: '^@/(components|app)(/|$)', message: 'lib/ must not import from components/ or app/: move what both use into lib/ (e.g. lib/result).' },
  { regex: '^(\\.\\./)+(components|app)(/|$)', message: 'lib/ must not import from components/ or app/: move what both use into lib/ (e.g. lib/result).' },
];
// Outside lib/rules, the rules library is its public index.ts: '@/lib/rules', never a file inside it.
// Tests may import internals (they test them); everything else asks index.ts to re-export.
const NOT_DEEP = [
  { regex: '^@/lib/rules/', message: "Import from '@/lib/rules' (lib/rules/index.ts), not a file inside it; re-export what you need there." },
  { regex: '^(\\.\\.?/)+(lib/)?rules/', message: "Import from '@/lib/rules' (lib/rules/index.ts), not a file inside it; re-export what you need there." },
];
// The check validates on the server only.
const NO_FORM_LIBRARY = [{ group: ['react-hook-form', '@hookform/*'], message: 'The check validates on the server only (lib/wizard/validate.ts).' }];
const restrict = (...sets) => ['error', { patterns: sets.flat() }];
const SOURCE = ['**/*.{ts,tsx,mts,js,mjs}'];
const TESTS = ['tests/**'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: SOURCE, ignores: [...TESTS, 'lib/**'], rules: { 'no-restricted-imports': restrict(NOT_DEEP) } },
  { files: ['lib/**/*.{ts,tsx}'], ignores: ['lib/rules/**'], rules: { 'no-restricted-imports': restrict(NOT_UP, NOT_DEEP) } },
  {
    // The rules library is pure TypeScript: no UI, no framework, no clock (see lib/rules/README.md).
    files: ['lib/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/rules must not depend on React.' },
          { group: ['next', 'next/*', 'next-intl', 'next-intl/*'], message: 'lib/rules must not depend on Next or next-intl.' },
          { group: ['@/app/*', '@/components/*', '@/lib/i18n/*'], message: 'lib/rules must not depend on UI code.' },
          ...NOT_UP,
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in lib/rules: take asOf as an argument.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in lib/rules: take asOf as an argument.' },
      ],
    },
  },
  {
    // The check's pages are documents: the standalone server sends them without Next's runtime
    // (scripts/postbuild/document-response.mjs), and the build refuses a check route that uses a
    // client component (scripts/postbuild/strip-prerendered.mjs). This says so where the code is written.
    // The result (pages/, the Pages Router with unstable_runtimeJS: false) sends no script at all.
    files: ['app/[[]locale]/check/**/*.{ts,tsx}', 'pages/**/*.{ts,tsx}', 'components/wizard/**/*.{ts,tsx}', 'lib/wizard/**/*.ts', 'lib/result/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "Program > ExpressionStatement[directive='use client']",
        message: "The check's pages run no framework code in the browser: render this on the server; an enhancement is a small inline script allowed by its hash (lib/security/inline-scripts.ts).",
      }],
      'no-restricted-imports': restrict(NOT_DEEP, NO_FORM_LIBRARY),
    },
  },
  { files: ['lib/wizard/**/*.ts', 'lib/result/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(NOT_UP, NOT_DEEP, NO_FORM_LIBRARY) } },
  {
    // The people editor's own script is React and the form: the rules library comes in its own module
    // (lib/household/editor-engine.ts, a dynamic import at the first use). A value imported from the
    // rules, or from a module that imports them, would put all of it back into the page's first load.
    files: ['components/tools/PeopleEditor.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['@/lib/rules', '@/lib/rules/*', '@/lib/household/editor', '@/lib/household/form', '@/lib/household/editor-engine', '@/lib/wizard/*', 'zod', 'zod/*'],
          allowTypeImports: true,
          message: 'Types only here: the rules load with lib/household/editor-engine.ts (import()) at the first use of the form.',
        }],
      }],
    },
  },
  globalIgnores(['.next/**', '.next-bench/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.bench/**']),
]);

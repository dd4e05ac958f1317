import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The rules library is pure TypeScript: no UI, no framework, no clock (see lib/rules/README.md).
    files: ['lib/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/rules must not depend on React.' },
          { group: ['next', 'next/*', 'next-intl', 'next-intl/*'], message: 'lib/rules must not depend on Next or next-intl.' },
          { group: ['@/app/*', '@/components/*', '@/lib/i18n/*'], message: 'lib/rules must not depend on UI code.' },
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
    // client component (scripts/postbuild/document-only.mjs). This says so where the code is written.
    files: ['app/[[]locale]/check/**/*.{ts,tsx}', 'components/wizard/**/*.{ts,tsx}', 'lib/wizard/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "Program > ExpressionStatement[directive='use client']",
        message: "The check's pages run no framework code in the browser: render this on the server; an enhancement is a small inline script allowed by its hash (lib/security/inline-scripts.ts).",
      }],
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react-hook-form', '@hookform/*'], message: 'The check validates on the server only (lib/wizard/validate.ts).' }],
      }],
    },
  },
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

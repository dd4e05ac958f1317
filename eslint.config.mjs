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
    // Code that runs in the browser (the wizard's form and what it imports) takes the rules module
    // by module: the index also exports every parameter with its sources, about 8 kB gz the form never uses.
    files: ['components/wizard/QuestionForm.tsx', 'components/wizard/zodJitless.ts', 'lib/wizard/steps.ts', 'lib/wizard/validate.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: '@/lib/rules', message: 'Import from @/lib/rules/answers, /flow, /vocab or /url: this file is in the client bundle.' }],
        patterns: [{ group: ['@/lib/rules/parameters*', '@/lib/rules/engine*', '@/lib/rules/evaluate', '@/lib/rules/registry', '@/lib/rules/figures'], message: 'Not in the client bundle.' }],
      }],
    },
  },
  globalIgnores(['.next/**', '.next-bench/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.bench/**']),
]);

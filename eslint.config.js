import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Page text never reaches innerHTML: build nodes or use Preact.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Page text never reaches outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Page text never reaches an HTML sink.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text never reaches an HTML sink.',
        },
      ],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**'], message: 'src/ never imports from entrypoints/.' },
          ],
          paths: [
            { name: 'zod', message: "Use 'zod/mini': classic zod adds ~27 kB gzip per bundle." },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt/*', 'webextension-polyfill', '**/platform/**', '**/messaging/**'],
              message: 'The engine is pure: no browser extension API.',
            },
            { group: ['**/entrypoints/**'], message: 'src/ never imports from entrypoints/.' },
          ],
          paths: [{ name: 'zod', message: "Use 'zod/mini'." }],
        },
      ],
    },
  },
);

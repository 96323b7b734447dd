import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    // Markup from strings is where names typed by people become elements (issue 8, hole 9): ECharts sets a tooltip
    // formatter's result as innerHTML, so it must come from safeHtml`…` or escapeHtml (apps/web/src/lib/html.ts).
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Property[key.name='tooltip'] Property[key.name='formatter'] > ArrowFunctionExpression:not([body.type='BlockStatement'], [body.callee.name='escapeHtml'], [body.property.name='markup'], [body.type='Literal'])",
          message:
            'A tooltip formatter returns HTML: return safeHtml`…`.markup or escapeHtml(…) (lib/html.ts).',
        },
        {
          selector:
            "Property[key.name='tooltip'] Property[key.name='formatter'] ReturnStatement:not([argument.callee.name='escapeHtml'], [argument.property.name='markup'], [argument.type='Literal'])",
          message:
            'A tooltip formatter returns HTML: return safeHtml`…`.markup or escapeHtml(…) (lib/html.ts).',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message:
            'No raw HTML in React: render text, or build it with safeHtml`…` (lib/html.ts) and say why.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No raw HTML: set textContent, or build it with safeHtml`…` (lib/html.ts).',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

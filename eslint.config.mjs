// Lint: typescript-eslint strictTypeChecked across back end, harness, UI and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'static/build/**',
      'coverage/**',
      '.data/**',
      'bin/**',
      'scripts/deploy/forge-runtime-stand-in/**',
      '*.config.js',
      'eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@forge/ui', '@forge/ui/*'], message: '@forge/ui (UI Kit 1) is retired; use Custom UI.' }] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@forge/*'], message: 'The domain is pure: no Forge SDKs.' },
            { group: ['**/adapters/**', '**/resolvers/**', '**/triggers/**', '**/app/**', '**/local/**'], message: 'The domain imports only the domain.' },
            // A feature folder sits two levels below src/, so climbing two levels leaves the domain.
            { regex: '^(\\.\\./){2,}', message: 'The domain imports only the domain.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain reads no clock: take now as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain reads no clock: take now as a parameter.' },
      ],
    },
  },
  {
    files: ['src/domain/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@forge/*'], message: 'The domain is pure: no Forge SDKs.' },
            { regex: '^\\.\\./', message: 'The domain imports only the domain.' },
          ],
        },
      ],
    },
  },
  {
    // The UI reaches the back end only through the contract and the domain's public entry points (index.ts), so a
    // domain feature can rearrange its files without the UI noticing (src/domain/assert-never, a language helper, is a file
    // at the domain's root and passes as such).
    // src/ports/field-mapping is a known exception until the contract carries FieldMapping.
    files: ['static/app/**/*.ts', 'static/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@forge/ui', '@forge/ui/*'], message: '@forge/ui (UI Kit 1) is retired; use Custom UI.' },
            {
              regex: '^(\\.\\./)+src/(?!contract/[a-z-]+$|domain/[a-z-]+(/index)?$|ports/field-mapping$)',
              message: 'The UI imports only src/contract and the public entry point of a domain feature (src/domain/<feature>).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

// Lint: TypeScript strict rules, React hooks, and the one-way layers of src/ (DEVELOPERS.md):
// components → store → lib/{ingest,metrics,calculator,share,export} → lib/db. Nothing imports upward.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.tmp/',
      'node_modules/',
      'test-results/',
      'test/fixtures/',
      'sample-data/*.csv',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  importX.flatConfigs.typescript,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/components',
              './src/lib/db',
              'Components never touch DuckDB: use a store action or useQuery.',
            ),
            zone('./src/lib', './src/store', 'lib/ is below the store.'),
            zone('./src/lib', './src/components', 'lib/ is below the components.'),
            zone('./src/store', './src/components', 'The store is below the components.'),
            zone('./src/lib/calculator', './src/lib/db', 'The calculator is pure: no DuckDB.'),
            zone('./src/lib/calculator', './src/lib/ingest', 'The calculator is pure.'),
            zone('./src/lib/calculator', './src/lib/metrics', 'The calculator is pure.'),
            zone('./src/lib/db', './src/lib/ingest', 'lib/db is the bottom layer.'),
            zone('./src/lib/db', './src/lib/metrics', 'lib/db is the bottom layer.'),
            zone('./src/lib/ingest', './src/lib/metrics', 'Ingest does not depend on metrics.'),
            zone('./src/lib/time', './src/lib/db', 'lib/time is pure: Intl only, no DuckDB.'),
            zone('./src/lib/time', './src/lib/ingest', 'lib/time is pure.'),
            zone('./src/lib/time', './src/lib/metrics', 'lib/time is pure.'),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);

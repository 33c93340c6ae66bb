// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'benchmarks/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Browser files served as they are: the service worker and its registration.
  { files: ['src/offline/service-worker.js', 'src/offline/desk-worker.js'], languageOptions: { globals: { ...globals.serviceworker } } },
  { files: ['public/sw-register.js'], languageOptions: { globals: { ...globals.browser } } },
);

// ESLint for TypeScript and Astro components: the recommended rules of ESLint, typescript-eslint
// and eslint-plugin-astro. Formatting is Prettier's job (.prettierrc.json); `npm run lint` runs both.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'reports/', 'test-results/', 'content/', '.venv/', '.venv-*/', '.bench/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build code, commands and tests run in Node; component scripts in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter a callback signature requires but the code does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Patterns over YAML match its indentation, which reads best as the spaces it is.
      'no-regex-spaces': 'off',
    },
  },
);

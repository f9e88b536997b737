// Lint rules for Commfolio's code (npm run lint). Formatting is Prettier's job (.prettierrc.json).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist.*/', '.astro/', '.cache/', 'node_modules/', 'tests/.tmp/', 'tests/fixtures/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are dead code; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions after a check the compiler cannot follow are part of this codebase's style (noUncheckedIndexedAccess).
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // The browser scripts run in the page.
  { files: ['src/scripts/**'], languageOptions: { globals: { ...globals.browser } } },
  // Tests read JSON of any shape (feeds, JSON-LD, resumes) and assert on it.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  prettier,
);

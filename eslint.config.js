// ESLint flat config: typescript-eslint's recommended rules over everything we
// write (src, test, scripts, bench), with Prettier owning layout
// (eslint-config-prettier turns off every rule Prettier would fight with).
// `npm run lint` runs ESLint, then `prettier --check`.
//
// No type-aware rules (recommendedTypeChecked): measured on this code they
// take ~60 s and 1.4 GB for one run (this config: a few seconds) and report
// 600 findings that are almost all no-unsafe-* on parsed JSON, while the rules
// worth their cost (no-floating-promises, no-misused-promises) find nothing.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // dist/ is the ncc bundle (generated, committed for the runner); the
  // generated input types are checked byte-for-byte against a fresh
  // generation by test/buffer/input-types.test.ts.
  globalIgnores(['dist/', 'coverage/', 'bench/.work/', '.tmp/', 'src/buffer/input-types.generated.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // Everything here runs on Node (the action, the CLI, the sandbox, the tests).
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberate: a parameter a callback signature
      // requires, or a value destructured away.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Every control character in our regular expressions is the point of the
      // expression: terminal escapes stripped from output, control characters
      // refused in post text and front-matter. The rule guards against typos
      // we do not make this way.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read raw JSON answers (the sandbox over HTTP, the official CLI,
    // GitHub's webhook examples) and assert on their shape; `any` is the honest
    // type of what they inspect. Product code keeps the rule.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);

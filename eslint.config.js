// ESLint for every hand-written JavaScript file: the package's API layer (js/), the page (www/),
// the benchmarks, the tests and the scripts. `make test` runs it (scripts/lint.sh). ESLint's
// recommended rules, plus a few that catch real mistakes; formatting is left to the authors.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    ignores: ["pkg/", "target/", "fuzz/", "node_modules/", "bench/dist/", "test-results/", "**/node_modules/", "**/dist/"],
  },
  js.configs.recommended,
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: "module",
      // Code runs in Node, in pages and in workers; tests hand functions to the browser
      // (page.evaluate), so every file may name both.
      globals: { ...globals.browser, ...globals.worker, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-var": "error",
      "prefer-const": "error",
      "no-implicit-globals": "error",
      "no-shadow-restricted-names": "error",
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    files: ["www/sw.js"],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
];

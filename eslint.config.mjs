// Lint: the Office add-in rules (sync-before-read, no sync in loops) over src and tests,
// plus the architecture's boundaries, which import rules alone cannot catch because the
// Office typings declare Excel/Office as globals for every file.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const officeGlobals = ["Excel", "Office", "OfficeExtension"];
const restrict = (names, why) => names.map((name) => ({ name, message: why }));

export default [
  { ignores: ["dist/**", "dist-test/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...tseslint.configs.recommended,
  // The plugin's file pattern leaves out .tsx (the task pane is all .tsx), and it bundles an
  // older @typescript-eslint whose rules break on current ESLint: use the project's instead.
  ...officeAddins.configs.react.map((config) => {
    if (!config.files) return config;
    const { "@typescript-eslint": _older, ...plugins } = config.plugins;
    return { ...config, plugins, files: [...config.files, "**/*.tsx"] };
  }),
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // TypeScript checks undefined names itself, with the right globals per tsconfig.
    files: ["**/*.{ts,tsx}"],
    rules: { "no-undef": "off" },
  },
  {
    rules: {
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "prettier/prettier": ["error", { endOfLine: "auto" }],
    },
  },
  {
    files: ["**/*.{js,cjs}", "scripts/**/*.mjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**/*.mjs", "bench/**/*.{ts,mjs}"],
    languageOptions: { sourceType: "module" },
  },
  {
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "@fluentui/*", "exceljs"],
              message: "src/domain is pure TypeScript.",
            },
            {
              group: ["**/workbook/**", "**/taskpane/**", "**/preview/**"],
              message: "Dependencies point inward: the domain imports only the domain.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...restrict(
          [...officeGlobals, "window", "document", "localStorage"],
          "src/domain is pure TypeScript."
        ),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Pass time in; the domain has no clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Pass time in; the domain has no clock.",
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...restrict(officeGlobals, "Office.js belongs in src/workbook."),
      ],
    },
  },
  {
    // The port is the whole contract the pane sees. Only the composition root (index.tsx)
    // picks the adapter; the pane's tests follow the same rule.
    files: ["src/taskpane/**", "tests/taskpane/**"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/workbook/**", "!**/workbook/port"],
              message: "The pane knows the workbook only through src/workbook/port.ts.",
            },
          ],
        },
      ],
    },
  },
];

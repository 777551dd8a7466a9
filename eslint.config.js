// Lint, and the process boundaries: what may import electron, and who may see whose code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const electronOnlyAtTheEdge = {
  name: 'electron',
  message:
    'Only main/electron/** and preload/index.ts may import electron at run time (type imports are fine).',
  allowTypeImports: true,
};

/** @param {{ paths?: object[], patterns?: object[] }} rules */
const restrict = ({ paths = [], patterns = [] }) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

/** What the renderer may not import at all; the folder rules below add to it. */
const rendererOnly = {
  paths: [{ name: 'electron', message: 'The renderer talks to window.desk only.' }],
  patterns: [
    {
      group: ['**/main/**', '**/emulator/**', 'node:*'],
      message: 'The renderer never sees main-process code.',
    },
    {
      group: ['**/preload/**'],
      message: 'The renderer may import only types from the preload contract.',
      allowTypeImports: true,
    },
  ],
};

/** The renderer's feature folders (renderer/src/<name>), each with an index.ts for the others. */
export const rendererFeatures = [
  'dashboard',
  'accounts',
  'sign-in',
  'consent',
  'app-setup',
  'settings',
];

/** From `folder`, another feature's files are off limits; its index ('../sign-in') is not. */
const throughIndex = (folder) => {
  const others = rendererFeatures.filter((feature) => feature !== folder);
  return {
    regex: `^(\\.\\./)+(${others.join('|')})/.+`,
    message:
      "Another feature is imported through its index.ts only (e.g. '../sign-in'), never its files; add what you need there.",
  };
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-test/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.emulator-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // Everything that is not an Electron adapter stays free of electron at run time.
  {
    files: [
      'main/core/**',
      'emulator/**',
      'e2e/**',
      'scripts/**',
      'preload/contract/**',
      'preload/bridge.ts',
    ],
    rules: restrict({
      paths: [electronOnlyAtTheEdge],
      patterns: [
        {
          group: ['**/main/electron/**'],
          message: 'The core may not depend on the Electron shell (nor on its stand-in).',
        },
      ],
    }),
  },
  // The Electron stand-in is for tests: no shipped file may reach it.
  {
    files: ['main/electron/**/*.ts', 'preload/index.ts'],
    ignores: ['**/*.test.ts', 'main/electron/stand-in/**'],
    rules: restrict({
      patterns: [
        { group: ['**/stand-in/**'], message: 'The Electron stand-in is for tests only.' },
      ],
    }),
  },
  // Playwright fixtures declare their dependencies with an (often empty) object pattern.
  { files: ['e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  // The emulator is a separate system: it knows nothing of the app.
  {
    files: ['emulator/**'],
    rules: restrict({
      paths: [electronOnlyAtTheEdge],
      patterns: [
        {
          group: ['**/main/**', '**/preload/**', '**/renderer/**'],
          message: 'The emulator must not depend on the app.',
        },
      ],
    }),
  },
  // The preload sees only the contract and the bridge factory.
  {
    files: ['preload/**'],
    // Its tests run the preload on the Electron stand-in (main/electron/stand-in).
    ignores: ['preload/index.ts', 'preload/**/*.test.ts'],
    rules: restrict({
      paths: [electronOnlyAtTheEdge],
      patterns: [
        {
          group: ['**/main/**', '**/renderer/**', 'node:*'],
          message: 'The preload holds only the contract and the bridge.',
        },
      ],
    }),
  },
  // The renderer is a web page: no electron, no Node, no main code; only the bridge's types.
  {
    files: ['renderer/src/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(rendererOnly),
    },
  },
  // Inside the renderer: app/ composes the features, each feature uses another one only through
  // its index.ts, and ui/, bridge/ and lib/ know no feature at all.
  ...['app', ...rendererFeatures].map((folder) => ({
    files: [`renderer/src/${folder}/**`],
    rules: restrict({
      paths: rendererOnly.paths,
      patterns: [...rendererOnly.patterns, throughIndex(folder)],
    }),
  })),
  {
    files: ['renderer/src/{ui,bridge,lib}/**'],
    rules: restrict({
      paths: rendererOnly.paths,
      patterns: [
        ...rendererOnly.patterns,
        {
          regex: `^(\\.\\./)+(app|${rendererFeatures.join('|')})(/|$)`,
          message: 'ui/, bridge/ and lib/ serve the features and know none of them (nor app/).',
        },
      ],
    }),
  },
  // What runs before every page (the preload, and its bridge factory) checks names, not
  // payloads: value imports come from contract/names.ts, so the schemas and zod stay out of it.
  {
    files: ['preload/index.ts', 'preload/bridge.ts', 'e2e/harness/page-bridge.ts'],
    rules: restrict({
      paths: [{ name: 'zod', message: 'The preload checks names only; main parses payloads.' }],
      patterns: [
        { group: ['**/stand-in/**'], message: 'The Electron stand-in is for tests only.' },
        {
          regex: '(^|/)contract(/index)?$',
          allowTypeImports: true,
          message:
            "Import names from './contract/names'; the schemas (and zod) would run before every page.",
        },
      ],
    }),
  },
);

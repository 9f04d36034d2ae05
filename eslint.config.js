// ESLint flat config: typescript-eslint's recommended rules (syntax only, no type information, so lint
// stays fast) plus the layer boundaries of docs/ARCHITECTURE.md, written as `no-restricted-imports`.
// Why the boundaries are generated per folder depth: docs/adr/0005-lint-enforced-layers.md.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const SOURCE = ['**/*.{ts,tsx,mts,cts}'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
/** Folders nest at most this deep under a layer; deeper files would escape the boundary rules. */
export const MAX_DEPTH = 8;

/** Domains named in DESIGN.md plus whatever src/domains holds today. */
const domains = [
  ...new Set([
    'catalog',
    'clusters',
    'search',
    'partnerships',
    'transactions',
    'measurement',
    'insights',
    ...safeReaddir(new URL('./src/domains/', import.meta.url)),
  ]),
].sort();

function safeReaddir(url) {
  try {
    return readdirSync(url, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Start of a regex for a relative specifier climbing exactly `n` folders (n = 0 means `./`). */
const up = (n) => (n === 0 ? '^\\./' : `^(?:\\./)?(?:\\.\\./){${n}}`);

/** `name/…` or `name` itself, where name is one of `names` (folders) under the climbed folder. */
const folders = (names) => `(?:${names.map(escape).join('|')})(?:/|$)`;
/** The top-level entry files of src/ (with or without the .js suffix). */
const ENTRY_FILES = '(?:app|server|main)(?:\\.js)?$';
const TESTING_ONLY = 'src/testing is for tests only.';

/**
 * One ESLint config block per folder depth: `files` matches the files exactly `depth` folders below
 * `base`, and `patterns(depth)` returns the no-restricted-imports patterns for them.
 */
function layer(base, patterns) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    name: `stitch/boundaries/${base}/depth-${depth}`,
    files: [`${base}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: patterns(depth) }] },
  }));
}

// src/platform: the bottom layer. A file `depth` folders below src/platform reaches src/ with depth + 1 `../`.
const platform = layer('src/platform', (depth) => [
  {
    regex: up(depth + 1) + folders(['domains', 'channels', 'ui', 'cli', 'demo', 'testing']),
    message:
      'src/platform is the bottom layer: it may not import domains, channels, ui, cli, demo or testing.',
  },
  {
    regex: up(depth + 1) + ENTRY_FILES,
    message: 'src/platform may not import app, server or main.',
  },
]);

// src/domains/<name>: src/domains is depth + 1 `../` away, src/ is depth + 2.
const domainBlocks = domains.flatMap((name) =>
  layer(`src/domains/${name}`, (depth) => [
    {
      regex: up(depth + 2) + folders(['channels', 'ui', 'cli', 'demo', 'testing']),
      message:
        'A domain may not import channels, ui, cli, demo or testing (no HTTP, no rendering in a domain).',
    },
    {
      regex: up(depth + 2) + ENTRY_FILES,
      message: 'A domain may not import app, server or main.',
    },
    {
      // `../other` or `../other/anything` except `../other/index.js`; the domain's own name is allowed.
      regex: `${up(depth + 1)}(?!${escape(name)}/)[^./][^/]*(?:/(?!index\\.js$).*)?$`,
      message: 'Another domain is reached only through its index: import `<domain>/index.js`.',
    },
    {
      regex: `${up(depth + 2)}domains/(?!${escape(name)}/)[^./][^/]*(?:/(?!index\\.js$).*)?$`,
      message: 'Another domain is reached only through its index: import `<domain>/index.js`.',
    },
    {
      regex: '^(?:fastify(?:-[^/]*)?|@fastify/[^/]+)(?:/.*)?$',
      message: 'Domains know nothing of HTTP: Fastify belongs in src/channels.',
    },
  ]),
);

// src/ui: presentational components; they may import preact and src/platform/i18n, nothing else outside ui.
const ui = layer('src/ui', (depth) => [
  {
    regex: `${up(depth + 1)}(?!platform/i18n(?:/|$))`,
    message: 'src/ui may import only src/platform/i18n (and preact).',
  },
  {
    regex: '^(?![./])(?!preact(?:-render-to-string)?(?:/|$))',
    message: 'src/ui may import only preact and preact-render-to-string among packages.',
  },
]);

// src/channels: thin renderers over domains; they never reach up to the CLI, the demo data or the entry files.
const channels = layer('src/channels', (depth) => [
  {
    regex: up(depth + 1) + folders(['cli', 'demo', 'testing']),
    message: 'src/channels may not import src/cli, src/demo or src/testing.',
  },
  { regex: up(depth + 1) + ENTRY_FILES, message: 'src/channels may not import app, server or main.' },
]);

// The rest of src/ (entry files, cli, demo) may import any layer, but not the test helpers.
const top = [
  ...layer('src', () => [{ regex: `${up(0)}${folders(['testing'])}`, message: TESTING_ONLY }]).slice(0, 1),
  ...['src/cli', 'src/demo'].flatMap((base) =>
    layer(base, (depth) => [{ regex: up(depth + 1) + folders(['testing']), message: TESTING_ONLY }]),
  ),
];

export default defineConfig(
  {
    name: 'stitch/ignores',
    ignores: ['node_modules/', 'test-results/', 'coverage/', '.stitch/', '.stitch-*/', 'bench/out/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'stitch/node-globals',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    name: 'stitch/typescript',
    files: SOURCE,
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  ...top,
  ...platform,
  ...domainBlocks,
  ...ui,
  ...channels,
);

// The layer boundaries of eslint.config.js, checked with ESLint's own API on snippets with made-up paths:
// each forbidden import must be reported, each allowed one must not.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The boundary messages ESLint gives for `code` as if it were the file `file` (relative to the root). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  expect(result, `${file} was linted`).toBeDefined();
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importOf = (specifier: string) => `import * as m from '${specifier}';\nexport { m };\n`;

type Case = [file: string, specifier: string];

function expectForbidden(cases: Case[]) {
  it.each(cases)('%s may not import %s', async (file, specifier) => {
    expect(await boundaryErrors(file, importOf(specifier))).toHaveLength(1);
  });
}

function expectAllowed(cases: Case[]) {
  it.each(cases)('%s may import %s', async (file, specifier) => {
    expect(await boundaryErrors(file, importOf(specifier))).toEqual([]);
  });
}

describe('src/platform', () => {
  expectForbidden([
    ['src/platform/index.ts', '../domains/catalog/index.js'],
    ['src/platform/db/connect.ts', '../../domains/catalog/index.js'],
    ['src/platform/db/connect.ts', '../../channels/http/errors.js'],
    ['src/platform/db/connect.ts', '../../ui/Layout.js'],
    ['src/platform/db/connect.ts', '../../cli/main.js'],
    ['src/platform/db/connect.ts', '../../demo/index.js'],
    ['src/platform/db/connect.ts', '../../app.js'],
    ['src/platform/db/connect.ts', '../../server.js'],
    ['src/platform/db/connect.ts', '../../main.js'],
    ['src/platform/db/migrations/0009_new.ts', '../../../channels/api/index.js'],
  ]);
  expectAllowed([
    ['src/platform/index.ts', './db/index.js'],
    ['src/platform/db/connect.ts', '../errors/index.js'],
    ['src/platform/db/connect.ts', './schema.js'],
    ['src/platform/db/connect.ts', 'kysely'],
    ['src/platform/db/migrations/0009_new.ts', '../../i18n/index.js'],
    // a platform folder that happens to share a layer's name is not that layer
    ['src/platform/db/migrations/0009_new.ts', '../channels/table.js'],
  ]);
});

describe('src/domains', () => {
  expectForbidden([
    ['src/domains/catalog/index.ts', '../../channels/http/errors.js'],
    ['src/domains/catalog/index.ts', '../../ui/Layout.js'],
    ['src/domains/catalog/index.ts', '../../cli/main.js'],
    ['src/domains/catalog/index.ts', '../../demo/index.js'],
    ['src/domains/catalog/index.ts', '../../app.js'],
    ['src/domains/catalog/index.ts', '../../testing/db.js'],
    ['src/domains/catalog/index.ts', 'fastify'],
    ['src/domains/catalog/index.ts', '@fastify/cookie'],
    ['src/domains/catalog/index.ts', 'fastify-type-provider-zod'],
    // another domain, other than through its index
    ['src/domains/catalog/index.ts', '../measurement/schemas.js'],
    ['src/domains/catalog/index.ts', '../measurement/commands/recordInteraction.js'],
    ['src/domains/catalog/index.ts', '../measurement'],
    ['src/domains/catalog/index.ts', '../measurement/'],
    ['src/domains/catalog/index.ts', '../measurement/indexing.js'],
    ['src/domains/catalog/index.ts', '../measurement/index/secret.js'],
    ['src/domains/catalog/index.ts', '../../domains/measurement/schemas.js'],
    ['src/domains/catalog/hsds/read.ts', '../../measurement/schemas.js'],
    ['src/domains/catalog/hsds/read.ts', '../../../channels/web/index.js'],
    ['src/domains/catalog/commands/deep/thing.ts', '../../../measurement/queries/countInteractions.js'],
    // a domain that does not exist yet gets the same rules
    ['src/domains/clusters/commands/createCluster.ts', '../../catalog/schemas.js'],
    ['src/domains/clusters/commands/createCluster.ts', '../../../channels/web/index.js'],
  ]);
  expectAllowed([
    ['src/domains/catalog/index.ts', '../measurement/index.js'],
    ['src/domains/catalog/index.ts', '../../domains/measurement/index.js'],
    ['src/domains/catalog/index.ts', './schemas.js'],
    ['src/domains/catalog/index.ts', './hsds/index.js'],
    ['src/domains/catalog/index.ts', '../catalog/schemas.js'],
    ['src/domains/catalog/index.ts', '../../platform/db/index.js'],
    ['src/domains/catalog/index.ts', 'zod'],
    ['src/domains/catalog/index.ts', 'node:fs'],
    // inside its own domain a file may reach any of the domain's files
    ['src/domains/catalog/hsds/read.ts', '../schemas.js'],
    ['src/domains/catalog/hsds/read.ts', '../serviceInventory/parse.js'],
    ['src/domains/catalog/hsds/read.ts', '../../measurement/index.js'],
    ['src/domains/catalog/hsds/read.ts', '../../../platform/i18n/index.js'],
    // the catalog's own `channels` folder (service channels) is not src/channels
    ['src/domains/catalog/commands/addChannel.ts', '../channels/types.js'],
    ['src/domains/catalog/commands/deep/thing.ts', '../../schemas.js'],
    ['src/domains/clusters/commands/createCluster.ts', '../../catalog/index.js'],
  ]);

  it('checks type-only imports and re-exports too', async () => {
    const file = 'src/domains/catalog/index.ts';
    expect(
      await boundaryErrors(file, "import type { X } from '../measurement/types.js';\nexport type { X };\n"),
    ).toHaveLength(1);
    expect(await boundaryErrors(file, "export * from '../measurement/schemas.js';\n")).toHaveLength(1);
    expect(
      await boundaryErrors(file, "export { recordInteraction } from '../measurement/index.js';\n"),
    ).toEqual([]);
  });

  it('leaves tests beside the code free to compose layers', async () => {
    expect(await boundaryErrors('src/domains/catalog/index.test.ts', importOf('fastify'))).toEqual([]);
  });
});

describe('src/ui', () => {
  expectForbidden([
    ['src/ui/Layout.tsx', '../platform/db/index.js'],
    ['src/ui/Layout.tsx', '../platform/errors/index.js'],
    ['src/ui/Layout.tsx', '../domains/catalog/index.js'],
    ['src/ui/Layout.tsx', '../channels/web/html.js'],
    ['src/ui/Layout.tsx', '../../locales/en/web.json'],
    ['src/ui/Layout.tsx', 'fastify'],
    ['src/ui/Layout.tsx', 'zod'],
    ['src/ui/Layout.tsx', 'node:fs'],
    ['src/ui/forms/Field.tsx', '../../platform/config/index.js'],
    ['src/ui/components/HoursTable/HoursTable.tsx', '../../../domains/catalog/index.js'],
    ['src/ui/components/HoursTable/HoursTable.tsx', '../../../channels/labels.js'],
  ]);
  expectAllowed([
    ['src/ui/Layout.tsx', '../platform/i18n/index.js'],
    ['src/ui/Layout.tsx', 'preact'],
    ['src/ui/Layout.tsx', 'preact/hooks'],
    ['src/ui/render.ts', 'preact-render-to-string'],
    ['src/ui/Layout.tsx', './format.js'],
    ['src/ui/forms/Field.tsx', '../../platform/i18n/index.js'],
    ['src/ui/forms/Field.tsx', '../format.js'],
    ['src/ui/components/HoursTable/HoursTable.tsx', '../../../platform/i18n/index.js'],
    ['src/ui/components/HoursTable/HoursTable.tsx', '../../format.js'],
    ['src/ui/components/index.ts', './Layout/Layout.js'],
  ]);
});

describe('src/channels', () => {
  expectForbidden([
    ['src/channels/web/index.tsx', '../../cli/main.js'],
    ['src/channels/web/index.tsx', '../../demo/index.js'],
    ['src/channels/web/index.tsx', '../../app.js'],
    ['src/channels/web/index.tsx', '../../testing/app.js'],
    ['src/channels/api/hsds/index.ts', '../../../cli/commands/hsds.js'],
  ]);
  expectAllowed([
    ['src/channels/web/index.tsx', '../../domains/catalog/index.js'],
    ['src/channels/web/index.tsx', '../../platform/i18n/index.js'],
    ['src/channels/web/index.tsx', '../../ui/Layout.js'],
    ['src/channels/web/index.tsx', '../http/errors.js'],
    ['src/channels/web/index.tsx', 'fastify'],
  ]);
});

describe('entry points, cli and demo', () => {
  expectForbidden([
    ['src/main.ts', './testing/db.js'],
    ['src/cli/commands/seed.ts', '../../testing/db.js'],
    ['src/demo/index.ts', '../testing/db.js'],
  ]);
  expectAllowed([
    ['src/main.ts', './app.js'],
    ['src/cli/commands/seed.ts', '../../demo/index.js'],
    ['src/cli/commands/seed.ts', '../../domains/catalog/index.js'],
    ['src/demo/index.ts', '../domains/catalog/index.js'],
  ]);
});

describe('the real tree', () => {
  const layers = ['src/platform', 'src/ui', 'src/channels', 'src/domains', 'src/cli', 'src/demo'];

  function sourceFiles(dir: string): string[] {
    return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
      .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));
  }

  it('has the boundary rule switched on for every non-test source file of a layer', async () => {
    const files = layers.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    const unguarded: string[] = [];
    for (const file of files) {
      const config = (await eslint.calculateConfigForFile(join(ROOT, file))) as {
        rules?: Record<string, unknown>;
      };
      const rule = config.rules?.['no-restricted-imports'] as [number | string, ...unknown[]] | undefined;
      if (!rule || rule[0] === 0 || rule[0] === 'off') unguarded.push(file);
    }
    expect(unguarded).toEqual([]);
  });
});

import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Tests that read the official schemas and open data in ../shared/data (HSDS examples, the GC Service
 * Inventory, schema.org, the JSON Logic suite); what the product reads at run time is in data/reference
 * instead. Without ../shared they cannot run: outside CI they are left out with a warning; in CI the
 * folder must be there (test/sharedData.test.ts fails otherwise).
 */
const NEEDS_SHARED_DATA = [
  'src/cli/commands/hsds.test.ts',
  'src/cli/commands/importServiceInventory.test.ts',
  'src/domains/interchange/hsds/csv.test.ts',
  'src/domains/interchange/hsds/examplesRoundTrip.test.ts',
  'src/domains/interchange/hsds/mapping.test.ts',
  'src/domains/interchange/serviceInventory/importServiceInventory.test.ts',
  'src/domains/interchange/serviceInventory/parse.test.ts',
  'src/domains/clusters/screener/jsonLogic.test.ts',
  'src/channels/web/views/jsonLd.test.ts',
  'src/domains/insights/queries/getPublishedServiceSummary.test.ts',
  'src/demo/catalog/package.test.ts',
  'src/domains/interchange/parsers.fuzz.test.ts',
  'src/cli/commands/hsds.fuzz.test.ts',
];

const sharedData = existsSync(new URL('../shared/data/SOURCES.md', import.meta.url));
if (!sharedData && process.env.CI !== 'true') {
  process.stderr.write(
    `\n../shared/data is not beside this clone: ${NEEDS_SHARED_DATA.length} groups of tests that read it are skipped.\n\n`,
  );
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', ...(sharedData ? [] : NEEDS_SHARED_DATA)],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

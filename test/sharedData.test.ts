import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('shared data', () => {
  it.runIf(process.env.CI === 'true')(
    'is beside the project in CI, so no test that needs it is skipped',
    () => {
      expect(existsSync(new URL('../../shared/data/SOURCES.md', import.meta.url))).toBe(true);
    },
  );
});

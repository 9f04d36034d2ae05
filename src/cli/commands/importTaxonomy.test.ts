import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliExit, EXIT } from '../runtime.js';
import { runImportTaxonomy } from './importTaxonomy.js';

async function exitOf(args: string[]): Promise<CliExit> {
  try {
    await runImportTaxonomy(args);
  } catch (error) {
    if (error instanceof CliExit) return error;
    throw error;
  }
  throw new Error('expected the command to refuse');
}

describe('stitch import taxonomy', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('refuses a missing file or bad arguments before touching the database', async () => {
    const missing = await exitOf(['/nowhere/taxonomy.xml']);
    expect(missing.exitCode).toBe(EXIT.noInput);
    expect(missing.message).toMatch(/not found: \/nowhere\/taxonomy\.xml/);

    vi.stubEnv('STITCH_TAXONOMY_XML', '/elsewhere/oe.xml');
    expect((await exitOf([])).message).toMatch(/\/elsewhere\/oe\.xml/);

    expect((await exitOf(['--force'])).exitCode).toBe(EXIT.usage);
    expect((await exitOf(['a.xml', 'b.xml'])).exitCode).toBe(EXIT.usage);
  });

  it('loads the copy in data/reference into the embedded database and prints the summary', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'stitch-cli-taxonomy-'));
    vi.stubEnv('STITCH_DATA_DIR', dataDir);
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('STITCH_TAXONOMY_XML', '');
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      expect(await runImportTaxonomy([])).toBe(EXIT.ok);
      expect(await runImportTaxonomy([])).toBe(EXIT.ok);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(out[0]).toMatch(/read: {5}385\n {2}created: {2}385\n {2}updated: {2}0/);
    expect(out[1]).toMatch(/created: {2}0\n {2}updated: {2}385/);
  });
});

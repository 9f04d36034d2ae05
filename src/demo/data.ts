/**
 * The demo's data files live in `data/demo/` at the project root (not the working directory): the
 * catalog as an HSDS data package, the clusters, partnerships and search terms as JSON. Each JSON file
 * is parsed with the owning domain's own schema; a file that does not fit is named with its fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ValidationError, type FieldProblem } from '../platform/errors/index.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEMO_DATA_DIR = join(PROJECT_ROOT, 'data', 'demo');

/** A demo data file that cannot be read or does not fit its schema. */
export class DemoDataError extends ValidationError {
  constructor(
    readonly file: string,
    problems: FieldProblem[],
  ) {
    const where = relative(PROJECT_ROOT, file);
    const shown = problems
      .slice(0, 5)
      .map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message));
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    super(`Demo data file ${where} is not valid: ${shown.join('; ')}${more}`, problems, { file: where });
    this.name = 'DemoDataError';
  }
}

/** One JSON file of the demo data, parsed with `schema`. */
export function readDemoJson<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DemoDataError(file, [{ path: '', message: (error as Error).message }]);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new DemoDataError(
    file,
    parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}

/** The JSON files of one folder of the demo data, by name. */
export function demoJsonFiles(folder: string): string[] {
  const dir = join(DEMO_DATA_DIR, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => join(dir, file));
}

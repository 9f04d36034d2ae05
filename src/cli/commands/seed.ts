import { parseArgs } from 'node:util';
import { seedActivity, seedDemo } from '../../demo/index.js';
import { hasGeneratedActivity, removeGeneratedActivity } from '../../domains/measurement/index.js';
import type { Db } from '../../platform/db/index.js';
import type { CliCommand } from '../command.js';
import { createProgress, formatSummary, type Progress } from '../progress.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

const USAGE = [
  'stitch seed demo | stitch seed activity [options]',
  'stitch seed activity [--events N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--seed S] [--replace]',
].join('\n       ');

const DEFAULT_EVENTS = 100_000;
const MAX_EVENTS = 200_000_000;

function usage(problem: string): never {
  throw new CliExit(EXIT.usage, `${problem}\n\nUsage: ${USAGE}`);
}

export interface ActivityArgs {
  events: number;
  from?: string | undefined;
  to?: string | undefined;
  seed: number;
  replace: boolean;
}

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** The flags of `seed activity`, checked before the database is opened. */
export function parseActivityArgs(args: string[]): ActivityArgs {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        events: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        seed: { type: 'string' },
        replace: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (positionals.length > 0) usage(`Unexpected argument "${positionals[0]}".`);
  const whole = (name: string, text: string | undefined, fallback: number, max: number) => {
    if (text === undefined) return fallback;
    const number = /^\d+$/.test(text.replaceAll('_', '')) ? Number(text.replaceAll('_', '')) : NaN;
    if (!Number.isSafeInteger(number) || number > max)
      usage(`--${name} takes a whole number up to ${max.toLocaleString('en-CA')}, not "${text}".`);
    return number;
  };
  const events = whole('events', values.events as string | undefined, DEFAULT_EVENTS, MAX_EVENTS);
  if (events < 1) usage('--events takes at least 1.');
  const seed = whole('seed', values.seed as string | undefined, 1, 2 ** 31 - 1);
  const from = values.from as string | undefined;
  const to = values.to as string | undefined;
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (value !== undefined && !isDate(value)) usage(`--${name} takes a date as YYYY-MM-DD, not "${value}".`);
  const today = new Date().toISOString().slice(0, 10);
  if (from && from >= (to ?? today)) usage(`--from ${from} must come before ${to ? `--to ${to}` : 'today'}.`);
  return { events, from, to, seed, replace: values.replace === true };
}

/** Writes generated activity for the catalog in the database and says what it wrote. */
export async function runSeedActivity(
  db: Db,
  args: ActivityArgs,
  out: (line: string) => void,
  progress: Progress = createProgress(),
): Promise<number> {
  const notes: string[] = [];
  if (args.replace) {
    const started = performance.now();
    const removed = await removeGeneratedActivity(db);
    const took = ((performance.now() - started) / 1000).toFixed(1);
    notes.push(
      `${removed.events.toLocaleString('en-CA')} earlier generated interactions removed, and from the rollup (${took} s)`,
    );
  } else if (await hasGeneratedActivity(db)) {
    notes.push(
      'generated interactions were already stored; these are added to them (--replace starts afresh)',
    );
  }
  let reported = 0;
  let started = false;
  const written = await seedActivity(db, {
    events: args.events,
    from: args.from,
    to: args.to,
    seed: args.seed,
    onProgress: ({ written: count, target }) => {
      if (!started) progress.start(target, 'Generating activity');
      started = true;
      progress.increment(count - reported);
      reported = count;
    },
  });
  if (started) progress.stop();
  if (!written)
    throw new CliExit(
      EXIT.dataError,
      'No service offers a channel, so there is nothing to generate activity for. Load a catalog first (stitch seed demo).',
    );
  const number = (value: number) => value.toLocaleString('en-CA');
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  out(
    [
      'Generated activity (every interaction labelled generated: made up, not measured)',
      `  events:   ${number(written.events)}, of which ${number(written.surveys)} surveys with their responses`,
      `  services: ${number(written.services)}`,
      `  period:   ${written.from} to ${written.to} (excluded)`,
      `  seed:     ${written.seed}`,
      `  rollup:   ${number(written.rolledUp)} interactions added`,
      `  time:     ${seconds(written.generateMs)} writing, ${seconds(written.rollupMs)} rolling up`,
      ...notes.map((note) => `  note: ${note}`),
    ].join('\n'),
  );
  return EXIT.ok;
}

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Load the demonstration catalog, or generate interactions (labelled generated) for the dashboards',
  usage: USAGE,
  async run(args) {
    const [what, ...rest] = args;
    if (what === 'activity') {
      const parsed = parseActivityArgs(rest);
      return withRuntime('stitch seed activity', ({ database }) =>
        runSeedActivity(database.db, parsed, (line) => process.stdout.write(`${line}\n`)),
      );
    }
    if (what !== 'demo' || rest.length > 0) {
      usage(what && what !== 'demo' ? `Unknown seed "${what}".` : 'Say what to seed.');
    }
    const report = await withRuntime('stitch seed demo', ({ database }) => seedDemo(database.db));
    process.stdout.write(`${formatSummary('Demo catalog', report)}\n`);
    return report.rejected.length > 0 ? EXIT.dataError : EXIT.ok;
  },
};

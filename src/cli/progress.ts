import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, label: string): void;
  increment(by?: number): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; on a pipe (CI, logs) a line every 10% instead, so output stays readable.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: '{label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total, label) => bar.start(total, 0, { label }),
      increment: (by = 1) => bar.increment(by),
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let done = 0;
  let nextReport = 0;
  let name = '';
  return {
    start(count, label) {
      total = count;
      done = 0;
      name = label;
      nextReport = Math.max(1, Math.ceil(total / 10));
    },
    increment(by = 1) {
      done += by;
      if (done >= nextReport || done === total) {
        stream.write(`${name}: ${done}/${total} (${Math.round((done / Math.max(total, 1)) * 100)}%)\n`);
        nextReport = done + Math.max(1, Math.ceil(total / 10));
      }
    },
    stop() {},
  };
}

export interface Rejection {
  /** File, and row or record, e.g. `services.csv row 12` or `service_full.json services[0]`. */
  where: string;
  field?: string | undefined;
  reason: string;
}

export interface ImportSummary {
  read: number;
  created: number;
  updated: number;
  rejected: Rejection[];
  /** Facts worth telling that are not errors: quirks handled, values normalised. */
  notes?: string[];
}

export function formatSummary(title: string, summary: ImportSummary): string {
  const lines = [
    `${title}`,
    `  read:     ${summary.read}`,
    `  created:  ${summary.created}`,
    `  updated:  ${summary.updated}`,
    `  rejected: ${summary.rejected.length}`,
  ];
  for (const rejection of summary.rejected.slice(0, 50)) {
    lines.push(
      `    - ${rejection.where}${rejection.field ? ` (${rejection.field})` : ''}: ${rejection.reason}`,
    );
  }
  if (summary.rejected.length > 50) lines.push(`    … and ${summary.rejected.length - 50} more`);
  for (const note of summary.notes ?? []) lines.push(`  note: ${note}`);
  return lines.join('\n');
}

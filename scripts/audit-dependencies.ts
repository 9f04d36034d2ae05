/**
 * `npm run audit:deps`: the dependency tree against the registry's security advisories (`npm audit`).
 * A vulnerability of moderate severity or worse fails the check unless dependency-exceptions.json names
 * its advisory with a reason and a date to look again; an exception past its date fails too. When the
 * registry answers no advisories at all (some mirrors do not), the check says plainly that nothing was
 * checked, and fails only with --strict.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
type Severity = (typeof SEVERITIES)[number];
const FAILING: Severity = 'moderate';

const Exception = z.object({
  /** The advisory's address or GHSA id, as `npm audit` prints it. */
  advisory: z.string().min(1),
  package: z.string().min(1),
  /** Why this advisory does not reach Stitch, or why it cannot be fixed yet. */
  reason: z.string().min(20),
  /** When to look again; past it, the exception no longer holds. */
  review_by: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export const Exceptions = z.object({ exceptions: z.array(Exception) });
export type Exceptions = z.infer<typeof Exceptions>;

const Via = z.union([
  z.string(),
  z.object({
    source: z.union([z.number(), z.string()]).optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    severity: z.enum(SEVERITIES),
  }),
]);
const AuditReport = z.object({
  vulnerabilities: z
    .record(z.string(), z.object({ name: z.string(), severity: z.enum(SEVERITIES), via: z.array(Via) }))
    .optional(),
  error: z.object({ code: z.string().optional(), summary: z.string().optional() }).optional(),
  /** What npm prints instead of a report when the advisory service refuses the request. */
  message: z.string().optional(),
});
type AuditReport = z.infer<typeof AuditReport>;

export interface Verdict {
  ok: boolean;
  /** No advisories were available to check against. */
  unchecked: boolean;
  lines: string[];
}

const advisoryId = (url: string | undefined) => url?.split('/').at(-1) ?? '';

/** Judges one `npm audit --json` report against the written exceptions, on a given day. */
export function judgeAudit(report: AuditReport, exceptions: Exceptions, today: string): Verdict {
  if (report.error || !report.vulnerabilities) {
    const why = report.error?.summary?.split('\n')[0] || report.message || 'no report';
    return {
      ok: true,
      unchecked: true,
      lines: [`npm audit: the registry answered no advisories (${why}); dependencies were not checked.`],
    };
  }
  const lines: string[] = [];
  let ok = true;
  for (const exception of exceptions.exceptions)
    if (exception.review_by < today) {
      ok = false;
      lines.push(
        `Exception for ${exception.package} (${exception.advisory}) expired on ${exception.review_by}: look again.`,
      );
    }
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via) {
      if (typeof via === 'string') continue; // Reached through another package, judged there.
      if (SEVERITIES.indexOf(via.severity) < SEVERITIES.indexOf(FAILING)) continue;
      const id = advisoryId(via.url);
      const excused = exceptions.exceptions.find(
        (exception) => exception.package === vulnerability.name && advisoryId(exception.advisory) === id,
      );
      if (excused && excused.review_by >= today) {
        lines.push(
          `${vulnerability.name}: ${via.title ?? id} (${via.severity}) excused until ${excused.review_by}: ${excused.reason}`,
        );
        continue;
      }
      ok = false;
      lines.push(`${vulnerability.name}: ${via.title ?? id} (${via.severity}) ${via.url ?? ''}`.trim());
    }
  }
  if (ok && lines.length === 0)
    lines.push('npm audit: no known vulnerability of moderate severity or worse.');
  return { ok, unchecked: false, lines };
}

function runNpmAudit(): unknown {
  try {
    return JSON.parse(
      execFileSync('npm', ['audit', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
  } catch (error) {
    // npm audit exits non-zero when it finds something, or when the service fails; its JSON says which.
    const stdout = (error as { stdout?: string }).stdout ?? '';
    try {
      return JSON.parse(stdout);
    } catch {
      return {
        error: { summary: `npm audit printed no report (${(error as Error).message.split('\n')[0]})` },
      };
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const strict = process.argv.includes('--strict');
  const exceptions = Exceptions.parse(
    JSON.parse(readFileSync(new URL('../dependency-exceptions.json', import.meta.url), 'utf8')),
  );
  const verdict = judgeAudit(
    AuditReport.parse(runNpmAudit()),
    exceptions,
    new Date().toISOString().slice(0, 10),
  );
  for (const line of verdict.lines) console.log(line);
  process.exitCode = verdict.ok && !(strict && verdict.unchecked) ? 0 : 1;
}

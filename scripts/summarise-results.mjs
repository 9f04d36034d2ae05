#!/usr/bin/env node
// Sums every vitest JSON report in a folder (default test-results/) plus the checks that scripts/test.sh
// records in checks.tsv (typecheck, lint, missing reports…), names what failed, and ends with the one
// plain line CI reads: `N passed, N failed` (`, N skipped` when some were skipped).
// Exit code: 1 when anything failed or nothing ran at all, else 0.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

const files = existsSync(dir) ? readdirSync(dir).sort() : [];
for (const name of files.filter((f) => f.endsWith('.json'))) {
  let report;
  try {
    report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (error) {
    failed++;
    failures.push(`${name}: unreadable report (${error.message})`);
    continue;
  }
  if (!Array.isArray(report.testResults)) continue;
  const label = name.replace(/\.json$/, '');
  for (const file of report.testResults) {
    const where = relative(process.cwd(), file.name ?? '?');
    let failedHere = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') passed++;
      else if (test.status === 'failed') {
        failed++;
        failedHere++;
        failures.push(`${label}: ${where} › ${test.fullName ?? test.title}`);
      } else skipped++;
    }
    // A file that failed with no failed test in it did not load, or a hook (beforeAll…) failed: count it once.
    if (file.status === 'failed' && failedHere === 0) {
      failed++;
      const why = String(file.message ?? '').split('\n')[0];
      failures.push(`${label}: ${where} failed outside its tests${why ? `: ${why}` : ''}`);
    }
  }
}

const checks = join(dir, 'checks.tsv');
if (existsSync(checks)) {
  for (const line of readFileSync(checks, 'utf8').split('\n').filter(Boolean)) {
    const [status, ...rest] = line.split('\t');
    const name = rest.join(' ');
    if (status === 'passed') passed++;
    else if (status === 'skipped') skipped++;
    else {
      failed++;
      failures.push(`check: ${name}`);
    }
  }
}

if (failures.length > 0) {
  console.log(`\nFailed (${failures.length}):`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
if (passed + failed === 0) console.log('\nNo test ran.');
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed + failed === 0 ? 1 : 0;

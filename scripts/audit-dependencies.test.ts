import { describe, expect, it } from 'vitest';
import { judgeAudit, type Exceptions } from './audit-dependencies.js';

const report = {
  vulnerabilities: {
    'some-parser': {
      name: 'some-parser',
      severity: 'high' as const,
      via: [
        {
          source: 1,
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          title: 'Prototype pollution',
          severity: 'high' as const,
        },
      ],
    },
    'uses-the-parser': { name: 'uses-the-parser', severity: 'high' as const, via: ['some-parser'] },
    'minor-thing': {
      name: 'minor-thing',
      severity: 'low' as const,
      via: [{ url: 'https://github.com/advisories/GHSA-low', title: 'Noise', severity: 'low' as const }],
    },
  },
};
const none: Exceptions = { exceptions: [] };
const excused: Exceptions = {
  exceptions: [
    {
      advisory: 'GHSA-aaaa-bbbb-cccc',
      package: 'some-parser',
      reason: 'Only the CLI reads files with it, never input from the web.',
      review_by: '2027-01-31',
    },
  ],
};

describe('the dependency audit', () => {
  it('fails on a moderate or worse advisory nobody wrote an exception for, and names it', () => {
    const verdict = judgeAudit(report, none, '2026-12-08');
    expect(verdict.ok).toBe(false);
    expect(verdict.lines).toEqual([
      'some-parser: Prototype pollution (high) https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
    ]);
  });

  it('passes an advisory written down with its reason, until the date to look again', () => {
    expect(judgeAudit(report, excused, '2026-12-08')).toMatchObject({ ok: true, unchecked: false });
    const expired = judgeAudit(report, excused, '2027-02-01');
    expect(expired.ok).toBe(false);
    expect(expired.lines[0]).toMatch(/expired on 2027-01-31/);
  });

  it('says plainly when the registry gave no advisories, and does not call that a pass of the audit', () => {
    const verdict = judgeAudit(
      { error: { code: 'ENOAUDIT', summary: 'audit endpoint returned an error' } },
      none,
      '2026-12-08',
    );
    expect(verdict).toMatchObject({ ok: true, unchecked: true });
    expect(verdict.lines[0]).toMatch(/not checked/);
  });
});

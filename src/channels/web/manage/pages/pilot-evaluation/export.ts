import type { ComparedPeriod, PilotEvaluation } from '../../../../../domains/insights/index.js';

type Row = [string, string, string, string | number | null];

/**
 * Every figure of a pilot evaluation as rows of (section, key, measure, value), under stable,
 * language-neutral names: the three periods and what was measured in each, then each measure's values,
 * change and reliability.
 */
export function evaluationRows(e: PilotEvaluation): Row[] {
  const rows: Row[] = [];
  const period = (key: string, p: ComparedPeriod) => {
    rows.push(['period', key, 'from', p.from], ['period', key, 'to', p.to], ['period', key, 'days', p.days]);
    rows.push(['period', key, 'events', p.events], ['period', key, 'transactions', p.transactions]);
    rows.push(['period', key, 'survey_responses', p.responses]);
  };
  period('pilot', e.pilot);
  rows.push(
    ['period', 'pilot', 'ends_on', e.pilot.endsOn],
    ['period', 'pilot', 'running', String(e.pilot.running)],
  );
  period('baseline', e.baseline);
  period('others', e.others);
  rows.push(['period', 'others', 'clusters', e.others.clusters]);
  for (const m of e.measures) {
    rows.push(['measure', m.key, 'pilot', m.pilot], ['measure', m.key, 'baseline', m.baseline]);
    rows.push(['measure', m.key, m.unit === 'share' ? 'change_points' : 'change', m.change]);
    rows.push(
      ['measure', m.key, 'relative_change', m.relativeChange],
      ['measure', m.key, 'others', m.others],
    );
    for (const side of ['pilot', 'baseline', 'others'] as const)
      rows.push(['measure', m.key, `reliable_${side}`, String(m.reliable[side])]);
  }
  return rows;
}

import type { BusinessCase, CostLine } from '../../../../../domains/insights/index.js';

type Row = [string, string, string, string | number | null];

/**
 * Every figure of a business case as rows of (section, key, measure, value), under stable,
 * language-neutral names: costs in all, by partner and by channel, the shift to self-service, the
 * duplicates avoided and each party's share under the agreement. Money is in dollars.
 */
export function businessCaseRows(b: BusinessCase): Row[] {
  const rows: Row[] = [];
  const cost = (section: string, key: string, line: CostLine) => {
    rows.push([section, key, 'transactions', line.transactions]);
    rows.push([section, key, 'costed_transactions', line.costedTransactions]);
    rows.push([section, key, 'cost', line.cost], [section, key, 'cost_per_transaction', line.perTransaction]);
    rows.push([section, key, 'uncosted_share', line.uncostedShare]);
  };
  rows.push(['baseline', '', 'from', b.baseline.from], ['baseline', '', 'to', b.baseline.to]);
  rows.push(['baseline', '', 'transactions', b.baseline.transactions]);
  cost('total', '', b.total);
  for (const line of b.byPartner) cost('partner', line.organization_id, line);
  for (const line of b.byChannel) cost('channel', line.channel, line);
  const s = b.shift;
  rows.push(['shift', '', 'baseline_self_serve_share', s.baselineShare]);
  rows.push(['shift', '', 'period_self_serve_share', s.periodShare]);
  rows.push(['shift', '', 'change_points', s.points], ['shift', '', 'transactions_shifted', s.transactions]);
  rows.push(['shift', '', 'serviced_unit_cost', s.servicedUnitCost]);
  rows.push(['shift', '', 'self_serve_unit_cost', s.selfServeUnitCost]);
  rows.push(['shift', '', 'cost_difference', s.costDifference]);
  rows.push(['duplicates', '', 'avoided', b.duplicates.avoided]);
  rows.push(['duplicates', '', 'unit_cost', b.duplicates.unitCost]);
  rows.push(['duplicates', '', 'avoided_cost', b.duplicates.avoidedCost]);
  if (b.agreement) {
    const { agreement, report, lines } = b.agreement;
    rows.push(
      ['agreement', agreement.id, 'formula', report.formula],
      ['agreement', agreement.id, 'split', report.split],
    );
    rows.push(['agreement', agreement.id, 'total', report.total_cents / 100]);
    for (const line of lines) {
      rows.push(['share', line.organization_id, 'volume', line.volume]);
      rows.push(['share', line.organization_id, 'fraction', line.fraction]);
      rows.push(['share', line.organization_id, 'amount', line.cents / 100]);
    }
  } else rows.push(['agreement', '', 'problem', b.agreementProblem]);
  return rows;
}

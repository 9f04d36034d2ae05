import type { ClusterDashboard, Kpis } from '../../../../../domains/insights/index.js';

/** Each measure of a group under a stable, language-neutral name, as downloads carry them. */
export function measuresOf(kpis: Kpis): [string, number | null][] {
  return [
    ['events', kpis.events],
    ['generated_events', kpis.generatedEvents],
    ['information', kpis.information],
    ['transactions', kpis.transactions],
    ['self_serve', kpis.selfServe],
    ['self_serve_share', kpis.selfServeShare],
    ['starts', kpis.starts],
    ['completions', kpis.completions],
    ['completion_rate', kpis.completionRate],
    ['cost_total', kpis.cost.total],
    ['costed_transactions', kpis.cost.costedTransactions],
    ['cost_per_transaction', kpis.cost.perTransaction],
    ['cost_coverage', kpis.cost.coverage],
    ['survey_responses', kpis.satisfaction.responses],
    ['satisfaction_mean', kpis.satisfaction.mean],
    ['satisfied_share', kpis.satisfaction.satisfiedShare],
    ...Object.entries(kpis.satisfaction.drivers).map(([driver, value]): [string, number | null] => [
      `driver_${driver}`,
      value,
    ]),
    ['time_measured', kpis.timeToService.measured],
    ['time_within_standard', kpis.timeToService.withinStandard],
    ['time_within_standard_share', kpis.timeToService.withinShare],
    ['time_mean_days', kpis.timeToService.meanDays],
    ['duplicates_avoided', kpis.duplicatesAvoided],
  ];
}

/**
 * Every figure of a dashboard as rows of (section, key, measure, value): the totals, each channel, month
 * and partner, the standards, the preference matrix, the commitments and the indicators' values.
 */
export function dashboardRows(d: ClusterDashboard): [string, string, string, number | null][] {
  const rows: [string, string, string, number | null][] = [];
  const group = (section: string, key: string, kpis: Kpis) => {
    for (const [measure, value] of measuresOf(kpis)) rows.push([section, key, measure, value]);
  };
  group('total', '', d.totals);
  rows.push(['standards', '', 'measured', d.standards.measured]);
  rows.push(['standards', '', 'met', d.standards.met]);
  rows.push(['standards', '', 'unmeasured', d.standards.unmeasured]);
  for (const entry of d.byChannel) group('channel', entry.channel, entry.kpis);
  for (const entry of d.byMonth) group('month', entry.month, entry.kpis);
  for (const entry of d.byPartner) group('partner', entry.organization_id, entry.kpis);
  for (const cell of d.preference)
    rows.push(['preference', `${cell.preferred}>${cell.used}`, 'survey_responses', cell.responses]);
  for (const commitment of d.commitments) {
    rows.push(['commitment', commitment.kpi, `target_${commitment.unit}`, commitment.target]);
    rows.push(['commitment', commitment.kpi, `measured_${commitment.unit}`, commitment.measured]);
  }
  for (const indicator of d.indicators) {
    rows.push(['indicator', indicator.key, `baseline ${indicator.baseline.on}`, indicator.baseline.value]);
    rows.push(['indicator', indicator.key, `target ${indicator.target.on}`, indicator.target.value]);
    for (const value of indicator.values) rows.push(['indicator', indicator.key, value.on, value.value]);
  }
  return rows;
}

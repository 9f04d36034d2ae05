/** The five drivers of satisfaction, as the survey response and the rollup name their columns. */
export const SURVEY_DRIVER_COLUMNS = ['timeliness', 'knowledge', 'courtesy', 'fairness', 'outcome'] as const;

// Every shared component, and every component's examples: the development examples page shows these and
// the browser sweep checks them with axe. A new component adds its examples here.
import { examplesToShow, type ExampleToShow } from './examplesToShow.js';
import { examples as barChart } from './BarChart/examples.js';
import { examples as clusterPage } from './ClusterPage/examples.js';
import { examples as errorSummary } from './ErrorSummary/examples.js';
import { examples as feedbackForm } from './FeedbackForm/examples.js';
import { examples as fieldError } from './FieldError/examples.js';
import { examples as hoursTable } from './HoursTable/examples.js';
import { examples as languageToggle } from './LanguageToggle/examples.js';
import { examples as lineChart } from './LineChart/examples.js';
import { examples as layout } from './Layout/examples.js';
import { examples as manageLayout } from './ManageLayout/examples.js';
import { examples as pagination } from './Pagination/examples.js';
import { examples as phoneLink } from './PhoneLink/examples.js';
import { examples as publishedResults } from './PublishedResults/examples.js';

export { BarChart, type BarChartProps } from './BarChart/BarChart.js';
export type { DataTableDisplay } from './Chart/ChartFigure.js';
export type { ValueFormat } from './Chart/format.js';
export type { ChartSeries } from './Chart/summary.js';
export { defineExamples, type ComponentExample, type ComponentExamples } from './examples.js';
export { examplesToShow, type ExampleToShow } from './examplesToShow.js';
export {
  ErrorSummary,
  type ErrorSummaryProblem,
  type ErrorSummaryProps,
} from './ErrorSummary/ErrorSummary.js';
export { FeedbackForm, type FeedbackFormProps } from './FeedbackForm/FeedbackForm.js';
export { FieldError, type FieldErrorProps } from './FieldError/FieldError.js';
export { HoursTable, type HoursSchedule, type HoursTableProps } from './HoursTable/HoursTable.js';
export { LanguageToggle, type LanguageToggleProps } from './LanguageToggle/LanguageToggle.js';
export { LineChart, type ChartReference, type LineChartProps } from './LineChart/LineChart.js';
export { Layout, type LayoutProps } from './Layout/Layout.js';
export { ManageLayout, type ManageLayoutProps, type ManageNavItem } from './ManageLayout/ManageLayout.js';
export { Pagination, type PaginationProps } from './Pagination/Pagination.js';
export { PhoneLink, type PhoneLinkProps } from './PhoneLink/PhoneLink.js';
export {
  PublishedResults,
  type PublishedResultsProps,
  type PublishedResultsYear,
} from './PublishedResults/PublishedResults.js';

/** Every example of every component, grouped by component in the order listed here. */
export const ALL_EXAMPLES: readonly ExampleToShow[] = [
  ...examplesToShow(layout),
  ...examplesToShow(manageLayout),
  ...examplesToShow(languageToggle),
  ...examplesToShow(pagination),
  ...examplesToShow(errorSummary),
  ...examplesToShow(fieldError),
  ...examplesToShow(feedbackForm),
  ...examplesToShow(phoneLink),
  ...examplesToShow(hoursTable),
  ...examplesToShow(clusterPage),
  ...examplesToShow(publishedResults),
  ...examplesToShow(barChart),
  ...examplesToShow(lineChart),
];

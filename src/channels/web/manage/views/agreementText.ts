/** Texts of partnerships and agreements that the partnership, cost-sharing and audit pages all show. */
import {
  isAgreementTemplate,
  type Agreement,
  type AgreementTemplate,
  type COST_FORMULAS,
} from '../../../../domains/partnerships/index.js';
import type { FieldProblem } from '../../../../platform/errors/index.js';
import { t, type Lang, type MessageKey } from '../../../../platform/i18n/index.js';

/** Names of organisations (and clusters) by id or key, in the page's language. */
export type Names = Map<string, string>;

const TEMPLATE_TITLE = {
  'service-cluster': 'partnerships.templates.service-cluster',
  'data-sharing': 'partnerships.templates.data-sharing',
} as const satisfies Record<AgreementTemplate, MessageKey>;

export const FORMULA_LABEL = {
  equal: 'partnerships.agreement.formulas.equal',
  by_volume: 'partnerships.agreement.formulas.by_volume',
  fixed: 'partnerships.agreement.formulas.fixed',
} as const satisfies Record<(typeof COST_FORMULAS)[number], MessageKey>;

/** A form's problems as error summary items: each links to the field its path names. */
export const linkedProblems = (problems: readonly FieldProblem[]) =>
  problems.map((problem) => ({ target: problem.path, text: problem.message }));

export function agreementTitle(lang: Lang, agreement: Agreement): string {
  return isAgreementTemplate(agreement.template)
    ? t(lang, TEMPLATE_TITLE[agreement.template])
    : agreement.template;
}

/** The agreement templates a partnership starts from; clauses are filled in per partnership. Channels name them. */
export const AGREEMENT_TEMPLATES = ['service-cluster', 'data-sharing'] as const;
export type AgreementTemplate = (typeof AGREEMENT_TEMPLATES)[number];

const templates: ReadonlySet<string> = new Set(AGREEMENT_TEMPLATES);
export const isAgreementTemplate = (value: string): value is AgreementTemplate => templates.has(value);

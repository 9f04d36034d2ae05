import type { ComponentChildren } from 'preact';
import type {
  Agreement,
  AgreementSignature,
  AgreementWarning,
  ChangeApproval,
  COST_FORMULAS,
  NO_VOLUME_FALLBACKS,
  LOGO_USES,
  Partnership,
} from '../../../../../domains/partnerships/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKey, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { formatDate, formatMoney } from '../../../../../ui/format.js';
import { local } from '../../../views/text.js';
import { CsrfField } from '../../shell.js';
import { formatInstant } from '../../views/AuditTime.js';
import { agreementTitle, FORMULA_LABEL, linkedProblems, type Names } from '../../views/agreementText.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { PARTY_ROLE_LABEL } from '../../../../labels.js';

const STATUS_LABEL = {
  draft: 'partnerships.statuses.draft',
  signed: 'partnerships.statuses.signed',
  expired: 'partnerships.statuses.expired',
} as const satisfies Record<Agreement['status'], MessageKey>;

const WARNING_TEXT = {
  expires: 'partnerships.warning.expires',
  review: 'partnerships.warning.review',
} as const satisfies Record<AgreementWarning['reason'], MessageKey>;

const UNIT_TEXT = {
  percent: 'partnerships.agreement.units.percent',
  days: 'partnerships.agreement.units.days',
  count: 'partnerships.agreement.units.count',
} as const satisfies Record<string, MessageKey>;

const LOGO_USE_TEXT = {
  lead_only: 'partnerships.agreement.logoUses.lead_only',
  all_parties: 'partnerships.agreement.logoUses.all_parties',
  none: 'partnerships.agreement.logoUses.none',
} as const satisfies Record<(typeof LOGO_USES)[number], MessageKey>;

const FORMULA_EXPLAINED = {
  equal: 'partnerships.agreement.formulaExplained.equal',
  by_volume: 'partnerships.agreement.formulaExplained.by_volume',
  fixed: 'partnerships.agreement.formulaExplained.fixed',
} as const satisfies Record<(typeof COST_FORMULAS)[number], MessageKey>;

const WHEN_NO_VOLUME = {
  not_split: 'partnerships.agreement.whenNoVolume.not_split',
  equal: 'partnerships.agreement.whenNoVolume.equal',
  fixed: 'partnerships.agreement.whenNoVolume.fixed',
} as const satisfies Record<(typeof NO_VOLUME_FALLBACKS)[number], MessageKey>;

const CHANGE_APPROVAL_TEXT = {
  touched_partners: 'partnerships.agreement.changeApprovals.touched_partners',
  lead_only: 'partnerships.agreement.changeApprovals.lead_only',
  all_parties: 'partnerships.agreement.changeApprovals.all_parties',
} as const satisfies Record<ChangeApproval, MessageKey>;

const nameOf = (names: Names, id: string) => names.get(id) ?? id;

export function termText(lang: Lang, agreement: Pick<Agreement, 'starts_on' | 'ends_on'>): string {
  return t(lang, 'partnerships.term', {
    from: formatDate(lang, agreement.starts_on),
    to: formatDate(lang, agreement.ends_on),
  });
}

/** Agreements that end or are due for review soon; shown above the partnership and agreement pages. */
export function AgreementWarnings({ lang, warnings }: { lang: Lang; warnings: AgreementWarning[] }) {
  if (!warnings.length) return null;
  return (
    <div class="notice notice-warning" role="note" aria-labelledby="warning-heading">
      <h2 id="warning-heading">{t(lang, 'partnerships.warning.heading')}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.agreement.id}:${warning.reason}`}>
            {t(lang, WARNING_TEXT[warning.reason], {
              agreement: agreementTitle(lang, warning.agreement),
              date: formatDate(lang, warning.due_on),
              days: warning.days_left,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function roleOf(lang: Lang, partnership: Partnership, organizationId: string): string {
  const role = partnership.parties.find((p) => p.organization_id === organizationId)?.role;
  return role ? t(lang, PARTY_ROLE_LABEL[role]) : '';
}

export function PartnershipListPage(props: {
  lang: Lang;
  partnerships: Partnership[];
  names: Names;
  href: (partnership: Partnership) => string;
}) {
  const { lang, partnerships, names } = props;
  return (
    <>
      <h1>{t(lang, 'partnerships.section')}</h1>
      <p>{t(lang, 'partnerships.listIntro')}</p>
      {partnerships.length === 0 ? (
        <p>{t(lang, 'partnerships.none')}</p>
      ) : (
        <table class="data-table">
          <caption>{t(lang, 'partnerships.tableCaption', { count: partnerships.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'partnerships.columns.partnership')}</th>
              <th scope="col">{t(lang, 'partnerships.columns.key')}</th>
              <th scope="col">{t(lang, 'partnerships.columns.parties')}</th>
            </tr>
          </thead>
          <tbody>
            {partnerships.map((partnership) => (
              <tr key={partnership.id}>
                <th scope="row">
                  <a href={props.href(partnership)}>{local(partnership.name, lang)}</a>
                </th>
                <td>
                  <code>{partnership.key}</code>
                </td>
                <td>
                  <ul class="plain-list">
                    {sortParties(partnership).map((party) => (
                      <li key={party.organization_id}>
                        {nameOf(names, party.organization_id)} ({t(lang, PARTY_ROLE_LABEL[party.role])})
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

const ROLE_ORDER = { lead: 0, member: 1, funder: 2 } as const;
function sortParties(partnership: Partnership) {
  return [...partnership.parties].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

export function PartnershipPage(props: {
  lang: Lang;
  partnership: Partnership;
  agreements: (Agreement & { signed_parties: string[] })[];
  warnings: AgreementWarning[];
  names: Names;
  agreementHref: (agreement: Agreement) => string;
}) {
  const { lang, partnership, agreements, names } = props;
  const name = local(partnership.name, lang);
  return (
    <>
      <h1>{name}</h1>
      <AgreementWarnings lang={lang} warnings={props.warnings} />
      <h2 id="parties">{t(lang, 'partnerships.partiesHeading')}</h2>
      <table class="data-table" aria-labelledby="parties">
        <caption>{t(lang, 'partnerships.partiesCaption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'partnerships.columns.organization')}</th>
            <th scope="col">{t(lang, 'partnerships.columns.role')}</th>
          </tr>
        </thead>
        <tbody>
          {sortParties(partnership).map((party) => (
            <tr key={party.organization_id}>
              <th scope="row">{nameOf(names, party.organization_id)}</th>
              <td>{t(lang, PARTY_ROLE_LABEL[party.role])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="agreements">{t(lang, 'partnerships.agreementsHeading')}</h2>
      {agreements.length === 0 ? (
        <p>{t(lang, 'partnerships.noAgreements')}</p>
      ) : (
        <table class="data-table">
          <caption>{t(lang, 'partnerships.agreementsCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'partnerships.columns.agreement')}</th>
              <th scope="col">{t(lang, 'partnerships.columns.status')}</th>
              <th scope="col">{t(lang, 'partnerships.columns.term')}</th>
              <th scope="col">{t(lang, 'partnerships.columns.review')}</th>
              <th scope="col">{t(lang, 'partnerships.columns.signatures')}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((agreement) => (
              <tr key={agreement.id}>
                <th scope="row">
                  <a href={props.agreementHref(agreement)}>{agreementTitle(lang, agreement)}</a>
                </th>
                <td>{t(lang, STATUS_LABEL[agreement.status])}</td>
                <td>{termText(lang, agreement)}</td>
                <td>{formatDate(lang, agreement.review_on)}</td>
                <td>
                  {t(lang, 'partnerships.signatureCount', {
                    signed: agreement.signed_parties.length,
                    total: partnership.parties.length,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function commitmentTarget(lang: Lang, target: number, unit: keyof typeof UNIT_TEXT | 'dollars'): string {
  if (unit === 'dollars') return formatMoney(lang, target);
  const value = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA').format(target);
  return t(lang, UNIT_TEXT[unit], { value });
}

export interface AgreementPageProps {
  lang: Lang;
  partnership: Partnership;
  agreement: Agreement;
  signatures: AgreementSignature[];
  warnings: AgreementWarning[];
  names: Names;
  /** Parties the viewer may sign for that have not signed yet. */
  canSignFor: string[];
  signAction: string;
  token: string;
  partnershipHref: string;
  done?: string | undefined;
  problems: FieldProblem[];
}

export function AgreementPage(props: AgreementPageProps) {
  const { lang, partnership, agreement, names } = props;
  const { clauses } = agreement;
  const p = (key: MessageKeyUnder<'partnerships.agreement'>, params?: Record<string, unknown>) =>
    t(lang, `partnerships.agreement.${key}`, params);
  const c = (key: MessageKeyUnder<'partnerships.columns'>) => t(lang, `partnerships.columns.${key}`);
  const signatureOf = new Map(props.signatures.map((s) => [s.organization_id, s]));
  const fixedShares =
    clauses.cost_sharing.formula === 'fixed' ||
    (clauses.cost_sharing.formula === 'by_volume' && clauses.cost_sharing.when_no_volume === 'fixed')
      ? (clauses.cost_sharing.shares ?? {})
      : undefined;
  const percent = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA', { maximumFractionDigits: 2 });
  return (
    <>
      <p>
        <a href={props.partnershipHref}>
          {t(lang, 'partnerships.backToPartnership', { name: local(partnership.name, lang) })}
        </a>
      </p>
      <h1>{agreementTitle(lang, agreement)}</h1>
      <ErrorSummary
        heading={t(lang, 'partnerships.errorsHeading')}
        problems={linkedProblems(props.problems)}
      />
      {props.done && (
        <div class="notice notice-success" role="status">
          <p>{props.done}</p>
        </div>
      )}
      <AgreementWarnings lang={lang} warnings={props.warnings} />
      <dl class="facts">
        <dt>{p('partnership')}</dt>
        <dd>{local(partnership.name, lang)}</dd>
        <dt>{p('status')}</dt>
        <dd>
          <strong>{t(lang, STATUS_LABEL[agreement.status])}</strong>
        </dd>
        <dt>{p('template')}</dt>
        <dd>
          {agreementTitle(lang, agreement)} (<code>{agreement.template}</code>)
        </dd>
      </dl>

      <Section id="term" title={p('termHeading')}>
        <dl class="facts">
          <dt>{p('startsOn')}</dt>
          <dd>{formatDate(lang, agreement.starts_on)}</dd>
          <dt>{p('endsOn')}</dt>
          <dd>{formatDate(lang, agreement.ends_on)}</dd>
          <dt>{p('reviewOn')}</dt>
          <dd>{formatDate(lang, agreement.review_on)}</dd>
        </dl>
      </Section>

      <Section id="scope" title={p('scopeHeading')}>
        <dl class="facts">
          <dt>{p('scopeClusters')}</dt>
          <dd>
            {clauses.scope.clusters.length
              ? clauses.scope.clusters.map((key) => nameOf(names, `cluster:${key}`)).join(', ')
              : p('noneListed')}
          </dd>
          <dt>{p('scopeForms')}</dt>
          <dd>{clauses.scope.forms.length ? clauses.scope.forms.join(', ') : p('noneListed')}</dd>
        </dl>
      </Section>

      <Section id="data-sharing" title={p('dataSharingHeading')}>
        {clauses.data_sharing.length === 0 ? (
          <p>{p('noDataSharing')}</p>
        ) : (
          <table class="data-table">
            <caption>{p('dataSharingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{c('field')}</th>
                <th scope="col">{c('sharedWith')}</th>
                <th scope="col">{c('authority')}</th>
                <th scope="col">{c('retention')}</th>
              </tr>
            </thead>
            <tbody>
              {clauses.data_sharing.map((rule) => (
                <tr key={`${rule.field}:${rule.to_organization_id}`}>
                  <th scope="row">
                    <code>{rule.field}</code>
                  </th>
                  <td>{nameOf(names, rule.to_organization_id)}</td>
                  <td>{local(rule.authority, lang)}</td>
                  <td>{p('retentionDays', { days: rule.retention_days })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="branding" title={p('brandingHeading')}>
        <dl class="facts">
          <dt>{p('brandingLead')}</dt>
          <dd>{nameOf(names, clauses.branding.lead_organization_id)}</dd>
          <dt>{p('brandingOrder')}</dt>
          <dd>
            {clauses.branding.co_brand_order.length ? (
              <ol>
                {clauses.branding.co_brand_order.map((id) => (
                  <li key={id}>{nameOf(names, id)}</li>
                ))}
              </ol>
            ) : (
              p('noneListed')
            )}
          </dd>
          <dt>{p('logoUse')}</dt>
          <dd>{t(lang, LOGO_USE_TEXT[clauses.branding.logo_use])}</dd>
        </dl>
      </Section>

      <Section id="cost-sharing" title={p('costHeading')}>
        <p>
          <strong>{p('formula')}</strong>
          {lang === 'fr' ? '\u00a0: ' : ': '}
          {t(lang, FORMULA_LABEL[clauses.cost_sharing.formula])}.{' '}
          {t(lang, FORMULA_EXPLAINED[clauses.cost_sharing.formula])}
          {clauses.cost_sharing.formula === 'by_volume' && (
            <> {t(lang, WHEN_NO_VOLUME[clauses.cost_sharing.when_no_volume])}</>
          )}
        </p>
        {fixedShares && (
          <table class="data-table">
            <caption>{p('sharesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{c('organization')}</th>
                <th scope="col">{c('share')}</th>
              </tr>
            </thead>
            <tbody>
              {partnership.parties.map((party) => (
                <tr key={party.organization_id}>
                  <th scope="row">{nameOf(names, party.organization_id)}</th>
                  <td>
                    {p('units.percent', { value: percent.format(fixedShares[party.organization_id] ?? 0) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="commitments" title={p('commitmentsHeading')}>
        {clauses.commitments.length === 0 ? (
          <p>{p('noCommitments')}</p>
        ) : (
          <table class="data-table">
            <caption>{p('commitmentsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{c('commitment')}</th>
                <th scope="col">{c('indicator')}</th>
                <th scope="col">{c('target')}</th>
              </tr>
            </thead>
            <tbody>
              {clauses.commitments.map((commitment) => (
                <tr key={commitment.kpi}>
                  <th scope="row">{local(commitment.description, lang)}</th>
                  <td>
                    <code>{commitment.kpi}</code>
                  </td>
                  <td>{commitmentTarget(lang, commitment.target, commitment.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="governance" title={p('governanceHeading')}>
        <p>{t(lang, CHANGE_APPROVAL_TEXT[clauses.governance.change_approval])}</p>
      </Section>

      <Section id="signatures" title={p('signaturesHeading')}>
        <table class="data-table">
          <caption>{p('signaturesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{c('organization')}</th>
              <th scope="col">{c('role')}</th>
              <th scope="col">{c('signedBy')}</th>
              <th scope="col">{c('signedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {sortParties(partnership).map((party) => {
              const signature = signatureOf.get(party.organization_id);
              return (
                <tr key={party.organization_id}>
                  <th scope="row">{nameOf(names, party.organization_id)}</th>
                  <td>{roleOf(lang, partnership, party.organization_id)}</td>
                  <td>{signature ? signature.signer_name : p('awaiting')}</td>
                  <td>
                    {signature ? (
                      <time dateTime={signature.signed_at.toISOString()}>
                        {formatInstant(lang, signature.signed_at)}
                      </time>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {props.canSignFor.length > 0 && (
          <>
            <p>{p('signIntro')}</p>
            {props.canSignFor.map((organizationId, index) => (
              <form key={organizationId} method="post" action={props.signAction} class="inline-form">
                <CsrfField token={props.token} />
                <input type="hidden" name="organization_id" value={organizationId} />
                <button type="submit" id={index === 0 ? 'organization_id' : undefined}>
                  {p('signFor', { organization: nameOf(names, organizationId) })}
                </button>
              </form>
            ))}
          </>
        )}
      </Section>
    </>
  );
}

import type { ComponentChildren } from 'preact';
import { indicatorPagePath } from '../indicators/paths.js';
import type {
  ChangeApprovalView,
  ChangeRequestView,
  ClusterGovernance,
  ClusterWork,
  ProductionBlocker,
} from '../../../../../domains/clusters/index.js';
import { t, type Lang, type MessageKey } from '../../../../../platform/i18n/index.js';
import { formatDate } from '../../../../../ui/format.js';
import { local } from '../../../views/text.js';
import { CsrfField } from '../../shell.js';
import { AgreementWarnings } from './ListPage.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../../ui/components/FieldError/FieldError.js';
import { clusterActionPath, clusterDiffPath, clusterListPath } from './paths.js';
import { CLUSTER_STATUS_LABEL, isLabelled, REQUEST_STATE_LABEL } from '../../../../labels.js';

const APPROVAL_REASON_TEXT = {
  touched: 'governance.request.reasons.touched',
  lead: 'governance.request.reasons.lead',
  party: 'governance.request.reasons.party',
} as const satisfies Record<ChangeApprovalView['reason'], MessageKey>;

const DECISION_TEXT = {
  approved: 'governance.request.decisions.approved',
  rejected: 'governance.request.decisions.rejected',
} as const satisfies Record<NonNullable<ChangeApprovalView['decision']>, MessageKey>;

const BLOCKER_TEXT = {
  no_published_version: 'governance.blockers.no_published_version',
  no_partnership: 'governance.blockers.no_partnership',
  no_agreement: 'governance.blockers.no_agreement',
  not_in_scope: 'governance.blockers.not_in_scope',
  no_signoff: 'governance.blockers.no_signoff',
} as const satisfies Record<ProductionBlocker['reason'], MessageKey>;

const RULE_TEXT = {
  touched_partners: 'governance.request.rules.touched_partners',
  lead_only: 'governance.request.rules.lead_only',
  all_parties: 'governance.request.rules.all_parties',
} as const satisfies Record<ChangeRequestView['change_approval'], MessageKey>;

/** The notice after an action, named by the `done` query parameter. */
const DONE_TEXT = {
  requested: 'governance.done.requested',
  approved: 'governance.done.approved',
  rejected: 'governance.done.rejected',
  published: 'governance.done.published',
  signedOff: 'governance.done.signedOff',
  production: 'governance.done.production',
} as const satisfies Record<string, MessageKey>;

export interface GovernanceNames {
  organization(id: string | null): string;
  /** A person (or system task) from the id kept in the record. */
  person(id: string | null): string;
  partnership: string | undefined;
}

export interface PageProblem {
  message: string;
  /** The id of the field at fault, for the error summary's link. */
  field?: string | undefined;
}

const day = (lang: Lang, value: Date | null) => (value ? formatDate(lang, value.toISOString()) : '—');

/** A button that cannot be used now, with the reason in words beside it (not by its colour). */
function Unavailable(props: { lang: Lang; id: string; label: string; reasons: string[] }) {
  return (
    <div class="field">
      <button type="button" disabled aria-describedby={props.id}>
        {props.label}
      </button>
      <div id={props.id} class="hint">
        <p>{t(props.lang, 'governance.actions.notAllowed')}</p>
        <ul>
          {props.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function ActionForm(props: { token: string; action: string; label: string; children?: ComponentChildren }) {
  return (
    <form method="post" action={props.action} class="field">
      <CsrfField token={props.token} />
      {props.children}
      <button type="submit">{props.label}</button>
    </form>
  );
}

function ApprovalsTable(props: {
  lang: Lang;
  request: ChangeRequestView;
  names: GovernanceNames;
  caption: string;
}) {
  const { lang, request, names } = props;
  return (
    <table class="data-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, 'governance.request.organization')}</th>
          <th scope="col">{t(lang, 'governance.request.why')}</th>
          <th scope="col">{t(lang, 'governance.request.decision')}</th>
          <th scope="col">{t(lang, 'governance.request.decidedBy')}</th>
          <th scope="col">{t(lang, 'governance.request.comment')}</th>
        </tr>
      </thead>
      <tbody>
        {request.approvals.map((approval) => (
          <tr key={approval.organization_id} data-organization={approval.organization_id}>
            <th scope="row">{names.organization(approval.organization_id)}</th>
            <td>{t(lang, APPROVAL_REASON_TEXT[approval.reason])}</td>
            <td>
              {approval.decision
                ? t(lang, DECISION_TEXT[approval.decision])
                : t(lang, 'governance.request.pending')}
            </td>
            <td>
              {approval.decided_by
                ? `${names.person(approval.decided_by)}, ${day(lang, approval.decided_at)}`
                : '—'}
            </td>
            <td>{approval.comment ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClusterGovernancePage(props: {
  lang: Lang;
  token: string;
  governance: ClusterGovernance;
  names: GovernanceNames;
  done?: string | undefined;
  problems?: PageProblem[];
  /** What was typed in a decision's comment, given back after an error. */
  comment?: { organization_id: string; value: string } | undefined;
  /** The partnership's agreement, when it ends or is due for review soon. */
  warnings?: ClusterWork['warnings'];
}) {
  const { lang, token, governance, names } = props;
  const { cluster, readiness, may } = governance;
  const problems = props.problems ?? [];
  const live = governance.requests.find((r) => r.state === 'open' || r.state === 'approved');
  const earlier = governance.requests.filter((r) => r !== live);
  const action = (name: Parameters<typeof clusterActionPath>[2]) =>
    clusterActionPath(lang, cluster.key, name);
  const blockers = readiness.blockers.map((b) => t(lang, BLOCKER_TEXT[b.reason]));
  if (cluster.status === 'production') blockers.unshift(t(lang, 'governance.actions.alreadyProduction'));
  const requestBlockers = !cluster.has_draft
    ? [t(lang, 'governance.actions.noDraft')]
    : live?.matches_draft
      ? [t(lang, 'governance.actions.alreadyRequested')]
      : [];
  const publishBlockers = !cluster.has_draft
    ? [t(lang, 'governance.actions.noDraft')]
    : !(live?.state === 'approved' && live.matches_draft)
      ? [t(lang, 'governance.actions.notApproved')]
      : [];
  return (
    <>
      <p>
        <a href={clusterListPath(lang)}>{t(lang, 'governance.cluster.back')}</a>
      </p>
      <h1>{local(cluster.title, lang)}</h1>
      {props.done && isLabelled(DONE_TEXT, props.done) && (
        <div class="notice notice-success" role="status">
          <p>{t(lang, DONE_TEXT[props.done])}</p>
        </div>
      )}
      <ErrorSummary
        heading={t(lang, 'governance.errorsHeading')}
        problems={problems.map((problem) => ({ target: problem.field, text: problem.message }))}
      />
      {governance.partnership && (
        <AgreementWarnings
          lang={lang}
          warnings={props.warnings ?? []}
          partnerships={
            new Map([[governance.partnership.key, names.partnership ?? governance.partnership.key]])
          }
        />
      )}
      <dl class="meta">
        <dt>{t(lang, 'governance.cluster.key')}</dt>
        <dd>
          <code>{cluster.key}</code>
        </dd>
        <dt>{t(lang, 'governance.cluster.status')}</dt>
        <dd>
          {t(lang, CLUSTER_STATUS_LABEL[cluster.status])}
          {cluster.status === 'pilot' && cluster.pilot_starts_on && cluster.pilot_ends_on && (
            <>
              {', '}
              {t(lang, 'governance.pilotDates', {
                start: formatDate(lang, cluster.pilot_starts_on),
                end: formatDate(lang, cluster.pilot_ends_on),
              })}
            </>
          )}
        </dd>
        <dt>{t(lang, 'governance.cluster.partnership')}</dt>
        <dd>{names.partnership ?? t(lang, 'governance.list.noPartnership')}</dd>
        <dt>{t(lang, 'governance.cluster.lead')}</dt>
        <dd>{names.organization(cluster.lead_organization_id)}</dd>
        <dt>{t(lang, 'governance.cluster.draft')}</dt>
        <dd>
          {cluster.has_draft ? (
            <>
              {t(lang, 'governance.cluster.draftRevision', { revision: cluster.draft_revision })}
              {cluster.published_version !== null && (
                <>
                  {' – '}
                  <a href={clusterDiffPath(lang, cluster.key, cluster.published_version, 'draft')}>
                    {t(lang, 'governance.cluster.draftDiff')}
                  </a>
                </>
              )}
            </>
          ) : (
            t(lang, 'governance.cluster.noDraft')
          )}
        </dd>
      </dl>
      {governance.may.manage && (
        <p>
          <a href={indicatorPagePath(lang, cluster.key)}>{t(lang, 'results.indicators.fromCluster')}</a>
        </p>
      )}

      <h2>{t(lang, 'governance.request.heading')}</h2>
      {live ? (
        <>
          <p>
            {t(lang, 'governance.request.current', {
              date: day(lang, live.requested_at),
              revision: live.draft_revision,
            })}
          </p>
          <dl class="meta">
            <dt>{t(lang, 'governance.request.state')}</dt>
            <dd data-state={live.state}>{t(lang, REQUEST_STATE_LABEL[live.state])}</dd>
            <dt>{t(lang, 'governance.request.rule')}</dt>
            <dd>{t(lang, RULE_TEXT[live.change_approval])}</dd>
          </dl>
          {!live.matches_draft && (
            <p>
              <strong>{t(lang, 'governance.request.stale')}</strong>
            </p>
          )}
          <ApprovalsTable
            lang={lang}
            request={live}
            names={names}
            caption={t(lang, 'governance.request.caption')}
          />
          {may.decideFor.map((organizationId) => {
            const id = `comment-${organizationId}`;
            const typed = props.comment?.organization_id === organizationId ? props.comment.value : '';
            const invalid = problems.some((p) => p.field === id);
            return (
              <form key={organizationId} method="post" action={action('decide')}>
                <CsrfField token={token} />
                <input type="hidden" name="request_id" value={live.id} />
                <input type="hidden" name="organization_id" value={organizationId} />
                <fieldset>
                  <legend>
                    {t(lang, 'governance.actions.decisionLegend', {
                      organization: names.organization(organizationId),
                    })}
                  </legend>
                  <div class="field">
                    <label for={id}>{t(lang, 'governance.actions.commentLabel')}</label>
                    <p class="hint" id={`${id}-hint`}>
                      {t(lang, 'governance.actions.commentHint')}
                    </p>
                    {invalid && (
                      <FieldError
                        lang={lang}
                        id={`${id}-error`}
                        message={t(lang, 'governance.errors.comment')}
                      />
                    )}
                    <textarea
                      id={id}
                      name="comment"
                      rows={3}
                      aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
                      aria-invalid={invalid ? true : undefined}
                    >
                      {typed}
                    </textarea>
                  </div>
                  <button type="submit" name="decision" value="approved">
                    {t(lang, 'governance.actions.approve')}
                  </button>{' '}
                  <button type="submit" name="decision" value="rejected" class="button-secondary">
                    {t(lang, 'governance.actions.reject')}
                  </button>
                </fieldset>
              </form>
            );
          })}
        </>
      ) : (
        <p>{t(lang, 'governance.request.none')}</p>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>{t(lang, 'governance.request.previous')}</summary>
          {earlier.map((request) => (
            <ApprovalsTable
              key={request.id}
              lang={lang}
              request={request}
              names={names}
              caption={`${t(lang, 'governance.request.current', {
                date: day(lang, request.requested_at),
                revision: request.draft_revision,
              })} – ${t(lang, REQUEST_STATE_LABEL[request.state])}`}
            />
          ))}
        </details>
      )}

      {(may.manage || may.signOff || readiness.signoff) && (
        <>
          <h2>{t(lang, 'governance.actions.heading')}</h2>
          {may.manage && (
            <>
              {requestBlockers.length ? (
                <Unavailable
                  lang={lang}
                  id="request-unavailable"
                  label={t(lang, 'governance.actions.requestApproval')}
                  reasons={requestBlockers}
                />
              ) : (
                <ActionForm
                  token={token}
                  action={action('request')}
                  label={t(lang, 'governance.actions.requestApproval')}
                />
              )}
              {publishBlockers.length ? (
                <Unavailable
                  lang={lang}
                  id="publish-unavailable"
                  label={t(lang, 'governance.actions.publish')}
                  reasons={publishBlockers}
                />
              ) : (
                <ActionForm
                  token={token}
                  action={action('publish')}
                  label={t(lang, 'governance.actions.publish')}
                />
              )}
            </>
          )}
          {readiness.signoff && cluster.published_version !== null && (
            <p>
              {t(lang, 'governance.actions.signedOff', {
                version: readiness.signoff.version,
                person: names.person(readiness.signoff.signed_by),
                date: day(lang, readiness.signoff.signed_at),
              })}
              {readiness.signoff.comment && (
                <> {t(lang, 'governance.actions.signedOffComment', { comment: readiness.signoff.comment })}</>
              )}
            </p>
          )}
          {may.signOff && cluster.published_version !== null && (
            <form method="post" action={action('signOff')}>
              <CsrfField token={token} />
              <fieldset>
                <legend>
                  {t(lang, 'governance.actions.signOffLegend', { version: cluster.published_version })}
                </legend>
                <p class="hint" id="signoff-hint">
                  {t(lang, 'governance.actions.signOffHint', { version: cluster.published_version })}
                </p>
                <div class="field">
                  <label for="signoff-comment">{t(lang, 'governance.actions.commentLabel')}</label>
                  <textarea id="signoff-comment" name="comment" rows={2} />
                </div>
                <button type="submit" aria-describedby="signoff-hint">
                  {t(lang, 'governance.actions.signOff')}
                </button>
              </fieldset>
            </form>
          )}
          {may.manage &&
            (blockers.length ? (
              <Unavailable
                lang={lang}
                id="production-unavailable"
                label={t(lang, 'governance.actions.production')}
                reasons={blockers}
              />
            ) : (
              <ActionForm
                token={token}
                action={action('production')}
                label={t(lang, 'governance.actions.production')}
              />
            ))}
        </>
      )}

      <h2>{t(lang, 'governance.history.heading')}</h2>
      {governance.versions.length === 0 ? (
        <p>{t(lang, 'governance.history.none')}</p>
      ) : (
        <table class="data-table">
          <caption>{t(lang, 'governance.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'governance.history.version')}</th>
              <th scope="col">{t(lang, 'governance.history.publishedAt')}</th>
              <th scope="col">{t(lang, 'governance.history.publishedBy')}</th>
              <th scope="col">{t(lang, 'governance.history.note')}</th>
              <th scope="col">{t(lang, 'governance.history.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {governance.versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>{day(lang, version.published_at)}</td>
                <td>{names.person(version.published_by)}</td>
                <td>{version.note ?? '—'}</td>
                <td>
                  {version.version > 1 ? (
                    <a href={clusterDiffPath(lang, cluster.key, version.version - 1, version.version)}>
                      {t(lang, 'governance.history.diffLink', {
                        from: version.version - 1,
                        to: version.version,
                      })}
                    </a>
                  ) : (
                    t(lang, 'governance.history.first')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

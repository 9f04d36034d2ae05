import type { AuditFilters, AuditRow, AuditVerification } from '../../../../../platform/audit/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { formatInstant } from '../../views/AuditTime.js';
import { linkedProblems, type Names } from '../../views/agreementText.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../../ui/components/FieldError/FieldError.js';

export interface AuditPageProps {
  lang: Lang;
  action: string;
  filters: AuditFilters;
  entries: AuditRow[];
  vocabulary: { actions: string[]; entityTypes: string[] };
  chain: AuditVerification;
  organizations: Names;
  olderHref?: string | undefined;
  newestHref?: string | undefined;
  csvHref: string;
  problems: FieldProblem[];
}

function DetailValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>—</>;
  if (typeof value === 'object') return <code>{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

/** The detail of an entry as a definition list: one term per key. */
function Detail({ detail }: { detail: unknown }) {
  if (detail === null || detail === undefined) return <>—</>;
  if (typeof detail !== 'object' || Array.isArray(detail)) return <DetailValue value={detail} />;
  const entries = Object.entries(detail as Record<string, unknown>);
  if (!entries.length) return <>—</>;
  return (
    <dl class="audit-detail">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            <DetailValue value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditPage(props: AuditPageProps) {
  const { lang, filters, problems } = props;
  const a = (key: MessageKeyUnder<'audit'>, params?: Record<string, unknown>) =>
    t(lang, `audit.${key}`, params);
  const invalid = (field: string) => {
    const problem = problems.find((p) => p.path === field);
    return problem
      ? { 'aria-invalid': true as const, 'aria-describedby': `${field}-hint ${field}-error` }
      : { 'aria-describedby': `${field}-hint` };
  };
  const fieldError = (field: string) => {
    const problem = problems.find((p) => p.path === field);
    return problem ? <FieldError lang={lang} id={`${field}-error`} message={problem.message} /> : null;
  };
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA');
  return (
    <>
      <h1>{a('section')}</h1>
      <ErrorSummary heading={a('errorsHeading')} problems={linkedProblems(problems)} />
      {props.chain.ok ? (
        <div class="notice notice-success" role="status">
          <p>{a('chainIntact', { count: number.format(props.chain.checked) })}</p>
        </div>
      ) : (
        <div class="notice notice-alert" role="alert">
          <p>
            <strong>
              {a('chainBroken', { id: props.chain.brokenAt, count: number.format(props.chain.checked) })}
            </strong>
          </p>
        </div>
      )}
      <p>{a('intro')}</p>
      <form method="get" action={props.action} aria-labelledby="filters-heading" novalidate>
        <h2 id="filters-heading">{a('filtersHeading')}</h2>
        <div class="field">
          <label for="actor">{a('actor')}</label>
          <p class="hint" id="actor-hint">
            {a('actorHint')}
          </p>
          <input
            id="actor"
            name="actor"
            type="text"
            value={filters.actor ?? ''}
            aria-describedby="actor-hint"
          />
        </div>
        <div class="field">
          <label for="action">{a('action')}</label>
          <select id="action" name="action">
            <option value="">{a('any')}</option>
            {props.vocabulary.actions.map((action) => (
              <option key={action} value={action} selected={filters.action === action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="entity_type">{a('entityType')}</label>
          <select id="entity_type" name="entity_type">
            <option value="">{a('any')}</option>
            {props.vocabulary.entityTypes.map((type) => (
              <option key={type} value={type} selected={filters.entity_type === type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        {(['from', 'to'] as const).map((field) => (
          <div class="field" key={field}>
            <label for={field}>{a(field)}</label>
            <p class="hint" id={`${field}-hint`}>
              {a('dateHint')}
            </p>
            {fieldError(field)}
            <input id={field} name={field} type="date" value={filters[field] ?? ''} {...invalid(field)} />
          </div>
        ))}
        <button type="submit">{a('apply')}</button> <a href={props.action}>{a('clear')}</a>
      </form>
      <p>
        <a href={props.csvHref} download>
          {a('download')}
        </a>
      </p>
      {props.entries.length === 0 ? (
        <p>{a('empty')}</p>
      ) : (
        <table class="data-table audit-table">
          <caption>{a('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{a('columns.id')}</th>
              <th scope="col">{a('columns.time')}</th>
              <th scope="col">{a('columns.actor')}</th>
              <th scope="col">{a('columns.action')}</th>
              <th scope="col">{a('columns.entity')}</th>
              <th scope="col">{a('columns.organization')}</th>
              <th scope="col">{a('columns.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((entry) => (
              <tr key={entry.id} id={`entry-${entry.id}`}>
                <th scope="row">{entry.id}</th>
                <td>
                  <time dateTime={entry.occurred_at.toISOString()}>
                    {formatInstant(lang, entry.occurred_at)}
                  </time>
                </td>
                <td>{entry.actor_name ?? <code>{entry.actor}</code>}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.entity_type}
                  {entry.entity_id && (
                    <>
                      {' '}
                      <code>{entry.entity_id}</code>
                    </>
                  )}
                </td>
                <td>
                  {entry.organization_id
                    ? (props.organizations.get(entry.organization_id) ?? entry.organization_id)
                    : '—'}
                </td>
                <td>
                  <Detail detail={entry.detail} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(props.newestHref || props.olderHref) && (
        <nav class="pagination" aria-label={t(lang, 'common.pagination.label')}>
          {props.newestHref && <a href={props.newestHref}>{a('newest')}</a>}{' '}
          {props.olderHref && (
            <a href={props.olderHref} rel="next">
              {a('older')}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

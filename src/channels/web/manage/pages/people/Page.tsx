import type { PeopleScreen } from '../../../../../domains/partnerships/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKey } from '../../../../../platform/i18n/index.js';
import { formatDate } from '../../../../../ui/format.js';
import { managePath } from '../../../../http/paths.js';
import { isLabelled, ROLE_NAME } from '../../../../labels.js';
import { local } from '../../../views/text.js';
import { CsrfField, describeGrant, type ScopeNames } from '../../shell.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../../ui/components/FieldError/FieldError.js';
import type { GrantForm } from './schema.js';

const DONE_TEXT = {
  granted: 'people.done.granted',
  revoked: 'people.done.revoked',
  disabled: 'people.done.disabled',
  enabled: 'people.done.enabled',
} as const satisfies Record<string, MessageKey>;

export const SEGMENT = { en: 'people', fr: 'personnes' } as const;
/** The forms' addresses, in each language. */
export const ACTIONS = {
  grant: { en: 'grant', fr: 'attribuer' },
  revoke: { en: 'revoke', fr: 'retirer' },
  disable: { en: 'disable', fr: 'desactiver' },
  enable: { en: 'enable', fr: 'reactiver' },
} as const;
export function PeoplePage(props: {
  lang: Lang;
  token: string;
  screen: PeopleScreen;
  names: ScopeNames;
  form: GrantForm;
  problems: FieldProblem[];
  done?: string | undefined;
}) {
  const { lang, token, screen, names, form, problems } = props;
  const { accounts, organizations } = screen;
  const action = managePath(lang, SEGMENT[lang]);
  const admin = screen.manages_everyone;
  const roles = screen.grantable_roles;
  const problemFor = (field: string) => problems.find((problem) => problem.path === field);
  const fieldError = (field: string) => {
    const problem = problemFor(field);
    return problem ? <FieldError lang={lang} id={`${field}-error`} message={problem.message} /> : null;
  };
  const invalid = (field: string) =>
    problemFor(field) ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {};
  return (
    <>
      <h1>{t(lang, 'people.title')}</h1>
      {props.done && isLabelled(DONE_TEXT, props.done) && (
        <div class="notice notice-success" role="status">
          <p>{t(lang, DONE_TEXT[props.done])}</p>
        </div>
      )}
      <ErrorSummary
        heading={t(lang, 'people.errorsHeading')}
        problems={problems.map((problem) => ({ target: problem.path, text: problem.message }))}
      />
      <p>{t(lang, admin ? 'people.introAdmin' : 'people.introPartner')}</p>
      <table class="data-table">
        <caption>{t(lang, 'people.tableCaption', { count: accounts.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'people.name')}</th>
            <th scope="col">{t(lang, 'people.email')}</th>
            <th scope="col">{t(lang, 'people.lastSignIn')}</th>
            <th scope="col">{t(lang, 'people.roles')}</th>
            {admin && <th scope="col">{t(lang, 'people.account')}</th>}
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                {account.name}
                {account.disabled && <> ({t(lang, 'people.disabled')})</>}
              </th>
              <td>{account.email ?? '—'}</td>
              <td>
                {account.last_sign_in_at ? formatDate(lang, account.last_sign_in_at.toISOString()) : '—'}
              </td>
              <td>
                {account.grants.length === 0 && t(lang, 'common.manage.roles.none')}
                <ul class="plain-list">
                  {account.grants.map((grant) => (
                    <li key={grant.id}>
                      {describeGrant(lang, grant, names)}{' '}
                      <form method="post" action={`${action}/${ACTIONS.revoke[lang]}`} class="inline-form">
                        <CsrfField token={token} />
                        <input type="hidden" name="grant_id" value={grant.id} />
                        <button type="submit" class="button-secondary">
                          {t(lang, 'people.revoke')}
                          <span class="visually-hidden">
                            {' '}
                            {t(lang, 'people.revokeWhat', {
                              role: describeGrant(lang, grant, names),
                              name: account.name,
                            })}
                          </span>
                        </button>
                      </form>
                    </li>
                  ))}
                </ul>
              </td>
              {admin && (
                <td>
                  {account.may_turn_off && (
                    <form
                      method="post"
                      action={`${action}/${ACTIONS[account.disabled ? 'enable' : 'disable'][lang]}`}
                      class="inline-form"
                    >
                      <CsrfField token={token} />
                      <input type="hidden" name="user_id" value={account.id} />
                      <button type="submit" class="button-secondary">
                        {t(lang, account.disabled ? 'people.enable' : 'people.disable')}
                        <span class="visually-hidden"> {account.name}</span>
                      </button>
                    </form>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="grant-heading">{t(lang, 'people.grantHeading')}</h2>
      <p>{t(lang, 'people.grantIntro')}</p>
      <form
        method="post"
        action={`${action}/${ACTIONS.grant[lang]}`}
        aria-labelledby="grant-heading"
        novalidate
      >
        <CsrfField token={token} />
        <div class="field">
          <label for="email">{t(lang, 'people.email')}</label>
          {fieldError('email')}
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="off"
            value={form.email}
            {...invalid('email')}
          />
        </div>
        <div class="field">
          <label for="role">{t(lang, 'people.role')}</label>
          {fieldError('role')}
          <select id="role" name="role" {...invalid('role')}>
            {roles.map((role) => (
              <option key={role} value={role} selected={form.role === role}>
                {t(lang, ROLE_NAME[role])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="organization_id">{t(lang, 'people.organization')}</label>
          <p class="hint" id="organization_id-hint">
            {t(lang, 'people.organizationHint')}
          </p>
          {fieldError('organization_id')}
          <select
            id="organization_id"
            name="organization_id"
            aria-describedby={
              problemFor('organization_id')
                ? 'organization_id-hint organization_id-error'
                : 'organization_id-hint'
            }
            aria-invalid={problemFor('organization_id') ? true : undefined}
          >
            {admin && <option value="">{t(lang, 'people.noOrganization')}</option>}
            {organizations.map((organization) => (
              <option
                key={organization.id}
                value={organization.id}
                selected={form.organization_id === organization.id}
              >
                {local(organization.name, lang)}
              </option>
            ))}
          </select>
        </div>
        {admin && (
          <div class="field">
            <label for="partnership">{t(lang, 'people.partnership')}</label>
            <p class="hint" id="partnership-hint">
              {t(lang, 'people.partnershipHint')}
            </p>
            {fieldError('partnership')}
            <input
              id="partnership"
              name="partnership"
              type="text"
              value={form.partnership}
              aria-describedby={
                problemFor('partnership') ? 'partnership-hint partnership-error' : 'partnership-hint'
              }
              aria-invalid={problemFor('partnership') ? true : undefined}
            />
          </div>
        )}
        <button type="submit">{t(lang, 'people.grant')}</button>
      </form>
    </>
  );
}

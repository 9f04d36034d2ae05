import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  findAccountByEmail,
  grantRole,
  hasRole,
  isPlatformAdmin,
  listAccounts,
  organizationsWith,
  revokeRole,
  ROLES,
  setAccountDisabled,
  type AccountSummary,
  type Actor,
  type Role,
} from '../../../platform/auth/index.js';
import { listOrganizations, type Organization } from '../../../domains/catalog/index.js';
import { partnershipId } from '../../../domains/partnerships/index.js';
import { isStitchError, type FieldProblem } from '../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang, type MessageKey } from '../../../platform/i18n/index.js';
import { local } from '../views/text.js';
import { formatDate } from '../../../ui/format.js';
import { csrfToken, requireActor } from '../../http/access.js';
import { managePath } from '../../http/paths.js';
import { addManageSection, CsrfField, describeGrant, sendManagePage, type ScopeNames } from './shell.js';
import { formFields } from '../form.js';
import { ErrorSummary } from '../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../ui/components/FieldError/FieldError.js';
import { isLabelled, ROLE_NAME } from '../../labels.js';

const DONE_TEXT = {
  granted: 'people.done.granted',
  revoked: 'people.done.revoked',
  disabled: 'people.done.disabled',
  enabled: 'people.done.enabled',
} as const satisfies Record<string, MessageKey>;

/** The grant form's fields with words of their own for a domain problem. */
const PROBLEM_TEXT = {
  email: 'people.problems.email',
  role: 'people.problems.role',
  organization_id: 'people.problems.organization_id',
  partnership_id: 'people.problems.partnership_id',
} as const satisfies Record<string, MessageKey>;

const SEGMENT = { en: 'people', fr: 'personnes' } as const;
/** The forms' addresses, in each language. */
const ACTIONS = {
  grant: { en: 'grant', fr: 'attribuer' },
  revoke: { en: 'revoke', fr: 'retirer' },
  disable: { en: 'disable', fr: 'desactiver' },
  enable: { en: 'enable', fr: 'reactiver' },
} as const;
const PARTNER_ROLES: readonly Role[] = ['partner_admin', 'partner_editor'];

const mayOpen = (actor: Actor) => isPlatformAdmin(actor) || hasRole(actor, 'partner_admin');

interface GrantForm {
  email: string;
  role: string;
  organization_id: string;
  partnership: string;
}

function PeoplePage(props: {
  lang: Lang;
  actor: Actor;
  token: string;
  accounts: AccountSummary[];
  organizations: Organization[];
  names: ScopeNames;
  form: GrantForm;
  problems: FieldProblem[];
  done?: string | undefined;
}) {
  const { lang, actor, token, accounts, organizations, names, form, problems } = props;
  const action = managePath(lang, SEGMENT[lang]);
  const admin = isPlatformAdmin(actor);
  const roles = admin ? ROLES : PARTNER_ROLES;
  const ownOrganizations = admin
    ? organizations
    : organizations.filter((o) => organizationsWith(actor, ['partner_admin']).includes(o.id));
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
                  {account.id !== actor.id && (
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
            {ownOrganizations.map((organization) => (
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
            {fieldError('partnership_id')}
            <input
              id="partnership"
              name="partnership"
              type="text"
              value={form.partnership}
              aria-describedby={
                problemFor('partnership_id') ? 'partnership-hint partnership_id-error' : 'partnership-hint'
              }
              aria-invalid={problemFor('partnership_id') ? true : undefined}
            />
          </div>
        )}
        <button type="submit">{t(lang, 'people.grant')}</button>
      </form>
    </>
  );
}

/** People and their roles: platform administrators manage everyone, partner administrators their own organisation. */
export async function peoplePages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'people',
    segment: SEGMENT,
    label: { en: t('en', 'people.title'), fr: t('fr', 'people.title') },
    visibleTo: mayOpen,
  });

  async function show(
    request: FastifyRequest,
    reply: import('fastify').FastifyReply,
    lang: Lang,
    options: { form?: GrantForm; problems?: FieldProblem[]; done?: string; status?: number } = {},
  ) {
    const actor = requireActor(request);
    const accounts = await listAccounts(db, actor);
    const organizations = (await listOrganizations(db, { page: 1, perPage: 500 })).items;
    const names: ScopeNames = new Map(organizations.map((o) => [o.id, local(o.name, lang)]));
    const other: Lang = lang === 'en' ? 'fr' : 'en';
    return sendManagePage(
      request,
      reply,
      {
        lang,
        title: t(lang, 'people.title'),
        alternatePath: managePath(other, SEGMENT[other]),
        current: 'people',
        status: options.status,
      },
      <PeoplePage
        lang={lang}
        actor={actor}
        token={csrfToken(request)}
        accounts={accounts}
        organizations={organizations}
        names={names}
        form={options.form ?? { email: '', role: 'partner_editor', organization_id: '', partnership: '' }}
        problems={options.problems ?? []}
        done={options.done}
      />,
    );
  }

  for (const lang of LANGUAGES) {
    const base = managePath(lang, SEGMENT[lang]);
    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const done = (request.query as Record<string, string | undefined>).done;
      return show(request, reply, lang, {
        done: ['granted', 'revoked', 'disabled', 'enabled'].includes(done ?? '') ? done : undefined,
      });
    });

    app.post(`${base}/${ACTIONS.grant[lang]}`, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireActor(request);
      const values = formFields(request, { trim: true });
      const form: GrantForm = {
        email: values.email ?? '',
        role: values.role ?? '',
        organization_id: values.organization_id ?? '',
        partnership: values.partnership ?? '',
      };
      const problems: FieldProblem[] = [];
      const account = form.email ? await findAccountByEmail(db, form.email) : undefined;
      if (!account)
        problems.push({
          path: 'email',
          message: t(lang, form.email ? 'people.problems.noAccount' : 'people.problems.email'),
        });
      if (!(ROLES as readonly string[]).includes(form.role))
        problems.push({ path: 'role', message: t(lang, 'people.problems.role') });
      if (problems.length) return show(request, reply, lang, { form, problems, status: 400 });
      try {
        await grantRole(db, actor, account!.id, {
          role: form.role as Role,
          organizationId: form.organization_id || null,
          partnershipId: form.partnership ? partnershipId(form.partnership) : null,
        });
      } catch (error) {
        if (isStitchError(error) && error.code === 'VALIDATION_FAILED') {
          const fields = ((error.details?.problems as FieldProblem[] | undefined) ?? []).map((problem) => ({
            path: problem.path,
            message: t(
              lang,
              isLabelled(PROBLEM_TEXT, problem.path)
                ? PROBLEM_TEXT[problem.path]
                : 'errors.VALIDATION_FAILED',
            ),
          }));
          return show(request, reply, lang, { form, problems: fields, status: 400 });
        }
        if (isStitchError(error) && error.code === 'CONFLICT') throw error;
        const foreignKey = (error as { code?: string }).code === '23503';
        if (foreignKey)
          return show(request, reply, lang, {
            form,
            problems: [{ path: 'partnership_id', message: t(lang, 'people.problems.unknownPartnership') }],
            status: 400,
          });
        throw error;
      }
      return reply.redirect(`${base}?done=granted`, 303);
    });

    app.post(`${base}/${ACTIONS.revoke[lang]}`, { schema: { hide: true } }, async (request, reply) => {
      await revokeRole(db, requireActor(request), formFields(request, { trim: true }).grant_id ?? '');
      return reply.redirect(`${base}?done=revoked`, 303);
    });

    for (const change of ['disable', 'enable'] as const) {
      app.post(`${base}/${ACTIONS[change][lang]}`, { schema: { hide: true } }, async (request, reply) => {
        await setAccountDisabled(
          db,
          requireActor(request),
          formFields(request, { trim: true }).user_id ?? '',
          change === 'disable',
        );
        return reply.redirect(`${base}?done=${change}d`, 303);
      });
    }
  }
}

/**
 * People and their roles: platform administrators manage everyone, partner administrators their own
 * organisation. Each form is parsed by its schema and makes one call to platform/auth, which decides.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { getPeopleScreen, partnershipId } from '../../../../../domains/partnerships/index.js';
import {
  grantRoleByEmail,
  hasRole,
  isPlatformAdmin,
  revokeRole,
  RoleGrantProblemsError,
  setAccountDisabled,
  type Actor,
  type GrantProblem,
  type GrantProblemCode,
} from '../../../../../platform/auth/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang, type MessageKey } from '../../../../../platform/i18n/index.js';
import { csrfToken, requireActor } from '../../../../http/access.js';
import { managePath } from '../../../../http/paths.js';
import { formFields } from '../../../form.js';
import { sendNotFoundPage } from '../../../notFound.js';
import { local } from '../../../views/text.js';
import { addManageSection, sendManagePage, type ScopeNames } from '../../shell.js';
import { ACTIONS, PeoplePage, SEGMENT } from './Page.js';
import { AccountForm, GrantForm, PeopleQuery, RevokeForm } from './schema.js';

const PROBLEM_TEXT = {
  email_required: 'people.problems.email',
  no_account: 'people.problems.noAccount',
  role: 'people.problems.role',
  organization_id: 'people.problems.organization_id',
  partnership_id: 'people.problems.partnership_id',
  unknown_organization: 'people.problems.unknownOrganization',
  unknown_partnership: 'people.problems.unknownPartnership',
} as const satisfies Record<GrantProblemCode, MessageKey>;

/** The form's field each problem is about: the error summary links to it and the field shows the message. */
const FORM_FIELD = {
  email: 'email',
  role: 'role',
  organization_id: 'organization_id',
  partnership_id: 'partnership',
} as const satisfies Record<GrantProblem['field'], keyof GrantForm>;

const EMPTY_FORM: GrantForm = { email: '', role: 'partner_editor', organization_id: '', partnership: '' };

const mayOpen = (actor: Actor) => isPlatformAdmin(actor) || hasRole(actor, 'partner_admin');

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
    reply: FastifyReply,
    lang: Lang,
    options: { form?: GrantForm; problems?: FieldProblem[]; done?: string; status?: number } = {},
  ) {
    const actor = requireActor(request);
    const screen = await getPeopleScreen(db, actor);
    const names: ScopeNames = new Map(screen.scopes.map((o) => [o.id, local(o.name, lang)]));
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
      h(PeoplePage, {
        lang,
        token: csrfToken(request),
        screen,
        names,
        form: options.form ?? EMPTY_FORM,
        problems: options.problems ?? [],
        done: options.done,
      }),
    );
  }

  for (const lang of LANGUAGES) {
    const base = managePath(lang, SEGMENT[lang]);
    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const { done } = PeopleQuery.parse(request.query ?? {});
      return show(request, reply, lang, { done });
    });

    app.post(`${base}/${ACTIONS.grant[lang]}`, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireActor(request);
      const form = GrantForm.parse(formFields(request, { trim: true }));
      try {
        await grantRoleByEmail(db, actor, {
          email: form.email,
          role: form.role,
          scope: {
            organizationId: form.organization_id || null,
            partnershipId: form.partnership ? partnershipId(form.partnership) : null,
          },
        });
      } catch (error) {
        if (!(error instanceof RoleGrantProblemsError)) throw error;
        const problems = error.grantProblems.map(({ field, code }) => ({
          path: FORM_FIELD[field],
          message: t(lang, PROBLEM_TEXT[code]),
        }));
        return show(request, reply, lang, { form, problems, status: 400 });
      }
      return reply.redirect(`${base}?done=granted`, 303);
    });

    app.post(`${base}/${ACTIONS.revoke[lang]}`, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireActor(request);
      const form = RevokeForm.safeParse(formFields(request, { trim: true }));
      if (!form.success) return sendNotFoundPage(reply, lang, request.url);
      await revokeRole(db, actor, form.data.grant_id);
      return reply.redirect(`${base}?done=revoked`, 303);
    });

    for (const change of ['disable', 'enable'] as const) {
      app.post(`${base}/${ACTIONS[change][lang]}`, { schema: { hide: true } }, async (request, reply) => {
        const actor = requireActor(request);
        const form = AccountForm.safeParse(formFields(request, { trim: true }));
        if (!form.success) return sendNotFoundPage(reply, lang, request.url);
        await setAccountDisabled(db, actor, form.data.user_id, change === 'disable');
        return reply.redirect(`${base}?done=${change}d`, 303);
      });
    }
  }
}

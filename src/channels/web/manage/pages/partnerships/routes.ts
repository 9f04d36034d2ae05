/** Partnerships, their parties and agreements, and each party's signature. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { getAgreementScreen } from '../../../../../domains/clusters/index.js';
import {
  getPartnership,
  getPartnershipScreen,
  getPartnershipListScreen,
  signAgreement,
  type Partnership,
} from '../../../../../domains/partnerships/index.js';
import {
  hasRole,
  isPlatformAdmin,
  managedPartnerships,
  type Actor,
} from '../../../../../platform/auth/index.js';
import { isStitchError, type FieldProblem } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../../platform/i18n/index.js';
import { csrfToken, requireActor } from '../../../../http/access.js';
import { managePath } from '../../../../http/paths.js';
import { local } from '../../../views/text.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { todayInToronto } from '../../views/AuditTime.js';
import { agreementTitle, type Names } from '../../views/agreementText.js';
import { AgreementPage, PartnershipListPage, PartnershipPage } from './Page.js';
import { AgreementParams, AgreementQuery, PartnershipParams, SignForm } from './schema.js';
import { formFields } from '../../../form.js';
import { isLabelled, PARTNERSHIP_CONFLICT_TEXT } from '../../../../labels.js';

const SEGMENT = { en: 'partnerships', fr: 'partenariats' } as const;
const AGREEMENTS = { en: 'agreements', fr: 'ententes' } as const;
const SIGN = { en: 'sign', fr: 'signer' } as const;

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
const partnershipPath = (lang: Lang, key: string) => managePath(lang, SEGMENT[lang], key);
const agreementPath = (lang: Lang, key: string, id: string) =>
  managePath(lang, SEGMENT[lang], key, AGREEMENTS[lang], id);

/** Who sees the section: platform administrators, cluster managers and partner administrators. */
export const mayOpenPartnerships = (actor: Actor) =>
  isPlatformAdmin(actor) || managedPartnerships(actor).length > 0 || hasRole(actor, 'partner_admin');

/** Partnerships, their parties and agreements, and each party's signature. */
export async function partnershipPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'partnerships',
    segment: SEGMENT,
    label: { en: t('en', 'partnerships.section'), fr: t('fr', 'partnerships.section') },
    visibleTo: mayOpenPartnerships,
  });

  async function findPartnership(key: string): Promise<Partnership | undefined> {
    try {
      return await getPartnership(db, key);
    } catch (error) {
      if (isStitchError(error) && error.code === 'NOT_FOUND') return undefined;
      throw error;
    }
  }

  async function showAgreement(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    options: { signedFor?: string | undefined; problems?: FieldProblem[]; status?: number } = {},
  ) {
    const actor = requireStaff(request);
    const params = AgreementParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const { key, id } = params.data;
    let screen;
    try {
      screen = await getAgreementScreen(db, actor, {
        key,
        id,
        today: todayInToronto(),
        signedFor: options.signedFor,
      });
    } catch (error) {
      if (isStitchError(error) && error.code === 'NOT_FOUND') return reply.callNotFound();
      throw error;
    }
    const { partnership, agreement } = screen;
    const names: Names = new Map([
      ...screen.organizations.map((o): [string, string] => [o.id, local(o.name, lang)]),
      ...screen.clusters.map((c): [string, string] => [`cluster:${c.key}`, local(c.title, lang)]),
    ]);
    const title = agreementTitle(lang, agreement);
    const signedText = options.signedFor
      ? t(lang, 'partnerships.agreement.signedFor', { organization: names.get(options.signedFor) ?? '' })
      : undefined;
    const done =
      signedText && agreement.status === 'signed'
        ? `${signedText} ${t(lang, 'partnerships.agreement.signedAll')}`
        : signedText;
    return sendManagePage(
      request,
      reply,
      {
        lang,
        title: `${title} – ${local(partnership.name, lang)}`,
        alternatePath: agreementPath(other(lang), key, id),
        current: 'partnerships',
        status: options.status,
      },
      h(AgreementPage, {
        lang,
        partnership,
        agreement,
        signatures: screen.signatures,
        warnings: screen.warnings,
        names,
        canSignFor: screen.may_sign_for,
        signAction: `${agreementPath(lang, key, id)}/${SIGN[lang]}`,
        token: csrfToken(request),
        partnershipHref: partnershipPath(lang, key),
        done,
        problems: options.problems ?? [],
      }),
    );
  }

  for (const lang of LANGUAGES) {
    const base = managePath(lang, SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { partnerships, partyNames } = await getPartnershipListScreen(db, actor);
      const names: Names = new Map(partyNames.map((party) => [party.id, local(party.name, lang)]));
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'partnerships.section'),
          alternatePath: managePath(other(lang), SEGMENT[other(lang)]),
          current: 'partnerships',
        },
        h(PartnershipListPage, { lang, partnerships, names, href: (p) => partnershipPath(lang, p.key) }),
      );
    });

    app.get(`${base}/:key`, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const params = PartnershipParams.safeParse(request.params);
      if (!params.success) return reply.callNotFound();
      let screen;
      try {
        screen = await getPartnershipScreen(db, actor, { key: params.data.key, today: todayInToronto() });
      } catch (error) {
        if (isStitchError(error) && error.code === 'NOT_FOUND') return reply.callNotFound();
        throw error;
      }
      const { partnership, agreements, warnings, partyNames } = screen;
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: local(partnership.name, lang),
          alternatePath: partnershipPath(other(lang), partnership.key),
          current: 'partnerships',
        },
        h(PartnershipPage, {
          lang,
          partnership,
          agreements,
          warnings,
          names: new Map(partyNames.map((party) => [party.id, local(party.name, lang)])),
          agreementHref: (agreement) => agreementPath(lang, partnership.key, agreement.id),
        }),
      );
    });

    app.get(`${base}/:key/${AGREEMENTS[lang]}/:id`, { schema: { hide: true } }, async (request, reply) => {
      const { signed: signedFor } = AgreementQuery.parse(request.query ?? {});
      return showAgreement(request, reply, lang, { signedFor });
    });

    app.post(
      `${base}/:key/${AGREEMENTS[lang]}/:id/${SIGN[lang]}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const actor = requireActor(request);
        const params = AgreementParams.safeParse(request.params);
        if (!params.success) return reply.callNotFound();
        const { key, id } = params.data;
        const partnership = await findPartnership(key);
        if (!partnership) return reply.callNotFound();
        const { organization_id: organization } = SignForm.parse(formFields(request, { trim: true }));
        try {
          const outcome = await signAgreement(db, actor, id, { forOrganization: organization || undefined });
          const done = new URLSearchParams({ signed: organization || outcome.signed[0] || '' });
          return reply.redirect(`${agreementPath(lang, key, id)}?${done}`, 303);
        } catch (error) {
          if (isStitchError(error) && error.code === 'CONFLICT') {
            const reason = error.details?.reason;
            const text = isLabelled(PARTNERSHIP_CONFLICT_TEXT, reason)
              ? PARTNERSHIP_CONFLICT_TEXT[reason]
              : PARTNERSHIP_CONFLICT_TEXT.generic;
            return showAgreement(request, reply, lang, {
              status: 409,
              problems: [{ path: 'organization_id', message: t(lang, text) }],
            });
          }
          if (isStitchError(error) && error.code === 'VALIDATION_FAILED') {
            return showAgreement(request, reply, lang, {
              status: 400,
              problems: [
                { path: 'organization_id', message: t(lang, 'partnerships.problems.organization_id') },
              ],
            });
          }
          throw error;
        }
      },
    );
  }
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import {
  hasRole,
  isPlatformAdmin,
  requireThat,
  type Actor,
  type RoleGrant,
} from '../../../platform/auth/index.js';
import { nameRoleScopes } from '../../../domains/partnerships/index.js';
import { t, type Lang, type MessageKey } from '../../../platform/i18n/index.js';
import { ManageLayout, type ManageNavItem } from '../../../ui/components/ManageLayout/ManageLayout.js';
import { renderDocument } from '../../../ui/render.js';
import { csrfToken, requireActor } from '../../http/access.js';
import { managePath, signOutPath } from '../../http/paths.js';
import { local } from '../views/text.js';
import { assetPath } from '../assets.js';

/** Names for the scopes in role descriptions (organisation and partnership names), resolved by the caller. */
export type ScopeNames = Map<string, string>;

const GRANT_TEXT = {
  platform_admin: 'common.manage.roles.platform_admin',
  partner_admin: 'common.manage.roles.partner_admin',
  partner_editor: 'common.manage.roles.partner_editor',
  cluster_manager: 'common.manage.roles.cluster_manager',
  agent: 'common.manage.roles.agent',
  analyst: 'common.manage.roles.analyst',
} as const satisfies Record<RoleGrant['role'], MessageKey>;

export function describeGrant(lang: Lang, grant: RoleGrant, names: ScopeNames): string {
  const scopeId = grant.organizationId ?? grant.partnershipId ?? '';
  return t(lang, GRANT_TEXT[grant.role], { scope: names.get(scopeId) ?? scopeId });
}

/**
 * The back-office sections, in the order shown. A section appears only to the roles that can use it;
 * the domain still checks every action whatever the menu shows.
 */
export interface ManageSection {
  key: string;
  /** Path segments under the back-office root, per language. */
  segment: Record<Lang, string>;
  label: Record<Lang, string>;
  visibleTo(actor: Actor): boolean;
}

const sections: ManageSection[] = [];

/** Each back-office area registers its section once, at start. */
export function addManageSection(section: ManageSection): void {
  if (!sections.some((s) => s.key === section.key)) sections.push(section);
}

export function manageNav(lang: Lang, actor: Actor): ManageNavItem[] {
  return [
    { key: 'home', href: managePath(lang), label: t(lang, 'common.manage.home') },
    ...sections
      .filter((section) => section.visibleTo(actor))
      .map((section) => ({
        key: section.key,
        href: managePath(lang, section.segment[lang]),
        label: section.label[lang],
      })),
  ];
}

export interface ManagePageOptions {
  lang: Lang;
  title: string;
  alternatePath: string;
  current?: string;
  status?: number;
}

/** Names of the organisations and partnerships the person's roles are scoped to, in this language. */
async function grantScopeNames(request: FastifyRequest, actor: Actor, lang: Lang): Promise<ScopeNames> {
  const scopes = await nameRoleScopes(request.server.deps.db, actor.grants);
  return new Map(scopes.map((scope) => [scope.id, local(scope.name, lang)] as const));
}

/** Sends a back-office page: never cached, never indexed, framed with the account and the sections. */
export async function sendManagePage(
  request: FastifyRequest,
  reply: FastifyReply,
  options: ManagePageOptions,
  body: ComponentChildren,
): Promise<FastifyReply> {
  const actor = requireActor(request);
  const { lang } = options;
  // The account line names each role's scope: an id there would mean nothing to the person.
  const names = await grantScopeNames(request, actor, lang);
  const roles = actor.grants.length
    ? actor.grants.map((grant) => describeGrant(lang, grant, names)).join(lang === 'fr' ? '\u202f; ' : '; ')
    : t(lang, 'common.manage.roles.none');
  const html = renderDocument(
    <ManageLayout
      lang={lang}
      title={options.title}
      alternatePath={options.alternatePath}
      accountName={actor.name}
      accountRoles={roles}
      csrfToken={csrfToken(request)}
      signOutAction={signOutPath(lang)}
      nav={manageNav(lang, actor)}
      current={options.current}
      stylesheet={assetPath('stitch.css')}
    >
      {body}
    </ManageLayout>,
  );
  return reply
    .status(options.status ?? 200)
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .type('text/html; charset=utf-8')
    .send(html);
}

/** The hidden field every back-office form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** Only signed-in people with some role see the back office; the rest are told so (and it is logged). */
export function requireStaff(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  requireThat(actor, actor.grants.length > 0, 'manage.open', { entity_type: 'back_office' }, 'no role');
  return actor;
}

export { hasRole, isPlatformAdmin };

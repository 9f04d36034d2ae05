/**
 * The message key of each value of the domains' closed sets that more than one page or route puts into
 * words. `satisfies Record<…, MessageKey>` makes a value added to a domain set without its words a type
 * error, and keeps every key spelled out where a search finds it.
 */
import {
  DRAFT_LIMITS,
  type ChannelSummary,
  type Jurisdiction,
  type ProblemCode,
  type RecordProblem,
  type Weekday,
} from '../domains/catalog/index.js';
import type {
  ChangeRequestState,
  ClusterKind,
  ClusterStatus,
  GovernanceReason,
} from '../domains/clusters/index.js';
import type { AgreementStateReason, PartyRole } from '../domains/partnerships/index.js';
import type { Role } from '../platform/auth/index.js';
import { t, type Lang, type MessageKey } from '../platform/i18n/index.js';

/** True when `value` names an entry of `map`: for values read from error details, forms or stored rows. */
export function isLabelled<K extends string>(map: Record<K, MessageKey>, value: unknown): value is K {
  return typeof value === 'string' && Object.hasOwn(map, value);
}

export const CLUSTER_KIND_LABEL = {
  'life-event': 'clusters.kinds.life-event',
  'business-event': 'clusters.kinds.business-event',
  'client-group': 'clusters.kinds.client-group',
} as const satisfies Record<ClusterKind, MessageKey>;

export const CLUSTER_STATUS_LABEL = {
  draft: 'governance.status.draft',
  pilot: 'governance.status.pilot',
  production: 'governance.status.production',
  retired: 'governance.status.retired',
} as const satisfies Record<ClusterStatus, MessageKey>;

export const REQUEST_STATE_LABEL = {
  open: 'governance.request.states.open',
  approved: 'governance.request.states.approved',
  rejected: 'governance.request.states.rejected',
  withdrawn: 'governance.request.states.withdrawn',
  published: 'governance.request.states.published',
} as const satisfies Record<ChangeRequestState, MessageKey>;

export const GOVERNANCE_ERROR_TEXT = {
  no_draft: 'governance.errors.no_draft',
  no_changes: 'governance.errors.no_changes',
  no_request: 'governance.errors.no_request',
  approval_pending: 'governance.errors.approval_pending',
  draft_changed: 'governance.errors.draft_changed',
  rejected: 'governance.errors.rejected',
  request_closed: 'governance.errors.request_closed',
  already_decided: 'governance.errors.already_decided',
  no_published_version: 'governance.errors.no_published_version',
  no_partnership: 'governance.errors.no_partnership',
  no_agreement: 'governance.errors.no_agreement',
  not_in_scope: 'governance.errors.not_in_scope',
  no_signoff: 'governance.errors.no_signoff',
} as const satisfies Record<GovernanceReason, MessageKey>;

export const LEVEL_LABEL = {
  federal: 'web.levels.federal',
  provincial: 'web.levels.provincial',
  territorial: 'web.levels.territorial',
  municipal: 'web.levels.municipal',
  indigenous: 'web.levels.indigenous',
  ngo: 'web.levels.ngo',
} as const satisfies Record<Jurisdiction['level'], MessageKey>;

export const CHANNEL_KIND_LABEL = {
  web: 'web.channel.web',
  phone: 'web.channel.phone',
  walk_in: 'web.channel.walk_in',
  kiosk: 'web.channel.kiosk',
  mail: 'web.channel.mail',
  email: 'web.channel.email',
} as const satisfies Record<ChannelSummary['kind'], MessageKey>;

export const DELIVERY_LABEL = {
  self_serve: 'web.channel.self_serve',
  serviced: 'web.channel.serviced',
} as const satisfies Record<ChannelSummary['delivery'], MessageKey>;

/** Short weekday names of the public pages, by iCalendar day code. */
export const WEEKDAY_LABEL = {
  MO: 'web.hours.MO',
  TU: 'web.hours.TU',
  WE: 'web.hours.WE',
  TH: 'web.hours.TH',
  FR: 'web.hours.FR',
  SA: 'web.hours.SA',
  SU: 'web.hours.SU',
} as const satisfies Record<Weekday, MessageKey>;

export const PARTY_ROLE_LABEL = {
  lead: 'partnerships.roles.lead',
  member: 'partnerships.roles.member',
  funder: 'partnerships.roles.funder',
} as const satisfies Record<PartyRole, MessageKey>;

/** Why an agreement step was refused; `generic` for a refusal that names no reason. */
export const PARTNERSHIP_CONFLICT_TEXT = {
  already_signed: 'partnerships.conflicts.already_signed',
  not_draft: 'partnerships.conflicts.not_draft',
  ended: 'partnerships.conflicts.ended',
  partnership_exists: 'partnerships.conflicts.partnership_exists',
  no_agreement_in_force: 'partnerships.conflicts.no_agreement_in_force',
  generic: 'partnerships.conflicts.generic',
} as const satisfies Record<AgreementStateReason | 'generic', MessageKey>;

/** The words of a record problem code, such as `required_fr`. */
export const RECORD_PROBLEM_TEXT = {
  required: 'records.problems.required',
  required_en: 'records.problems.required_en',
  required_fr: 'records.problems.required_fr',
  too_long: 'records.problems.too_long',
  too_many: 'records.problems.too_many',
  url: 'records.problems.url',
  phone: 'records.problems.phone',
  extension: 'records.problems.extension',
  email: 'records.problems.email',
  time: 'records.problems.time',
  time_pair: 'records.problems.time_pair',
  closes_before_opens: 'records.problems.closes_before_opens',
  spans_overlap: 'records.problems.spans_overlap',
  duplicate_day: 'records.problems.duplicate_day',
  language_code: 'records.problems.language_code',
  unknown_item: 'records.problems.unknown_item',
  term_too_long: 'records.problems.term_too_long',
  too_many_terms: 'records.problems.too_many_terms',
  invalid: 'records.problems.invalid',
} as const satisfies Record<ProblemCode, MessageKey>;

/**
 * A record problem in the person's language. A search term's problem names its line (the last part of
 * its path, counted from 1) and the limit it passes.
 */
export function recordProblemText(lang: Lang, { path, code }: RecordProblem): string {
  const index = /\.(\d+)$/.exec(path)?.[1];
  return t(lang, RECORD_PROBLEM_TEXT[code], {
    line: index === undefined ? undefined : Number(index) + 1,
    max: code === 'term_too_long' ? DRAFT_LIMITS.searchTermLength : DRAFT_LIMITS.searchTerms,
  });
}

export const ROLE_NAME = {
  platform_admin: 'people.roleNames.platform_admin',
  partner_admin: 'people.roleNames.partner_admin',
  partner_editor: 'people.roleNames.partner_editor',
  cluster_manager: 'people.roleNames.cluster_manager',
  agent: 'people.roleNames.agent',
  analyst: 'people.roleNames.analyst',
} as const satisfies Record<Role, MessageKey>;

import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { LocalizedText } from '../i18n/localized.js';

/** jsonb holding `{ en, fr }`: written as a JSON string or object, read back as the object. */
export type Text = ColumnType<LocalizedText, LocalizedText | string, LocalizedText | string>;
export type OptionalText = ColumnType<
  LocalizedText | null,
  LocalizedText | string | null | undefined,
  LocalizedText | string | null
>;
type Json = ColumnType<unknown, unknown, unknown>;
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Dates are kept as ISO `YYYY-MM-DD` strings end to end (type parsers set in connect.ts). */
export type DateText = string;

/** HSDS's description of its own tables, which the catalog does not describe. */
export interface MetaTableDescriptionTable {
  id: string;
  name: string | null;
  language: string | null;
  character_set: string | null;
}

export type InteractionChannel =
  'web' | 'phone' | 'ivr' | 'walk_in' | 'kiosk' | 'mail' | 'email' | 'agent' | 'api';
export type InteractionKind =
  | 'search'
  | 'view'
  | 'start'
  | 'complete'
  | 'abandon'
  | 'referral'
  | 'call'
  | 'visit'
  | 'mail_in'
  | 'survey'
  | 'feedback';

export interface InteractionTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  channel: InteractionChannel;
  kind: InteractionKind;
  cluster_key: string | null;
  service_id: string | null;
  organization_id: string | null;
  outcome: string | null;
  duration_ms: number | null;
  session_id: string | null;
  lang: 'en' | 'fr' | null;
  detail: Json;
  generated: ColumnType<boolean, boolean | undefined, boolean>;
}

type Score = 1 | 2 | 3 | 4 | 5;

/** The satisfaction questions answered after an interaction (migration 0016). */
export interface SurveyResponseTable {
  interaction_id: number;
  overall: Score;
  timeliness: Score | null;
  knowledge: Score | null;
  courtesy: Score | null;
  fairness: Score | null;
  outcome: Score | null;
  preferred_channel: InteractionChannel | null;
  comment: string | null;
}

type Sum = ColumnType<number, number | undefined, number>;

/** The daily rollup of interactions every dashboard reads; '' stands for "none" in a dimension. */
export interface InteractionDailyTable {
  cluster_key: string;
  day: string;
  service_id: string;
  organization_id: string;
  channel: InteractionChannel;
  kind: InteractionKind;
  outcome: string;
  preferred_channel: string;
  generated: boolean;
  events: number;
  duration_ms_sum: Sum;
  durations: Sum;
  with_standard: Sum;
  within_standard: Sum;
  duplicates_avoided: Sum;
  surveys: Sum;
  satisfied: Sum;
  overall_sum: Sum;
  timeliness_sum: Sum;
  timeliness_n: Sum;
  knowledge_sum: Sum;
  knowledge_n: Sum;
  courtesy_sum: Sum;
  courtesy_n: Sum;
  fairness_sum: Sum;
  fairness_n: Sum;
  outcome_sum: Sum;
  outcome_n: Sum;
}

export interface RollupStateTable {
  name: string;
  last_id: number;
  refreshed_at: Timestamp | null;
}

/** A cluster's own results measure: baseline, target and values over time (migration 0016). */
export interface ClusterIndicatorTable {
  id: string;
  cluster_key: string;
  key: string;
  name: Json;
  description: Json | null;
  unit: 'count' | 'percent' | 'days' | 'dollars';
  direction: 'increase' | 'decrease';
  baseline_value: number;
  baseline_on: string;
  target_value: number;
  target_on: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ClusterIndicatorValueTable {
  indicator_id: string;
  measured_on: string;
  value: number;
  note: Json | null;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  organization_id: string | null;
  detail: Json;
  prev_hash: string;
  hash: string;
  /** How `hash` was made: plain SHA-256 (entries before migration 0019) or HMAC-SHA256 under the audit key. */
  sealed_with: ColumnType<AuditSeal, AuditSeal | undefined, never>;
}

export type AuditSeal = 'sha256' | 'hmac-sha256';

/** GC Service Inventory yearly figures (migration 0002); `raw` keeps each cell as published. */
export type FigureStatus = 'number' | 'no_data' | 'not_applicable' | 'empty' | 'invalid';
type Numeric = ColumnType<number | null, number | null, number | null>;

export interface ServiceInventoryRecordTable {
  service_id: string;
  fiscal_year: string;
  format: 'services-yearly' | 'services-2024';
  source_file: string;
  source_row: number;
  inventory_id: string;
  organization_key: string;
  raw: Json;
  imported_at: Timestamp;
}

export interface ServiceVolumeTable {
  service_id: string;
  fiscal_year: string;
  channel: 'online' | 'phone' | 'in_person' | 'mail' | 'email' | 'fax' | 'other' | 'total';
  metric: 'applications' | 'enquiries' | 'web_visits';
  value: Numeric;
  status: FigureStatus;
  raw: string;
  source_column: string;
}

export interface ServiceOnlineStageTable {
  service_id: string;
  fiscal_year: string;
  stage: 'registration' | 'authentication' | 'application' | 'decision' | 'issuance' | 'feedback';
  value: 'Y' | 'N' | 'NA' | null;
  raw: string;
  source_column: string;
}

export interface ServiceStandardResultTable {
  standard_id: string;
  service_id: string;
  fiscal_year: string;
  target: Numeric;
  target_raw: string;
  volume_meeting_target: Numeric;
  volume_meeting_target_raw: string;
  total_volume: Numeric;
  total_volume_raw: string;
  performance: Numeric;
  performance_raw: string;
  target_met: 'Y' | 'N' | 'NA' | null;
  channel: string | null;
  source_file: string;
  source_row: number;
  raw: Json;
}

/** Clusters (migration 0005): lifecycle and draft beside frozen published versions. */
export interface ClusterTable {
  id: string;
  key: string;
  kind: 'life-event' | 'business-event' | 'client-group';
  status: Generated<'draft' | 'pilot' | 'production' | 'retired'>;
  pilot_starts_on: DateText | null;
  pilot_ends_on: DateText | null;
  draft: Json | null;
  draft_revision: Generated<number>;
  published_version: number | null;
  slug_en: string | null;
  slug_fr: string | null;
  partnership_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ClusterVersionTable {
  cluster_id: string;
  version: number;
  definition: Json;
  published_at: Timestamp;
  published_by: string;
  note: string | null;
}

export interface ClusterServiceTable {
  cluster_id: string;
  service_id: string;
  step_key: string;
}

export interface AppSecretTable {
  name: string;
  value: string;
  created_at: Timestamp;
}

/** Cluster governance (migration 0010): change requests, their approvals, production sign-offs. */
export interface ClusterChangeRequestTable {
  id: string;
  cluster_id: string;
  base_version: number | null;
  draft_revision: number;
  draft_hash: string;
  definition: Json;
  change_approval: 'touched_partners' | 'lead_only' | 'all_parties';
  agreement_id: string | null;
  state: Generated<'open' | 'approved' | 'rejected' | 'withdrawn' | 'published'>;
  requested_by: string;
  requested_at: Timestamp;
  closed_at: Date | null;
  published_version: number | null;
}

export interface ClusterChangeApprovalTable {
  request_id: string;
  organization_id: string;
  reason: 'touched' | 'lead' | 'party';
  decision: 'approved' | 'rejected' | null;
  decided_by: string | null;
  decided_at: Date | null;
  comment: string | null;
}

export interface ClusterSignoffTable {
  cluster_id: string;
  version: number;
  organization_id: string;
  signed_by: string;
  signed_at: Timestamp;
  comment: string | null;
}

/** Partnerships and agreements (migration 0007). */
export interface PartnershipTable {
  id: string;
  key: string;
  name: Text;
  created_at: Timestamp;
}

export interface PartnershipPartyTable {
  partnership_id: string;
  organization_id: string;
  role: 'lead' | 'member' | 'funder';
}

export interface AgreementTable {
  id: string;
  partnership_id: string;
  template: string;
  status: Generated<'draft' | 'signed' | 'expired'>;
  clauses: Json;
  starts_on: DateText;
  ends_on: DateText;
  review_on: DateText;
  signed_at: Date | null;
  signed_by: string | null;
  created_at: Timestamp;
}

/** One party's signature of an agreement (migration 0011); never changed. */
export interface AgreementSignatureTable {
  agreement_id: string;
  organization_id: string;
  signed_by: string;
  signer_name: string;
  signed_at: Timestamp;
}

/** Need-based search (migration 0006). */
export interface SearchDocumentTable {
  kind: 'cluster' | 'service';
  ref: string;
  lang: 'en' | 'fr';
  title: string;
  summary: Generated<string>;
  slug: string | null;
  clusters: Generated<string[]>;
  tsv: string;
}

export interface SearchTermTable {
  lang: 'en' | 'fr';
  term: string;
  kind: 'cluster' | 'service';
  ref: string;
  source: string;
  /** `name`: an official short form, acronym or nickname; `description`: everyday words (migration 0017). */
  role: Generated<'name' | 'description'>;
  /** The term's words stemmed in its language (migration 0017), filled by `stemTerms`. */
  stem: Generated<string | null>;
}

export interface SearchWordTable {
  lang: string;
  word: string;
  /** How many documents hold the word, to prefer the commoner of two equally close corrections. */
  documents: Generated<number>;
}

/** Documents holding each stemmed word, per language: common words weigh little (migration 0017). */
export interface SearchLexemeTable {
  lang: 'en' | 'fr';
  lexeme: string;
  documents: number;
}

export interface SearchCollectionTable {
  lang: 'en' | 'fr';
  kind: 'cluster' | 'service';
  documents: number;
}

export interface SearchUnmetNeedTable {
  lang: 'en' | 'fr';
  need: string;
  occurrences: Generated<number>;
  first_seen: Timestamp;
  last_seen: Timestamp;
}

/** People who sign in, their roles and sessions (migration 0008). */
export interface UserAccountTable {
  id: string;
  issuer: string;
  subject: string;
  email: string | null;
  name: string;
  preferred_lang: 'en' | 'fr' | null;
  disabled: Generated<boolean>;
  created_at: Timestamp;
  last_sign_in_at: Timestamp | null;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  role: string;
  organization_id: string | null;
  partnership_id: string | null;
  granted_at: Timestamp;
  granted_by: string;
}

export interface WebSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  id_token_hint: string | null;
}

export interface SignInRequestTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  lang: 'en' | 'fr';
  created_at: Timestamp;
}

export interface SignInFailureTable {
  id: Generated<string>;
  client_key: string;
  reason: string;
  occurred_at: Timestamp;
}

/** A partner's unpublished edit of a service or location (migration 0009). */
export interface CatalogDraftTable {
  entity_type: 'service' | 'location';
  entity_id: string;
  organization_id: string | null;
  content: Json;
  base_version: number;
  revision: ColumnType<number, number | undefined, number>;
  created_by: string;
  created_by_name: string;
  created_at: Timestamp;
  updated_by: string;
  updated_by_name: string;
  updated_at: Timestamp;
}

/** Moves whenever the service table changes (migration 0014). */
export interface CatalogGenerationTable {
  id: number;
  generation: number;
}

/**
 * Every table, for Kysely. A domain that derives a table's type from its own description declares it here by
 * declaration merging (the catalog's tables, from their descriptors: `src/domains/catalog/dbTypes.ts`), so
 * platform imports no domain.
 */
export interface Database {
  meta_table_description: MetaTableDescriptionTable;
  interaction: InteractionTable;
  survey_response: SurveyResponseTable;
  interaction_daily: InteractionDailyTable;
  rollup_state: RollupStateTable;
  cluster_indicator: ClusterIndicatorTable;
  cluster_indicator_value: ClusterIndicatorValueTable;
  audit_log: AuditLogTable;
  service_inventory_record: ServiceInventoryRecordTable;
  service_volume: ServiceVolumeTable;
  service_online_stage: ServiceOnlineStageTable;
  service_standard_result: ServiceStandardResultTable;
  cluster: ClusterTable;
  cluster_version: ClusterVersionTable;
  cluster_service: ClusterServiceTable;
  cluster_change_request: ClusterChangeRequestTable;
  cluster_change_approval: ClusterChangeApprovalTable;
  cluster_signoff: ClusterSignoffTable;
  app_secret: AppSecretTable;
  search_document: SearchDocumentTable;
  search_term: SearchTermTable;
  search_word: SearchWordTable;
  search_lexeme: SearchLexemeTable;
  search_collection: SearchCollectionTable;
  search_unmet_need: SearchUnmetNeedTable;
  partnership: PartnershipTable;
  partnership_party: PartnershipPartyTable;
  agreement: AgreementTable;
  agreement_signature: AgreementSignatureTable;
  user_account: UserAccountTable;
  role_grant: RoleGrantTable;
  web_session: WebSessionTable;
  sign_in_request: SignInRequestTable;
  sign_in_failure: SignInFailureTable;
  catalog_draft: CatalogDraftTable;
  catalog_generation: CatalogGenerationTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;

import type { Actor } from '../../../../platform/auth/index.js';
import type { Db, Tx } from '../../../../platform/db/index.js';
import type { LocalizedText } from '../../../../platform/i18n/index.js';
import { CHANNEL_KINDS } from '../../schemas.js';
import { locationContent, serviceContent } from '../content.js';
import { requireRecordEditor } from '../policy.js';
import { findDraft, findLiveRow, type DraftState } from '../repository.js';
import { type LocationDraft, type RecordKind, type ServiceDraft } from '../schemas.js';
import type { KeptSearchTerm, ServiceTermStore } from '../terms.js';
import { loadLocations, loadServices } from '../../queries/load.js';

export interface ChannelSummary {
  id: string;
  kind: (typeof CHANNEL_KINDS)[number];
  delivery: 'self_serve' | 'serviced';
}

interface Common {
  id: string;
  organization_id: string | null;
  organization_name: LocalizedText | null;
  /** The live version: goes up on every publication and import. */
  version: number;
  translation_pending: boolean;
  last_verified: { at: Date; by: string | null } | null;
  /** HSDS assured_date (may come from an import, without a person's name). */
  assured_date: string | null;
}

export type RecordForEditing =
  | (Common & {
      kind: 'service';
      published: ServiceDraft;
      draft: (DraftState & { content: ServiceDraft }) | null;
      channels: ChannelSummary[];
      /** Search terms other sources keep for the service (the demo, an import): shown, not edited. */
      other_terms: KeptSearchTerm[];
    })
  | (Common & {
      kind: 'location';
      published: LocationDraft;
      draft: (DraftState & { content: LocationDraft }) | null;
      channels: [];
      other_terms: [];
    });

/**
 * The live record in the editable shape, with its draft when there is one, for the owning
 * organisation's administrators and editors (or a platform administrator) only. Given where search
 * terms are kept, a service's published content holds its editors' terms, and `other_terms` the rest.
 */
export async function getRecordForEditing<K extends RecordKind>(
  db: Db | Tx,
  actor: Actor,
  kind: K,
  id: string,
  terms?: ServiceTermStore,
): Promise<Extract<RecordForEditing, { kind: K }>> {
  return (await readForEditing(db, actor, kind, id, terms)) as Extract<RecordForEditing, { kind: K }>;
}

async function readForEditing(
  db: Db | Tx,
  actor: Actor,
  kind: RecordKind,
  id: string,
  terms: ServiceTermStore | undefined,
): Promise<RecordForEditing> {
  const row = await findLiveRow(db, kind, id);
  requireRecordEditor(actor, kind, row, 'edit');
  const draft = (await findDraft(db, kind, id)) ?? null;
  const organization = row.organization_id
    ? await db
        .selectFrom('organization')
        .select('name')
        .where('id', '=', row.organization_id)
        .executeTakeFirst()
    : undefined;
  const last_verified = row.last_verified_at
    ? { at: row.last_verified_at, by: row.last_verified_by_name }
    : null;
  const common = {
    id,
    organization_id: row.organization_id,
    organization_name: organization?.name ?? null,
    version: row.version,
    last_verified,
  };
  if (kind === 'service') {
    const [service] = await loadServices(db, [id]);
    const kept = terms && (await terms.read(db, id));
    return {
      ...common,
      kind: 'service',
      translation_pending: service!.translation_pending,
      assured_date: service!.assured_date ?? null,
      published: serviceContent(service!, kept?.own),
      draft: draft as (DraftState & { content: ServiceDraft }) | null,
      channels: service!.channels.map((c) => ({ id: c.id, kind: c.kind, delivery: c.delivery })),
      other_terms: kept?.others ?? [],
    };
  }
  const [location] = await loadLocations(db, [id]);
  return {
    ...common,
    kind: 'location',
    translation_pending: location!.translation_pending,
    assured_date: location!.assured_date ?? null,
    published: locationContent(location!),
    draft: draft as (DraftState & { content: LocationDraft }) | null,
    channels: [],
    other_terms: [],
  };
}

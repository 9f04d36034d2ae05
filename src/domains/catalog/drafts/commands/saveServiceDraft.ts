import type { Actor } from '../../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../../platform/db/index.js';
import { serviceContent } from '../content.js';
import { RecordProblemsError } from '../errors.js';
import { requireRecordEditor } from '../policy.js';
import { findLiveRow } from '../repository.js';
import { parseDraft, ServiceDraftSchema, type ProblemCode, type ServiceDraftInput } from '../schemas.js';
import { termStoreFor, type ServiceTermStore } from '../terms.js';
import { loadServices } from '../../queries/load.js';
import { DraftEnvelope, storeDraft, type SaveDraftInput, type SavedRecordDraft } from './storeDraft.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;

/**
 * Saves a partner's edit of a service as its draft; the live service is untouched until publishDraft.
 * Only the owning organisation's administrators and editors (or a platform administrator) may. With
 * `terms` (where search terms are kept), the draft holds the service's search terms: those sent, else
 * the published ones. Terms sent without it are a caller's mistake (an Error).
 */
export async function saveServiceDraft(
  db: Db | Tx,
  actor: Actor,
  input: SaveDraftInput<ServiceDraftInput>,
  terms?: ServiceTermStore,
): Promise<SavedRecordDraft> {
  const envelope = parseDraft(DraftEnvelope, input);
  return withTransaction(db, async (tx) => {
    const row = await findLiveRow(tx, 'service', envelope.id, true);
    requireRecordEditor(actor, 'service', row, 'edit');
    const content = parseDraft(ServiceDraftSchema, input.content);
    if (content.search_terms) termStoreFor(terms);
    const [service] = await loadServices(tx, [row.id]);
    // Phones and channels are named by id: only this service's own, so a draft cannot take over another record's.
    const phones = new Set(service!.phones.map((p) => p.id));
    const channels = new Set(service!.channels.map((c) => c.id));
    const problems: { path: string; code: ProblemCode }[] = [];
    list(input.content?.phones).forEach((phone, i) => {
      const id = idOf(phone);
      if (id && !phones.has(String(id))) problems.push({ path: `phones.${i}.id`, code: 'unknown_item' });
    });
    const seen = new Set<string>();
    list(input.content?.channels).forEach((channel, i) => {
      const id = String(idOf(channel));
      if (!channels.has(id) || seen.has(id))
        problems.push({ path: `channels.${i}.id`, code: 'unknown_item' });
      seen.add(id);
    });
    if (problems.length) throw new RecordProblemsError(problems);
    const published = serviceContent(service!, terms && (await terms.read(tx, row.id)).own);
    const drafted = { ...content, search_terms: content.search_terms ?? published.search_terms };
    if (!drafted.search_terms) delete drafted.search_terms;
    return storeDraft(tx, actor, 'service', row, envelope, drafted, published);
  });
}

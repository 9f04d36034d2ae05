import type { Actor } from '../../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../../platform/db/index.js';
import { serviceContent } from '../content.js';
import { RecordProblemsError } from '../errors.js';
import { requireRecordEditor } from '../policy.js';
import { findLiveRow } from '../repository.js';
import { parseDraft, ServiceDraftSchema, type ProblemCode, type ServiceDraftInput } from '../schemas.js';
import { loadServices } from '../../queries/load.js';
import { DraftEnvelope, storeDraft, type SaveDraftInput, type SavedRecordDraft } from './storeDraft.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;

/**
 * Saves a partner's edit of a service as its draft; the live service is untouched until publishDraft.
 * Only the owning organisation's administrators and editors (or a platform administrator) may.
 */
export async function saveServiceDraft(
  db: Db | Tx,
  actor: Actor,
  input: SaveDraftInput<ServiceDraftInput>,
): Promise<SavedRecordDraft> {
  const envelope = parseDraft(DraftEnvelope, input);
  return withTransaction(db, async (tx) => {
    const row = await findLiveRow(tx, 'service', envelope.id, true);
    requireRecordEditor(actor, 'service', row, 'edit');
    const content = parseDraft(ServiceDraftSchema, input.content);
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
    return storeDraft(tx, actor, 'service', row, envelope, content, serviceContent(service!));
  });
}

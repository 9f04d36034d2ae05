import type { Actor } from '../../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../../platform/db/index.js';
import { locationContent } from '../content.js';
import { requireRecordEditor } from '../policy.js';
import { findLiveRow } from '../repository.js';
import { LocationDraftSchema, parseDraft, type LocationDraftInput } from '../schemas.js';
import { loadLocations } from '../../queries/load.js';
import { DraftEnvelope, storeDraft, type SaveDraftInput, type SavedRecordDraft } from './storeDraft.js';

/**
 * Saves a partner's edit of a location (an office: name, address, weekly hours, languages) as its
 * draft; the live location is untouched until publishDraft.
 */
export async function saveLocationDraft(
  db: Db | Tx,
  actor: Actor,
  input: SaveDraftInput<LocationDraftInput>,
): Promise<SavedRecordDraft> {
  const envelope = parseDraft(DraftEnvelope, input);
  return withTransaction(db, async (tx) => {
    const row = await findLiveRow(tx, 'location', envelope.id, true);
    requireRecordEditor(actor, 'location', row, 'edit');
    const content = parseDraft(LocationDraftSchema, input.content);
    const [location] = await loadLocations(tx, [row.id]);
    return storeDraft(tx, actor, 'location', row, envelope, content, locationContent(location!));
  });
}

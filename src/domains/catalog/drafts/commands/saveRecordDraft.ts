import type { Actor } from '../../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../../platform/db/index.js';
import type { LocationDraftInput, ServiceDraftInput } from '../schemas.js';
import type { ServiceTermStore } from '../terms.js';
import { publishDraft } from './publishDraft.js';
import { saveLocationDraft } from './saveLocationDraft.js';
import { saveServiceDraft } from './saveServiceDraft.js';
import type { SaveDraftInput } from './storeDraft.js';

export type RecordDraftInput =
  | ({ kind: 'service' } & SaveDraftInput<ServiceDraftInput>)
  | ({ kind: 'location' } & SaveDraftInput<LocationDraftInput>);

/**
 * Saves an edit from the record form and, when asked, publishes it: both in one transaction, so a
 * refused publication leaves no half-saved draft behind. `terms` is where a service's search terms are
 * kept (saveServiceDraft, publishDraft).
 */
export async function saveRecordDraft(
  db: Db | Tx,
  actor: Actor,
  input: RecordDraftInput & { publish: boolean },
  terms?: ServiceTermStore,
): Promise<{ revision: number; published: boolean }> {
  return withTransaction(db, async (tx) => {
    const saved =
      input.kind === 'service'
        ? await saveServiceDraft(tx, actor, input, terms)
        : await saveLocationDraft(tx, actor, input);
    if (input.publish)
      await publishDraft(tx, actor, { kind: input.kind, id: input.id, revision: saved.revision }, terms);
    return { revision: saved.revision, published: input.publish };
  });
}

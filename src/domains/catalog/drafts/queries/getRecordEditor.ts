import type { Actor } from '../../../../platform/auth/index.js';
import type { Db, Tx } from '../../../../platform/db/index.js';
import { editableColumns, type Edit, type EditableColumn } from '../../tables.js';
import {
  DRAFT_LIMITS,
  LocationDraftSchema,
  ServiceDraftSchema,
  type DraftContent,
  type RecordKind,
} from '../schemas.js';
import type { ServiceTermStore } from '../terms.js';
import { getRecordForEditing, type RecordForEditing } from './getRecordForEditing.js';

/** A bilingual text an editor changes, with the limits its descriptor gives it. */
export interface EditorText {
  name: EditableColumn<'service'> | EditableColumn<'location'>;
  edit: Edit;
}

/** The record editing screen: what any channel needs to show the form and to compare on a conflict. */
export interface RecordEditor<K extends RecordKind = RecordKind> {
  record: Extract<RecordForEditing, { kind: K }>;
  /** What the form starts from: the draft when there is one, else the published record. */
  content: DraftContent;
  /** The draft revision and the published version a save must name. */
  revision: number;
  version: number;
  /** The texts in the form's order, with their limits. */
  texts: EditorText[];
  /** The top-level parts of the content the editor changes: the ones a conflict compares. */
  parts: string[];
  limits: typeof DRAFT_LIMITS;
}

const PARTS: Record<RecordKind, string[]> = {
  service: Object.keys(ServiceDraftSchema.shape),
  location: Object.keys(LocationDraftSchema.shape),
};

/**
 * The draft when there is one, else the published record. A draft saved without search terms (by a
 * channel that does not edit them) leaves the published ones as they are, so the form shows those.
 */
function startingContent(record: RecordForEditing): DraftContent {
  if (!record.draft) return record.published;
  if (record.kind !== 'service' || record.draft.content.search_terms || !record.published.search_terms)
    return record.draft.content;
  return { ...record.draft.content, search_terms: record.published.search_terms };
}

const textsOf = (kind: RecordKind): EditorText[] =>
  kind === 'service' ? editableColumns('service') : editableColumns('location');

/**
 * The record editing screen for the owning organisation's administrators and editors (or a platform
 * administrator): the live record, its draft, the editable texts and their limits; a service's search
 * terms too when the channel says where they are kept.
 */
export async function getRecordEditor<K extends RecordKind>(
  db: Db | Tx,
  actor: Actor,
  input: { kind: K; id: string },
  terms?: ServiceTermStore,
): Promise<RecordEditor<K>> {
  const record = await getRecordForEditing(db, actor, input.kind, input.id, terms);
  return {
    record,
    content: startingContent(record),
    revision: record.draft?.revision ?? 0,
    version: record.draft?.base_version ?? record.version,
    texts: textsOf(input.kind),
    parts: PARTS[input.kind],
    limits: DRAFT_LIMITS,
  };
}

/**
 * A personal checklist travels as a link that carries the answers sealed (encrypted and authenticated),
 * so the URL can be shared or emailed without showing a birth date or postal code in the clear, and
 * nothing about the person is stored on the server.
 */
import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import { getSecretKey, seal, unseal } from '../../../platform/secrets/index.js';
import type { Answers } from './answers.js';

const KEY_NAME = 'checklist-links';

export interface ChecklistLink {
  key: string;
  version: number;
  answers: Answers;
}

function isAnswers(value: unknown): value is Answers {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => ['string', 'number', 'boolean'].includes(typeof v))
  );
}

export async function sealChecklistLink(db: Db | Tx, link: ChecklistLink): Promise<string> {
  return seal(await getSecretKey(db, KEY_NAME), { k: link.key, v: link.version, a: link.answers });
}

/** Opens a link; a link that was altered or made elsewhere is "not found". */
export async function openChecklistLink(db: Db | Tx, token: string): Promise<ChecklistLink> {
  const value = unseal(await getSecretKey(db, KEY_NAME), token) as
    { k?: unknown; v?: unknown; a?: unknown } | undefined;
  if (!value || typeof value.k !== 'string' || typeof value.v !== 'number' || !isAnswers(value.a)) {
    throw new NotFoundError('checklist', token.slice(0, 16));
  }
  return { key: value.k, version: value.v, answers: value.a };
}

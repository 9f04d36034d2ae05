import type { Tx } from '../../../platform/db/index.js';
import type { Db } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { InteractionInput } from '../schemas.js';

/**
 * Records one interaction in the caller's transaction, so the measure and the change it measures
 * commit together. Any domain may call it. Resolves with the interaction's id, for a record that
 * hangs from it (a survey's answers).
 */
export async function recordInteraction(tx: Tx | Db, input: InteractionInput): Promise<number> {
  const { id } = await tx
    .insertInto('interaction')
    .values(interactionRow(input))
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The row of one interaction, validated; the time is now unless given. */
export function interactionRow(input: InteractionInput) {
  const value = parseInput(InteractionInput, input, 'Invalid interaction');
  return {
    channel: value.channel,
    kind: value.kind,
    occurred_at: value.occurred_at ?? new Date(),
    cluster_key: value.cluster_key ?? null,
    service_id: value.service_id ?? null,
    organization_id: value.organization_id ?? null,
    outcome: value.outcome ?? null,
    duration_ms: value.duration_ms ?? null,
    session_id: value.session_id ?? null,
    lang: value.lang ?? null,
    detail: value.detail ? JSON.stringify(value.detail) : null,
  };
}

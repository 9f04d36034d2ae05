import { appendAudit } from '../audit/index.js';
import { withTransaction, type Db } from '../db/index.js';
import type { Actor } from './actor.js';
import { AccessDeniedError, type DeniedTarget } from './errors.js';

/**
 * Throws AccessDeniedError unless `allowed`. Domains call it before they change anything.
 *
 * @example requireThat(actor, actsFor(actor, service.organization_id), 'service.edit',
 *   { entity_type: 'service', entity_id: service.id, organization_id: service.organization_id },
 *   'not an editor of the owning organisation')
 */
export function requireThat(
  actor: Actor,
  allowed: boolean,
  action: string,
  target: DeniedTarget,
  reason: string,
): void {
  if (!allowed) throw new AccessDeniedError(actor, action, target, reason);
}

export interface DenialContext {
  method?: string;
  route?: string;
}

/** Writes a refused attempt to the audit log in its own transaction (the command's was rolled back). */
export async function recordDenial(
  db: Db,
  error: AccessDeniedError,
  context: DenialContext = {},
): Promise<void> {
  await withTransaction(db, (tx) =>
    appendAudit(tx, {
      actor: error.actor.id,
      action: 'access.denied',
      entity_type: error.target.entity_type,
      entity_id: error.target.entity_id ?? null,
      organization_id: error.target.organization_id ?? null,
      detail: {
        attempted: error.action,
        reason: (error.details?.reason as string | undefined) ?? null,
        method: context.method ?? null,
        route: context.route ?? null,
      },
    }),
  );
}

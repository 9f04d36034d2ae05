import type { Db } from '../../../platform/db/index.js';
import { recordView } from '../../measurement/index.js';
import type { Reader } from '../types.js';

/**
 * A list asked with `search` is a need expressed: recorded with its result count, never its words. Lists
 * without `search` are browsing and record nothing.
 */
export function recordSearch(
  db: Db,
  reader: Reader,
  asked: { search?: string | undefined; organizationId?: string | undefined },
  resource: string,
  results: number,
): void {
  if (!asked.search) return;
  recordView(db, {
    channel: reader.channel,
    kind: 'search',
    lang: reader.lang,
    organization_id: asked.organizationId ?? null,
    detail: { resource, results },
  });
}

import type { Db } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { recordView } from '../../measurement/index.js';
import { hsdsService } from '../hsds/read.js';
import type { HsdsObject } from '../hsds/spec.js';
import type { Reader } from '../types.js';

export interface HsdsServiceQuery {
  id: string;
  /** `fr` puts French in the HSDS fields; otherwise English there and French as attributes. */
  lang?: Lang | undefined;
  reader: Reader;
}

/** One service in the HSDS `service_full` form, or undefined; a service read is recorded as a view. */
export async function getHsdsService(db: Db, query: HsdsServiceQuery): Promise<HsdsObject | undefined> {
  const found = await hsdsService(db, query.id, query.lang);
  if (!found) return undefined;
  recordView(db, {
    channel: query.reader.channel,
    kind: 'view',
    service_id: found.service.id,
    organization_id: found.service.organization_id,
    lang: query.reader.lang,
  });
  return found.record;
}

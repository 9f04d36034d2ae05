import { z } from 'zod';
import { INTERACTION_CHANNELS, recordView } from '../../measurement/index.js';
import type { Db } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { LANGUAGES, type LocalizedText } from '../../../platform/i18n/index.js';
import { listServices } from './listServices.js';
import { loadOrganizations } from './load.js';

/** Services per page of the public list. */
export const SERVICE_LIST_PAGE_SIZE = 20;
/** The deepest page a visitor may ask for: far beyond any catalogue, short of a costly offset. */
export const SERVICE_LIST_MAX_PAGE = 10_000;
/** The longest search text kept; it is shown back to the visitor, so it stays one bounded line. */
export const SERVICE_SEARCH_MAX_LENGTH = 500;

export const ServiceListScreenQuery = z.object({
  /** Words to find; control characters become spaces, and the text is trimmed and bounded. */
  q: z
    .string()
    .default('')
    .transform((text) =>
      text
        .replace(/\p{Cc}/gu, ' ')
        .trim()
        .slice(0, SERVICE_SEARCH_MAX_LENGTH),
    ),
  page: z.number().int().min(1).max(SERVICE_LIST_MAX_PAGE).default(1),
  lang: z.enum(LANGUAGES),
  /** Where the visitor is reading: measurement counts views per channel. */
  channel: z.enum(INTERACTION_CHANNELS).default('web'),
});
export type ServiceListScreenInput = z.input<typeof ServiceListScreenQuery>;

export interface ServiceListItem {
  id: string;
  name: LocalizedText;
  summary: LocalizedText | null;
  /** The offering organisation's name, when it resolves. */
  organizationName: LocalizedText | null;
}

export interface ServiceListView {
  /** The search text as understood (empty: every service). */
  query: string;
  total: number;
  page: number;
  pages: number;
  services: ServiceListItem[];
}

/**
 * The public list of services, by English name, twenty a page, optionally narrowed by words in either
 * language. A search is recorded (its result count only, never the words).
 */
export async function getServiceList(db: Db, input: ServiceListScreenInput): Promise<ServiceListView> {
  const { q, page, lang, channel } = parseInput(ServiceListScreenQuery, input, 'Invalid service list query');
  const result = await listServices(db, {
    page,
    perPage: SERVICE_LIST_PAGE_SIZE,
    search: q || undefined,
  });
  if (q) {
    recordView(db, {
      channel,
      kind: 'search',
      lang,
      outcome: result.total ? 'found' : 'none',
      detail: { results: result.total },
    });
  }
  const organizations = new Map(
    (await loadOrganizations(db, [...new Set(result.items.map((s) => s.organization_id))])).map((o) => [
      o.id,
      o,
    ]),
  );
  return {
    query: q,
    total: result.total,
    page,
    pages: Math.max(1, Math.ceil(result.total / SERVICE_LIST_PAGE_SIZE)),
    services: result.items.map((service) => ({
      id: service.id,
      name: service.name,
      summary: service.description ?? null,
      organizationName: organizations.get(service.organization_id)?.name ?? null,
    })),
  };
}

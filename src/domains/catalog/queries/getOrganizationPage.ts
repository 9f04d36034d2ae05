import { z } from 'zod';
import { INTERACTION_CHANNELS, recordView } from '../../measurement/index.js';
import type { Db } from '../../../platform/db/index.js';
import { NotFoundError, parseInput } from '../../../platform/errors/index.js';
import { LANGUAGES, type LocalizedText } from '../../../platform/i18n/index.js';
import { Id } from '../schemas.js';
import type { Jurisdiction } from '../types.js';
import { getJurisdiction } from './getJurisdiction.js';
import { listServices } from './listServices.js';
import { loadOrganizations } from './load.js';

/** More services than any partner offers: its page lists them all. */
const SERVICES_SHOWN = 500;

export const OrganizationPageQuery = z.object({
  id: Id,
  lang: z.enum(LANGUAGES),
  /** Where the visitor is reading: measurement counts views per channel. */
  channel: z.enum(INTERACTION_CHANNELS).default('web'),
});
export type OrganizationPageQuery = z.input<typeof OrganizationPageQuery>;

export interface OrganizationPageView {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  website: LocalizedText | null;
  /** The government it belongs to, when it names one that resolves. */
  jurisdiction: { name: LocalizedText; level: Jurisdiction['level'] } | null;
  /** Its public services, by English name. */
  services: { id: string; name: LocalizedText }[];
}

/** A partner's page: who it is, its government and its services. Throws NotFoundError for an unknown id. */
export async function getOrganizationPage(
  db: Db,
  input: OrganizationPageQuery,
): Promise<OrganizationPageView> {
  const { id, lang, channel } = parseInput(OrganizationPageQuery, input, 'Invalid organization page query');
  const [organization] = await loadOrganizations(db, [id]);
  if (!organization) throw new NotFoundError('organization', id);
  const [services, jurisdiction] = await Promise.all([
    listServices(db, { page: 1, perPage: SERVICES_SHOWN, organizationId: id }),
    organization.jurisdiction_id
      ? getJurisdiction(db, organization.jurisdiction_id).catch((error: unknown) => {
          if (error instanceof NotFoundError) return undefined;
          throw error;
        })
      : undefined,
  ]);
  recordView(db, { channel, kind: 'view', lang, organization_id: id });
  return {
    id: organization.id,
    name: organization.name,
    description: organization.description,
    website: organization.website ?? null,
    jurisdiction: jurisdiction ? { name: jurisdiction.name, level: jurisdiction.level } : null,
    services: services.items.map((service) => ({ id: service.id, name: service.name })),
  };
}

/**
 * schema.org descriptions of services for search engines and assistants: each service as a
 * GovernmentService with its provider and every channel (ServiceChannel), and a cluster as an ordered
 * ItemList of its services. Only types and properties of schema.org 30.0 are used (jsonLd.test.ts).
 */
import type { Location, Organization, Service } from '../../../domains/catalog/index.js';
import type { ClusterPageView } from '../../../domains/clusters/index.js';
import { t, type Lang, type LocalizedText } from '../../../platform/i18n/index.js';
import { servicePath } from '../../http/paths.js';
import { local } from './text.js';
import { CHANNEL_KIND_LABEL } from '../../labels.js';

type Node = Record<string, unknown>;

function postalAddress(location: Location): Node | undefined {
  const address = location.addresses.find((a) => a.address_type === 'physical') ?? location.addresses[0];
  if (!address) return undefined;
  return {
    '@type': 'PostalAddress',
    streetAddress: [address.address_1, address.address_2].filter(Boolean).join(', '),
    addressLocality: address.city,
    addressRegion: address.state_province,
    postalCode: address.postal_code,
    addressCountry: address.country,
  };
}

function place(lang: Lang, location: Location): Node {
  const node: Node = { '@type': 'Place', name: local(location.name, lang), address: postalAddress(location) };
  if (location.latitude != null && location.longitude != null) {
    node.geo = { '@type': 'GeoCoordinates', latitude: location.latitude, longitude: location.longitude };
  }
  return node;
}

export function governmentService(
  lang: Lang,
  origin: string,
  service: Service,
  organization: Organization | undefined,
  locations: Map<string, Location>,
): Node {
  const places = service.service_at_locations
    .map((sal) => locations.get(sal.location_id))
    .filter((l): l is Location => !!l);
  return describeService(lang, origin, service, organization, places);
}

/** What a GovernmentService node is made of: any shape that has these, a record or a screen's view. */
export interface DescribedService {
  id: string;
  name: LocalizedText;
  description?: LocalizedText | null | undefined;
  channels: Service['channels'];
}

/** A service as a GovernmentService, its walk-in channel at `places` (the offices, in order). */
export function describeService(
  lang: Lang,
  origin: string,
  service: DescribedService,
  provider: Pick<Organization, 'name' | 'website'> | undefined,
  places: Location[],
): Node {
  const channels: Node[] = [];
  for (const channel of service.channels) {
    const node: Node = { '@type': 'ServiceChannel', name: t(lang, CHANNEL_KIND_LABEL[channel.kind]) };
    if (channel.url) node.serviceUrl = local(channel.url, lang);
    if (channel.phone_number)
      node.servicePhone = { '@type': 'ContactPoint', telephone: channel.phone_number };
    if (channel.languages.length) node.availableLanguage = channel.languages;
    if (channel.kind === 'walk_in' && places.length) node.serviceLocation = places.map((l) => place(lang, l));
    if (channel.mail_address) {
      node.servicePostalAddress = {
        '@type': 'PostalAddress',
        streetAddress: channel.mail_address.address_1,
        addressLocality: channel.mail_address.city,
        addressRegion: channel.mail_address.state_province,
        postalCode: channel.mail_address.postal_code,
      };
    }
    channels.push(node);
  }
  const node: Node = {
    '@type': 'GovernmentService',
    '@id': `${origin}${servicePath(lang, service.id)}`,
    name: local(service.name, lang),
    description: local(service.description, lang) || undefined,
    url: `${origin}${servicePath(lang, service.id)}`,
    inLanguage: lang === 'en' ? 'en-CA' : 'fr-CA',
    availableChannel: channels,
  };
  if (provider) {
    node.provider = {
      '@type': 'GovernmentOrganization',
      name: local(provider.name, lang),
      url: local(provider.website, lang) || undefined,
    };
  }
  return node;
}

/** A cluster as an ordered list of its services, from its screen (getClusterPage). */
export function clusterItemList(
  origin: string,
  url: string,
  cluster: Pick<ClusterPageView, 'lang' | 'title' | 'summary' | 'records'>,
): Node {
  const { lang, records } = cluster;
  const organizations = new Map(records.organizations.map((o) => [o.id, o]));
  const locations = new Map(records.locations.map((l) => [l.id, l]));
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: cluster.title,
    description: cluster.summary,
    url: `${origin}${url}`,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: records.services.length,
    itemListElement: records.services.map((service, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: governmentService(lang, origin, service, organizations.get(service.organization_id), locations),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function jsonLdText(value: Node): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

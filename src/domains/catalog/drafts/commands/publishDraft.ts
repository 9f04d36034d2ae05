import { sql } from 'kysely';
import { appendAudit } from '../../../../platform/audit/index.js';
import type { Actor } from '../../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../../platform/db/index.js';
import { ValidationError } from '../../../../platform/errors/index.js';
import { newId } from '../../../../platform/ids/index.js';
import {
  changedFields,
  isWeeklySpan,
  locationContent,
  primaryAddress,
  serviceContent,
  today,
} from '../content.js';
import { RecordConflictError } from '../errors.js';
import { requireRecordEditor } from '../policy.js';
import { findDraft, findLiveRow, lastChange } from '../repository.js';
import { SERVICE_TEXT_FIELDS, type LocationDraft, type RecordKind, type ServiceDraft } from '../schemas.js';
import {
  changedTermLanguages,
  termStoreFor,
  type ServiceSearchTerms,
  type ServiceTermStore,
} from '../terms.js';
import { loadLocations, loadServices } from '../../queries/load.js';
import type { CatalogBundleInput, Location, LocationInput, Service, ServiceInput } from '../../schemas.js';
import { createCatalogWriter } from '../../commands/importCatalog.js';

export interface PublishInput {
  kind: RecordKind;
  id: string;
  /** The draft revision the person is looking at; a newer one (someone saved since) is refused. */
  revision?: number | undefined;
}

export interface PublishedRecord {
  version: number;
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** True when some `{ en, fr }` in the record has one language only (a record awaiting translation). */
function lacksALanguage(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(lacksALanguage);
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && 'en' in record && 'fr' in record) return blank(record.en) !== blank(record.fr);
  return Object.values(record).some(lacksALanguage);
}

const noLinks = { attributes: [], metadata: [] };

function applyServiceDraft(service: Service, draft: ServiceDraft): ServiceInput {
  const phones = new Map(service.phones.map((p) => [p.id, p]));
  const channels = new Map(draft.channels.map((c) => [c.id, c]));
  const merged: ServiceInput = {
    ...service,
    ...Object.fromEntries(SERVICE_TEXT_FIELDS.map((name) => [name, draft[name]])),
    phones: draft.phones.map((phone) => {
      const live = phone.id ? phones.get(phone.id) : undefined;
      return {
        ...(live ?? { languages: [], ...noLinks }),
        id: live?.id ?? newId(),
        number: phone.number,
        extension: phone.extension,
        description: phone.description,
      };
    }),
    // A channel left out of the draft is kept as it is: the back office edits channels, it does not remove them.
    channels: service.channels.map((channel) => {
      const edit = channels.get(channel.id);
      return edit
        ? {
            ...channel,
            description: edit.description,
            url: edit.url,
            phone_number: edit.phone_number,
            email: edit.email,
          }
        : channel;
    }),
    assured_date: today(),
    last_modified: new Date().toISOString(),
  };
  return { ...merged, translation_pending: service.translation_pending && lacksALanguage(merged) };
}

function applyLocationDraft(location: Location, draft: LocationDraft): LocationInput {
  const live = locationContent(location);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

  let addresses: LocationInput['addresses'] = location.addresses;
  if (!same(live.address, draft.address)) {
    const edited = primaryAddress(location);
    const fields = draft.address && { ...draft.address, address_2: draft.address.address_2 || null };
    if (!fields) addresses = location.addresses.filter((a) => a !== edited);
    else if (edited) addresses = location.addresses.map((a) => (a === edited ? { ...a, ...fields } : a));
    else
      addresses = [
        ...location.addresses,
        { id: newId(), ...fields, country: 'CA', address_type: 'physical', ...noLinks },
      ];
  }

  let schedules: LocationInput['schedules'] = location.schedules;
  if (!same(live.hours, draft.hours)) {
    // Days sharing the same opening span become one weekly row (BYDAY=MO,TU,…), as HSDS writes them;
    // a row with the same times is reused so its notes and validity dates stay.
    const groups = new Map<string, { opens: string; closes: string; days: string[] }>();
    for (const day of draft.hours)
      for (const span of day.spans) {
        const key = `${span.opens}-${span.closes}`;
        const group = groups.get(key) ?? { ...span, days: [] };
        group.days.push(day.day);
        groups.set(key, group);
      }
    const weekly = location.schedules.filter(isWeeklySpan);
    const used = new Set<string>();
    const rows = [...groups.values()].map((group) => {
      const reuse = weekly.find(
        (s) =>
          !used.has(s.id) &&
          s.opens_at!.slice(0, 5) === group.opens &&
          s.closes_at!.slice(0, 5) === group.closes,
      );
      if (reuse) used.add(reuse.id);
      return reuse
        ? { ...reuse, byday: group.days.join(',') }
        : {
            id: newId(),
            freq: 'WEEKLY' as const,
            byday: group.days.join(','),
            opens_at: group.opens,
            closes_at: group.closes,
            closed: false,
            ...noLinks,
          };
    });
    schedules = [...rows, ...location.schedules.filter((s) => !isWeeklySpan(s))];
  }

  let languages: LocationInput['languages'] = location.languages;
  if (!same(live.languages, draft.languages)) {
    const byCode = new Map(location.languages.flatMap((l) => (l.code ? [[l.code, l] as const] : [])));
    languages = [
      ...draft.languages.map((code) => byCode.get(code) ?? { id: newId(), code, ...noLinks }),
      // Languages given by name only cannot be shown in the form; they stay.
      ...location.languages.filter((l) => !l.code),
    ];
  }

  const merged: LocationInput = {
    ...location,
    name: draft.name,
    addresses,
    schedules,
    languages,
    assured_date: today(),
  };
  return { ...merged, translation_pending: location.translation_pending && lacksALanguage(merged) };
}

/**
 * Applies a draft to the live record in one transaction, provided the live record is still the version
 * the draft was based on; the version goes up, the record is marked verified by the publisher, the draft
 * is removed and the audit log says which fields changed. Children (phones, hours…) are written through
 * the import's writer, so shared children and versions follow the catalog's rules. A service draft's
 * search terms go to `terms` (where they are kept), in the same transaction, for the languages whose
 * terms changed; a draft holding terms cannot be published without it.
 */
export async function publishDraft(
  db: Db | Tx,
  actor: Actor,
  input: PublishInput,
  terms?: ServiceTermStore,
): Promise<PublishedRecord> {
  return withTransaction(db, async (tx) => {
    const { kind, id } = input;
    const row = await findLiveRow(tx, kind, id, true);
    requireRecordEditor(actor, kind, row, 'publish');
    const draft = await findDraft(tx, kind, id);
    const common = { entity_type: kind, entity_id: id, current_version: row.version };
    if (!draft) {
      throw new RecordConflictError({
        ...common,
        reason: 'draft_gone',
        by: null,
        at: null,
        theirs: null,
        current_revision: 0,
      });
    }
    if (input.revision !== undefined && input.revision !== draft.revision) {
      throw new RecordConflictError({
        ...common,
        reason: 'draft_changed',
        by: draft.updated_by_name,
        at: draft.updated_at.toISOString(),
        theirs: draft.content,
        current_revision: draft.revision,
      });
    }

    let published;
    let bundle: CatalogBundleInput;
    let termsWas: ServiceSearchTerms | undefined;
    let termsNow: ServiceSearchTerms | undefined;
    if (kind === 'service') {
      const [service] = await loadServices(tx, [id]);
      termsNow = (draft.content as ServiceDraft).search_terms;
      if (termsNow) termsWas = (await termStoreFor(terms).read(tx, id)).own;
      published = serviceContent(service!, termsWas);
      bundle = { services: [applyServiceDraft(service!, draft.content as ServiceDraft)] };
    } else {
      const [location] = await loadLocations(tx, [id]);
      published = locationContent(location!);
      bundle = { locations: [applyLocationDraft(location!, draft.content as LocationDraft)] };
    }
    if (draft.base_version !== row.version) {
      throw new RecordConflictError({
        ...common,
        reason: 'published_changed',
        ...lastChange(row),
        theirs: published,
        current_revision: draft.revision,
      });
    }

    const writer = createCatalogWriter(tx, { source: row.source ?? 'back-office', actor: actor.id });
    await writer.write(bundle);
    if (writer.report.rejected.length > 0) {
      throw new ValidationError(
        'The draft cannot be published.',
        writer.report.rejected.map((r) => ({ path: r.field ?? '', message: r.reason })),
      );
    }
    // updated_at was set to now() by the write: the same transaction time, so lastChange can name the publisher.
    const stamp = {
      last_verified_at: sql<Date>`now()`,
      last_verified_by: actor.id,
      last_verified_by_name: actor.name,
      last_published_at: sql<Date>`now()`,
      last_published_by_name: actor.name,
    };
    const updated =
      kind === 'service'
        ? await tx
            .updateTable('service')
            .set(stamp)
            .where('id', '=', id)
            .returning('version')
            .executeTakeFirstOrThrow()
        : await tx
            .updateTable('location')
            .set(stamp)
            .where('id', '=', id)
            .returning('version')
            .executeTakeFirstOrThrow();
    if (termsNow && termsWas) {
      const langs = changedTermLanguages(termsWas, termsNow);
      if (langs.length) await termStoreFor(terms).write(tx, actor, { serviceId: id, terms: termsNow, langs });
    }
    await tx
      .deleteFrom('catalog_draft')
      .where('entity_type', '=', kind)
      .where('entity_id', '=', id)
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'catalog.publish',
      entity_type: kind,
      entity_id: id,
      organization_id: row.organization_id,
      detail: {
        from_version: row.version,
        to_version: updated.version,
        revision: draft.revision,
        fields: changedFields(published, draft.content),
      },
    });
    return { version: updated.version };
  });
}

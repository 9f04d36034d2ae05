import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countInteractions, flushViews } from '../../measurement/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import { newId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aLocation, anOrganization, aRichService, aService, text } from '../../../testing/factories.js';
import { importCatalog } from '../commands/importCatalog.js';
import { getServicePage } from './getServicePage.js';

describe('getServicePage', () => {
  let database: TestDatabase;
  const organization = anOrganization({ brand_colour: '#26374a' });
  const office = aLocation({ organization_id: organization.id });
  const rich = aRichService({ organization_id: organization.id, location_id: office.id });
  const pending = aService({
    organization_id: organization.id,
    name: text('Pending', ''),
    translation_pending: true,
  });
  const mailFirst = aService({
    organization_id: organization.id,
    channels: [
      { id: newId(), kind: 'mail', delivery: 'serviced' },
      { id: newId(), kind: 'walk_in', delivery: 'serviced' },
      {
        id: newId(),
        kind: 'web',
        delivery: 'self_serve',
        url: text('https://a.example', 'https://b.example'),
      },
    ],
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [organization], locations: [office], services: [rich, pending, mailFirst] },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => database.close());

  it('gives the service with its organisation, offices, fees, documents and standards as plain data', async () => {
    const page = await getServicePage(database.db, {
      id: rich.id,
      lang: 'en',
      now: new Date('2026-12-07T06:00:00Z'),
    });
    expect(page.name).toEqual(rich.name);
    expect(page.summary).toEqual(rich.description);
    expect(page.alert).toEqual(text('Delays in December', 'Retards en décembre'));
    expect(page.organization).toEqual({
      id: organization.id,
      name: organization.name,
      brandColour: '#26374a',
      website: null,
    });
    expect(page.eligibility).toEqual({
      text: text('You lost your job.', 'Vous avez perdu votre emploi.'),
      minimumAge: 15,
      maximumAge: 99.5,
    });
    expect(page.howToApply).toEqual(text('Apply online', 'Présentez une demande en ligne'));
    expect(page.fees.note).toEqual(text('Free', 'Gratuit'));
    expect(page.fees.options.length).toBe(rich.cost_options?.length);
    expect(page.documents.length).toBe(rich.required_documents?.length);
    expect(page.standards.length).toBe(rich.standards?.length);
    expect(page.offices.map((o) => o.location.id)).toEqual([office.id]);
    expect(page.offices[0]!.location.addresses[0]!.address_1).toBe('110 Laurier Avenue West');
    expect(page.assuredDate).toBe('2026-11-01');
    expect(page.partOf).toEqual([]);
    // 06:00 UTC is still the 6th on the west coast: that day's closures are still to come there.
    expect(page.today).toBe('2026-12-06');
  });

  it('orders the ways to get a service: web, phone, in person, kiosk, mail, email', async () => {
    const page = await getServicePage(database.db, { id: mailFirst.id, lang: 'fr' });
    expect(page.channels.map((c) => c.kind)).toEqual(['web', 'walk_in', 'mail']);
    expect(page.fees).toEqual({ options: [], note: null });
    expect(page.eligibility).toEqual({ text: null, minimumAge: null, maximumAge: null });
  });

  it('refuses an unknown service and one awaiting translation', async () => {
    await expect(getServicePage(database.db, { id: newId(), lang: 'en' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getServicePage(database.db, { id: pending.id, lang: 'en' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('records a view of the service on the channel it was read on', async () => {
    await getServicePage(database.db, { id: rich.id, lang: 'fr', channel: 'kiosk' });
    await flushViews(database.db);
    const counts = await countInteractions(database.db, { service_id: rich.id });
    expect(counts.find((c) => c.channel === 'web' && c.kind === 'view')?.count).toBe(1);
    expect(counts.find((c) => c.channel === 'kiosk' && c.kind === 'view')?.count).toBe(1);
  });
});

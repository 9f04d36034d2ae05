import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { flushViews } from '../../measurement/index.js';
import { systemActor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createSmtpMailer } from '../../../platform/mail/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aLocation, aService, anOrganization, text } from '../../../testing/factories.js';
import { aSignedPartnership } from '../../../testing/partnerships.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../../testing/smtp.js';
import {
  getChecklist,
  getClusterPage,
  getHomePage,
  getScreener,
  publishCluster,
  recordFeedback,
  saveClusterDraft,
  sendChecklistByEmail,
  setClusterLifecycle,
  startChecklist,
  type ClusterDefinitionInput,
} from '../index.js';

const actor = systemActor('test');
const federal = anOrganization({
  id: stableId('screen:org:fed'),
  name: text('Service Canada', 'Service Canada'),
  brand_colour: '#26374a',
});
const province = anOrganization({
  id: stableId('screen:org:on'),
  name: text('ServiceOntario', 'ServiceOntario'),
});
const city = anOrganization({ id: stableId('screen:org:city'), name: text('The City', 'La Ville') });
const office = aLocation({
  id: stableId('screen:loc:ottawa'),
  organization_id: province.id,
  name: text('Ottawa centre', 'Centre d’Ottawa'),
});
const register = aService({
  id: stableId('screen:svc:register'),
  organization_id: province.id,
  name: text('Register a birth', 'Enregistrer une naissance'),
  channels: [
    {
      id: stableId('screen:ch:phone'),
      kind: 'phone',
      delivery: 'serviced',
      phone_number: '1-800-267-8097',
      hours: [
        {
          id: stableId('screen:hours:week'),
          freq: 'WEEKLY',
          byday: 'MO,TU,WE,TH,FR',
          opens_at: '08:30',
          closes_at: '17:00',
        },
        {
          id: stableId('screen:hours:sat'),
          freq: 'WEEKLY',
          byday: 'SA',
          opens_at: '09:00',
          closes_at: '12:00',
          closed: true,
        },
      ],
    },
  ],
  service_at_locations: [{ id: stableId('screen:sal:ottawa'), location_id: office.id }],
});
const benefit = aService({
  id: stableId('screen:svc:benefit'),
  organization_id: federal.id,
  name: text('Parental benefits', 'Prestations parentales'),
});

const baby: ClusterDefinitionInput = {
  key: 'having-a-baby',
  kind: 'life-event',
  title: text('Having a baby', 'Avoir un bébé'),
  summary: text('Every step.', 'Chaque démarche.'),
  slug: { en: 'having-a-baby', fr: 'avoir-un-bebe' },
  lead_organization_id: federal.id,
  screener: [
    {
      id: 'employed',
      type: 'yes_no',
      label: text('Are you employed?', 'Avez-vous un emploi?'),
      required: true,
    },
    {
      id: 'province',
      type: 'choice',
      label: text('Province', 'Province'),
      options: [
        { value: 'on', label: text('Ontario', 'Ontario') },
        { value: 'qc', label: text('Quebec', 'Québec') },
      ],
    },
  ],
  stages: [
    {
      key: 'after',
      title: text('After the birth', 'Après la naissance'),
      steps: [
        {
          key: 'register',
          title: text('Register the birth', 'Enregistrer la naissance'),
          summary: text('Tell the province.', 'Avisez la province.'),
          service_ids: [register.id],
          timing: text('Within 30 days', 'Dans les 30 jours'),
        },
        {
          key: 'leave',
          title: text('Apply for parental benefits', 'Demander les prestations'),
          summary: text('If you work.', 'Si vous travaillez.'),
          service_ids: [benefit.id],
          optional: true,
          applies_if: { var: 'employed' },
        },
      ],
    },
  ],
};

describe('cluster screens', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  const now = new Date('2026-06-01T16:00:00Z');

  async function interactions(kind: string) {
    await flushViews(database.db);
    return database.db
      .selectFrom('interaction')
      .select(['channel', 'kind', 'cluster_key', 'outcome', 'lang', 'service_id'])
      .where('kind', '=', kind as 'view')
      .execute();
  }

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [federal, province, city], locations: [office], services: [register, benefit] },
      { source: 'test', actor: 'test' },
    );
    await saveClusterDraft(db, actor, baby);
    await publishCluster(db, actor, 'having-a-baby');
    await setClusterLifecycle(db, actor, 'having-a-baby', {
      status: 'pilot',
      pilot_starts_on: '2026-01-01',
      pilot_ends_on: '2027-03-31',
    });
    // The agreement names the city as a co-brand although no step of the cluster is the city's.
    await aSignedPartnership(db, {
      key: 'baby',
      lead: province.id,
      members: [city.id],
      clusters: ['having-a-baby'],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
  });
  afterAll(async () => {
    await database?.close();
    await smtp?.close();
  });

  it('gives a cluster in one language: steps with who does what, every way to reach a service, partners lead first', async () => {
    const page = await getClusterPage(database.db, {
      slug: 'avoir-un-bebe',
      lang: 'fr',
      now,
      channel: 'kiosk',
    });
    expect(page).toMatchObject({
      key: 'having-a-baby',
      status: 'pilot',
      pilotEndsOn: '2027-03-31',
      title: 'Avoir un bébé',
      slug: { en: 'having-a-baby', fr: 'avoir-un-bebe' },
      hasScreener: true,
      omitted: 0,
    });
    const [register, leave] = page.stages[0]!.steps;
    expect(register).toMatchObject({
      title: 'Enregistrer la naissance',
      timing: 'Dans les 30 jours',
      fit: 'applies',
      responsible: { name: 'ServiceOntario' },
      services: [
        {
          name: 'Enregistrer une naissance',
          offices: ['Centre d’Ottawa'],
          // A closed day is no opening hours.
          phones: [{ number: '1-800-267-8097', hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'] }] }],
        },
      ],
    });
    expect(leave).toMatchObject({ optional: true, responsible: { name: 'Service Canada' } });
    expect(page.partners.map((p) => [p.name, p.lead])).toEqual([
      ['Service Canada', true],
      ['ServiceOntario', false],
    ]);
    expect(page.records.services.map((s) => s.id)).toEqual([register!.services[0]!.id, benefit.id]);
    expect(await interactions('view')).toContainEqual(
      expect.objectContaining({ channel: 'kiosk', cluster_key: 'having-a-baby', lang: 'fr' }),
    );
  });

  it('brands a cluster by the agreement in force on the day it is shown, in Toronto time', async () => {
    const on = (iso: string) =>
      getClusterPage(database.db, { key: 'having-a-baby', lang: 'en', now: new Date(iso), channel: 'web' });
    const inForce = await on('2026-06-01T12:00:00Z');
    expect(inForce.coBrands?.map((b) => [b.partner.name, b.lead, b.showMark])).toEqual([
      ['ServiceOntario', true, true],
      ['The City', false, true],
    ]);
    // A co-brand is named by the agreement, not by the steps: it is not listed as a partner.
    expect(inForce.partners.map((p) => p.name)).not.toContain('The City');
    // Still New Year's Eve in Toronto.
    expect((await on('2027-01-01T03:00:00Z')).coBrands).not.toBeNull();
    expect((await on('2027-01-01T06:00:00Z')).coBrands).toBeNull();
  });

  it('answers an unknown or malformed cluster name with not found', async () => {
    for (const slug of ['no-such-cluster', '<script>', 'having-a-baby'])
      await expect(
        getClusterPage(database.db, { slug, lang: 'fr', now, channel: 'web' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists public clusters by kind on the home screen', async () => {
    const home = await getHomePage(database.db, { lang: 'fr' });
    expect(home.groups).toEqual([
      {
        kind: 'life-event',
        clusters: [
          expect.objectContaining({ key: 'having-a-baby', title: 'Avoir un bébé', status: 'pilot' }),
        ],
      },
    ]);
  });

  it('asks the screener, seals answers that hold into a checklist and records the start', async () => {
    const screener = await getScreener(database.db, { slug: 'having-a-baby', lang: 'en' });
    expect(screener.questions.map((q) => [q.id, q.label, q.options.length])).toEqual([
      ['employed', 'Are you employed?', 0],
      ['province', 'Province', 2],
    ]);

    const refused = await startChecklist(database.db, {
      slug: 'having-a-baby',
      lang: 'en',
      values: { province: 'yukon' },
      channel: 'web',
    });
    expect(refused.started).toBe(false);
    if (!refused.started)
      expect(refused.problems.map((p) => [p.question, p.code])).toEqual([
        ['employed', 'required'],
        ['province', 'not_an_option'],
      ]);
    expect(await interactions('start')).toEqual([]);

    const started = await startChecklist(database.db, {
      slug: 'having-a-baby',
      lang: 'en',
      values: { employed: 'no', province: 'qc' },
      channel: 'web',
    });
    if (!started.started) throw new Error('the answers hold');
    expect(started.token).not.toMatch(/qc|employed/);
    expect(await interactions('start')).toEqual([
      expect.objectContaining({ channel: 'web', cluster_key: 'having-a-baby', outcome: 'checklist' }),
    ]);

    const checklist = await getChecklist(database.db, {
      slug: 'avoir-un-bebe',
      lang: 'fr',
      token: started.token,
      now,
    });
    expect(checklist.omitted).toBe(1);
    expect(checklist.stages[0]!.steps.map((s) => s.key)).toEqual(['register']);
    expect(checklist.answers).toEqual([
      { question: 'employed', label: 'Avez-vous un emploi?', answer: { kind: 'yes_no', value: false } },
      { question: 'province', label: 'Province', answer: { kind: 'text', text: 'Québec' } },
    ]);
    await expect(
      getChecklist(database.db, {
        slug: 'having-a-baby',
        lang: 'en',
        token: `${started.token.slice(0, -3)}xyz`,
        now,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('emails a checklist link only to an address, and records the referral once sent', async () => {
    const started = await startChecklist(database.db, {
      slug: 'having-a-baby',
      lang: 'en',
      values: { employed: 'yes' },
      channel: 'web',
    });
    if (!started.started) throw new Error('the answers hold');
    const mailer = createSmtpMailer(smtp.url, 'Stitch <no-reply@stitch.test>');
    const send = (address: string, withMailer = true) =>
      sendChecklistByEmail(database.db, withMailer ? mailer : undefined, {
        slug: 'having-a-baby',
        lang: 'en',
        token: started.token,
        address,
        link: `https://stitch.example/en/situations/having-a-baby/checklist/${started.token}`,
      });
    expect(await send('parent@example.ca', false)).toEqual({ outcome: 'unavailable' });
    expect(await send('not an address\nBcc: x@y.z')).toMatchObject({ outcome: 'invalid' });
    expect(smtp.received).toHaveLength(0);
    expect(await interactions('referral')).toEqual([]);
    expect(await send('  parent@example.ca ')).toEqual({ outcome: 'sent' });
    expect(smtp.received.map((mail) => mail.to)).toEqual([['parent@example.ca']]);
    expect(await interactions('referral')).toEqual([
      expect.objectContaining({ channel: 'email', cluster_key: 'having-a-baby', outcome: 'checklist-sent' }),
    ]);
    mailer.close();
  });

  it('records feedback on the cluster it names, and keeps an answer about an unknown page', async () => {
    await recordFeedback(database.db, {
      channel: 'web',
      lang: 'fr',
      useful: true,
      page: '/fr/situations/avoir-un-bebe',
      clusterSlug: 'avoir-un-bebe',
    });
    await recordFeedback(database.db, {
      channel: 'web',
      lang: 'en',
      useful: false,
      page: '/en/situations/gone',
      clusterSlug: 'gone',
    });
    expect(await interactions('feedback')).toEqual([
      expect.objectContaining({ cluster_key: 'having-a-baby', outcome: 'useful', lang: 'fr' }),
      expect.objectContaining({ cluster_key: null, outcome: 'not-useful', lang: 'en' }),
    ]);
  });
});

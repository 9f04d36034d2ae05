import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aJurisdiction, aService, anOrganization, text } from '../../../testing/factories.js';
import { importCatalog } from '../../catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../../clusters/index.js';
import { rebuildSearchIndex, setSearchTerms } from '../index.js';
import { searchNeeds } from './searchNeeds.js';

const actor = systemActor('test');
const canada = aJurisdiction({
  id: stableId('i:ca'),
  code: 'ca',
  name: text('Government of Canada', 'Gouvernement du Canada'),
});
const ontario = aJurisdiction({
  id: stableId('i:on'),
  code: 'ca-on',
  level: 'provincial',
  parent_id: canada.id,
  name: text('Government of Ontario', 'Gouvernement de l’Ontario'),
});
const ottawa = aJurisdiction({
  id: stableId('i:ottawa'),
  code: 'ca-on-ottawa',
  level: 'municipal',
  parent_id: ontario.id,
  name: text('City of Ottawa', 'Ville d’Ottawa'),
});
const novaScotia = aJurisdiction({
  id: stableId('i:ns'),
  code: 'ca-ns',
  level: 'provincial',
  parent_id: canada.id,
  name: text('Government of Nova Scotia', 'Gouvernement de la Nouvelle-Écosse'),
});
const federal = anOrganization({ id: stableId('i:fed'), jurisdiction_id: canada.id });
const onOrg = anOrganization({
  id: stableId('i:on-org'),
  jurisdiction_id: ontario.id,
  name: text('ServiceOntario', 'ServiceOntario'),
});
const nsOrg = anOrganization({
  id: stableId('i:ns-org'),
  jurisdiction_id: novaScotia.id,
  name: text('Access Nova Scotia', 'Accès Nouvelle-Écosse'),
});

const service = (key: string, org: { id: string }, en: string, fr: string) =>
  aService({
    id: stableId(`i:${key}`),
    organization_id: org.id,
    name: text(en, fr),
    description: text(`About ${en}.`, `Au sujet de ${fr}.`),
  });
const ei = service(
  'ei',
  federal,
  'Employment Insurance regular benefits',
  'Prestations régulières d’assurance-emploi',
);
const sin = service('sin', federal, 'Social Insurance Number', 'Numéro d’assurance sociale');
const cppDeath = service(
  'cpp-death',
  federal,
  'Canada Pension Plan death benefit',
  'Prestation de décès du Régime de pensions du Canada',
);
const passport = service(
  'passport',
  federal,
  'Apply for an adult passport',
  'Demander un passeport pour adulte',
);
const onDeath = service(
  'on-death',
  onOrg,
  'Get an Ontario death certificate',
  'Obtenir un certificat de décès de l’Ontario',
);
const nsDeath = service(
  'ns-death',
  nsOrg,
  'Order a Nova Scotia death certificate',
  'Commander un certificat de décès de la Nouvelle-Écosse',
);
const ohip = service(
  'ohip',
  onOrg,
  'Apply for OHIP and get a health card',
  'Demander l’Assurance-santé et obtenir une carte santé',
);
const msi = service(
  'msi',
  nsOrg,
  'Register for MSI and get a health card',
  'S’inscrire au MSI et obtenir une carte santé',
);

async function cluster(
  db: TestDatabase['db'],
  key: string,
  title: [string, string],
  synonyms: { en: string[]; fr: string[] },
  serviceIds: string[],
) {
  await saveClusterDraft(db, actor, {
    key,
    kind: 'life-event',
    title: text(...title),
    summary: text(`When ${title[0]}.`, `Quand ${title[1]}.`),
    slug: { en: key, fr: `${key}-fr` },
    synonyms,
    lead_organization_id: federal.id,
    stages: [
      {
        key: 'first',
        title: text('First', 'D’abord'),
        steps: serviceIds.map((id, index) => ({
          key: `step-${index}`,
          title: text(`Step ${index}`, `Étape ${index}`),
          summary: text('s', 's'),
          service_ids: [id],
        })),
      },
    ],
  });
  await publishCluster(db, actor, key);
  await setClusterLifecycle(db, actor, key, {
    status: 'pilot',
    pilot_starts_on: '2026-01-01',
    pilot_ends_on: '2099-12-31',
  });
}

describe('need search by intent', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      {
        jurisdictions: [canada, ontario, ottawa, novaScotia],
        organizations: [federal, onOrg, nsOrg],
        services: [ei, sin, cppDeath, passport, onDeath, nsDeath, ohip, msi],
      },
      { source: 'test', actor: 'test' },
    );
    await cluster(
      db,
      'losing-a-job',
      ['Losing a job', 'Perte d’emploi'],
      { en: ['laid off', 'lost my job', 'EI'], fr: ['mise à pied', 'AE'] },
      [ei.id],
    );
    await cluster(
      db,
      'losing-a-loved-one',
      ['Losing a loved one', 'Perte d’un être cher'],
      { en: ['died', 'death', 'my husband died', 'death certificate'], fr: ['décès', 'décédé'] },
      [cppDeath.id, onDeath.id, nsDeath.id],
    );
    const terms = async (
      id: string,
      en: { names?: string[]; descriptions?: string[] },
      fr: { names?: string[]; descriptions?: string[] },
    ) => {
      await setSearchTerms(db, actor, { kind: 'service', ref: id, lang: 'en', source: 'test', ...en });
      await setSearchTerms(db, actor, { kind: 'service', ref: id, lang: 'fr', source: 'test', ...fr });
    };
    await terms(
      ei.id,
      { names: ['EI', 'pogey'], descriptions: ['laid off'] },
      { names: ['AE'], descriptions: ['mise à pied'] },
    );
    await terms(sin.id, { names: ['SIN'] }, { names: ['NAS'] });
    await terms(cppDeath.id, { names: ['CPP death benefit'] }, { names: ['prestation de décès du RPC'] });
    await terms(onDeath.id, { names: ['death certificate'] }, { names: ['certificat de décès'] });
    await terms(nsDeath.id, { names: ['death certificate'] }, { names: ['certificat de décès'] });
    await terms(
      ohip.id,
      { names: ['health card'], descriptions: ['lost my health card'] },
      { names: ['carte santé'] },
    );
    await terms(
      msi.id,
      { names: ['health card'], descriptions: ['lost my health card'] },
      { names: ['carte santé'] },
    );
    await rebuildSearchIndex(db);
  });
  afterAll(() => database.close());

  const search = (q: string, lang: 'en' | 'fr' = 'en', exact = false) =>
    searchNeeds(database.db, { q, lang, exact });
  const refs = async (q: string, lang: 'en' | 'fr' = 'en') =>
    (await search(q, lang)).hits.map((hit) => hit.ref);

  it('puts a named program first and the situation holding it next', async () => {
    const { hits } = await search('EI');
    expect(hits.slice(0, 2).map((hit) => hit.ref)).toEqual([ei.id, 'losing-a-job']);
    expect(hits[0]!.why).toEqual({ reason: 'name', words: ['EI'] });
    expect((await refs('pogey'))[0]).toBe(ei.id);
    expect((await refs('AE', 'fr'))[0]).toBe(ei.id);
  });

  it('puts the situation first when the need describes one', async () => {
    const { hits } = await search('I got laid off');
    expect(hits[0]).toMatchObject({ kind: 'cluster', ref: 'losing-a-job' });
    expect(hits[0]!.why).toEqual({ reason: 'term', words: ['laid', 'off'] });
    expect((await refs('mise à pied', 'fr'))[0]).toBe('losing-a-job');
  });

  it('lets the event outweigh a program named beside it', async () => {
    expect((await refs('my husband died, what about his CPP death benefit'))[0]).toBe('losing-a-loved-one');
  });

  it('puts the situation first when the name fits several services equally', async () => {
    const order = await refs('death certificate');
    expect(order[0]).toBe('losing-a-loved-one');
    expect(order.slice(1, 3).sort()).toEqual([nsDeath.id, onDeath.id].sort());
  });

  it('reads the place a person names: Ottawa is in Ontario', async () => {
    expect((await refs('lost my health card in ottawa'))[0]).toBe(ohip.id);
    expect((await refs('lost my health card nova scotia'))[0]).toBe(msi.id);
  });

  it('gives question words no weight, in either language', async () => {
    const { hits } = await search('how do I get a passport please');
    expect(hits[0]).toMatchObject({ ref: passport.id, why: { reason: 'words', words: ['passport'] } });
    expect((await refs('comment faire pour avoir un NAS', 'fr'))[0]).toBe(sin.id);
  });

  it('corrects several misspelt words in one need, and searches as typed when asked', async () => {
    const corrected = await search('my husbnad dide');
    expect(corrected.hits[0]?.ref).toBe('losing-a-loved-one');
    expect(corrected.corrections).toEqual([
      { from: 'husbnad', to: 'husband' },
      { from: 'dide', to: 'died' },
    ]);
    const exact = await search('my husbnad dide', 'en', true);
    expect(exact.corrections).toEqual([]);
    expect(exact.hits).toEqual([]);
  });

  it('says why a cluster matched through a service it holds', async () => {
    const { hits } = await search('social insurance number');
    expect(hits[0]?.ref).toBe(sin.id);
    const { hits: death } = await search('pension plan');
    const loss = death.find((hit) => hit.ref === 'losing-a-loved-one');
    expect(loss?.why).toEqual({
      reason: 'contains',
      words: [],
      service: 'Canada Pension Plan death benefit',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../../../domains/catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../../../../domains/clusters/index.js';
import { createPartnership, draftAgreement, signAgreement } from '../../../../domains/partnerships/index.js';
import { systemActor } from '../../../../platform/auth/index.js';
import { stableId } from '../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../testing/app.js';
import { aService, anOrganization, text } from '../../../../testing/factories.js';

const seed = systemActor('test');
const city = anOrganization({
  id: stableId('cb:city'),
  name: text('City <Hall> & "Co"', 'Hôtel de <ville> & « Cie »'),
  brand_colour: '#004b87',
});
const province = anOrganization({
  id: stableId('cb:prov'),
  name: text('ServiceOntario', 'ServiceOntario'),
  brand_colour: '#00703c',
});
const federal = anOrganization({ id: stableId('cb:fed'), name: text('Service Canada', 'Service Canada') });
const funder = anOrganization({ id: stableId('cb:fund'), name: text('Quiet Funder', 'Bailleur discret') });
const service = (key: string, organization_id: string) =>
  aService({ id: stableId(`cb:svc:${key}`), organization_id, name: text(key, key) });

async function cluster(db: TestApp['database']['db'], key: string, services: string[]) {
  await saveClusterDraft(db, seed, {
    key,
    kind: 'life-event',
    title: text(`Title ${key}`, `Titre ${key}`),
    summary: text('s', 's'),
    slug: { en: key, fr: `${key}-fr` },
    lead_organization_id: federal.id,
    stages: [
      {
        key: 'one',
        title: text('One', 'Un'),
        steps: services.map((id, i) => ({
          key: `s${i}`,
          title: text('Step', 'Étape'),
          summary: text('s', 's'),
          service_ids: [id],
        })),
      },
    ],
  });
  await publishCluster(db, seed, key);
  await setClusterLifecycle(db, seed, key, {
    status: 'pilot',
    pilot_starts_on: '2026-01-01',
    pilot_ends_on: '2099-12-31',
  });
}

describe('co-branding on cluster pages', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    const db = test.database.db;
    const services = [service('a', federal.id), service('b', city.id), service('c', province.id)];
    await importCatalog(
      db,
      { organizations: [city, province, federal, funder], services },
      { source: 'test', actor: 'test' },
    );
    await createPartnership(db, seed, {
      key: 'moving',
      name: text('Moving', 'Déménagement'),
      parties: [
        { organization_id: province.id, role: 'lead' },
        { organization_id: federal.id, role: 'member' },
        { organization_id: city.id, role: 'member' },
        { organization_id: funder.id, role: 'funder' },
      ],
    });
    const { id } = await draftAgreement(db, seed, {
      partnership_key: 'moving',
      template: 'service-cluster',
      starts_on: '2026-01-01',
      ends_on: '2099-12-31',
      review_on: '2099-06-01',
      clauses: {
        scope: { clusters: ['moving'] },
        branding: {
          lead_organization_id: province.id,
          co_brand_order: [city.id, federal.id],
          logo_use: 'lead_only',
        },
        cost_sharing: { formula: 'equal' },
      },
    });
    await signAgreement(db, seed, id, { at: new Date('2026-01-01T12:00:00Z') });
    await cluster(
      db,
      'moving',
      services.map((s) => s.id),
    );
    await cluster(db, 'retiring', [services[0]!.id]);
  });
  afterAll(async () => test.close());

  const coBrand = (body: string) => /<section class="co-brand"[^>]*>([\s\S]*?)<\/section>/.exec(body)?.[1];

  it('names the lead first and most prominently, then the co-brands in the agreement’s order, escaped', async () => {
    const en = await test.app.inject('/en/situations/moving');
    expect(en.statusCode).toBe(200);
    const block = coBrand(en.body)!;
    expect(en.body).toContain('aria-label="Partners delivering this service"');
    expect(en.body).not.toContain('<Hall>');
    expect(block.replace(/<[^>]+>/g, '')).toBe(
      'Delivered by ServiceOntario with City &lt;Hall> &amp; &quot;Co&quot; and Service Canada',
    );
    // The lead's mark alone is shown (logo_use lead_only), in its brand colour; the funder is not co-branded.
    expect(block).toMatch(
      /class="co-brand-party co-brand-lead brand-mark" style="border-color:#00703c"[^>]*>ServiceOntario/,
    );
    expect(block).not.toContain('#004b87');
    expect(block).not.toContain('Quiet Funder');

    const fr = await test.app.inject('/fr/situations/moving-fr');
    expect(coBrand(fr.body)!.replace(/<[^>]+>/g, '')).toBe(
      'Offert par ServiceOntario avec Hôtel de &lt;ville> &amp; « Cie » et Service Canada',
    );
  });

  it('shows no co-brand block without an agreement in force, while still naming the partners', async () => {
    const page = await test.app.inject('/en/situations/retiring');
    expect(page.statusCode).toBe(200);
    expect(coBrand(page.body)).toBeUndefined();
    expect(page.body).toContain('Service Canada');
  });

  it('keeps serving the cluster page from the cache', async () => {
    const first = await test.app.inject('/en/situations/moving');
    const second = await test.app.inject('/en/situations/moving');
    expect(second.body).toBe(first.body);
  });
});

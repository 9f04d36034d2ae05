/**
 * Script payloads in every bilingual field a partner or a cluster manager can write (organisation,
 * service, office, cluster, partnership, a person's name) stay text on every page that shows them:
 * public pages, their JSON-LD, and the back office.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../src/domains/catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../src/domains/clusters/index.js';
import { defineIndicator, recordIndicatorValue } from '../src/domains/insights/index.js';
import { systemActor } from '../src/platform/auth/index.js';
import { stableId } from '../src/platform/ids/index.js';
import { createTestApp, type TestApp } from '../src/testing/app.js';
import { signInAs, type TestUser } from '../src/testing/auth.js';
import { aLocation, aService, anOrganization } from '../src/testing/factories.js';
import { aSignedPartnership } from '../src/testing/partnerships.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  '</script><script>alert(4)</script>',
];
const evil = (label: string) => ({
  en: `${label} ${PAYLOADS.join(' ')}`,
  fr: `${label} (fr) ${PAYLOADS.join(' ')}`,
});
/** What must never reach a page unescaped. */
const LIVE = [/<script>alert/i, /<img src=x onerror/i, /<svg onload/i];

const org = anOrganization({ id: stableId('xss:org'), name: evil('Agency'), description: evil('About') });
const partner = anOrganization({ id: stableId('xss:partner'), name: evil('Partner') });
const office = aLocation({ id: stableId('xss:office'), organization_id: org.id, name: evil('Office') });
const service = aService({
  id: stableId('xss:service'),
  organization_id: org.id,
  name: evil('Service'),
  description: evil('Description'),
});
const partnerService = aService({ id: stableId('xss:partner-service'), organization_id: partner.id });

describe('script payloads in bilingual fields are inert everywhere', () => {
  let testApp: TestApp;
  let admin: TestUser;
  let agreementId: string;
  beforeAll(async () => {
    testApp = await createTestApp();
    const db = testApp.database.db;
    const system = systemActor('test');
    await importCatalog(
      db,
      { organizations: [org, partner], services: [service, partnerService], locations: [office] },
      { source: 'test', actor: 'test' },
    );
    ({ agreementId } = await aSignedPartnership(db, {
      key: 'xss-partnership',
      lead: org.id,
      members: [partner.id],
      clusters: ['xss-cluster'],
    }));
    await saveClusterDraft(
      db,
      system,
      {
        key: 'xss-cluster',
        kind: 'life-event',
        title: evil('Cluster'),
        summary: evil('Summary'),
        slug: { en: 'xss-cluster', fr: 'grappe-xss' },
        lead_organization_id: org.id,
        stages: [
          {
            key: 'stage',
            title: evil('Stage'),
            steps: [
              { key: 'one', title: evil('Step'), summary: evil('Step summary'), service_ids: [service.id] },
              {
                key: 'two',
                title: evil('Other'),
                summary: evil('Other summary'),
                service_ids: [partnerService.id],
              },
            ],
          },
        ],
      },
      { partnershipKey: 'xss-partnership' },
    );
    await publishCluster(db, system, 'xss-cluster');
    await setClusterLifecycle(db, system, 'xss-cluster', { status: 'production' });
    await defineIndicator(db, system, {
      cluster: 'xss-cluster',
      key: 'xss-indicator',
      name: evil('Indicator'),
      description: evil('Indicator description'),
      unit: 'count',
      direction: 'increase',
      baseline_value: 1,
      baseline_on: '2025-03-31',
      target_value: 2,
      target_on: '2028-03-31',
    });
    await recordIndicatorValue(db, system, {
      cluster: 'xss-cluster',
      key: 'xss-indicator',
      measured_on: '2025-06-30',
      value: 1,
      note: evil('Note'),
    });
    admin = await signInAs(testApp.app, [{ role: 'platform_admin' }], `Admin ${PAYLOADS[0]}`);
  });
  afterAll(async () => testApp.close());

  const pages = () => [
    `/en/services/${service.id}`,
    `/fr/services/${service.id}`,
    `/en/organizations/${org.id}`,
    '/en/situations/xss-cluster',
    '/fr/situations/grappe-xss',
    '/en/services?search=Service',
    '/en/manage',
    '/en/manage/people',
    '/en/manage/records',
    `/en/manage/records/services/${service.id}`,
    `/fr/gestion/fiches/bureaux/${office.id}`,
    '/en/manage/partnerships',
    '/en/manage/partnerships/xss-partnership',
    `/fr/gestion/partenariats/xss-partnership/ententes/${agreementId}`,
    '/en/manage/clusters',
    '/en/manage/clusters/xss-cluster',
    '/en/manage/audit',
    '/en/manage/indicators',
    '/fr/gestion/indicateurs/xss-cluster',
    '/en/manage/indicators/xss-cluster?edit=xss-indicator',
    '/en/manage/indicators/xss-cluster/remove?indicator=xss-indicator&day=2025-06-30',
  ];

  it('shows every payload as text, never as markup', async () => {
    for (const url of pages()) {
      const response = await testApp.app.inject({ url, headers: { cookie: admin.cookie } });
      expect(response.statusCode, url).toBe(200);
      for (const pattern of LIVE) expect(response.body, `${url} ${pattern}`).not.toMatch(pattern);
    }
  });

  it('actually shows the fields it checks (the payloads are on the pages, escaped)', async () => {
    const cluster = await testApp.app.inject({ url: '/en/situations/xss-cluster' });
    expect(cluster.body).toContain('&lt;script>alert(1)&lt;/script>');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(cluster.body)?.[1] ?? '';
    expect(jsonLd).toContain('\\u003cscript>alert(1)');
    expect(() => JSON.parse(jsonLd)).not.toThrow();
    const edit = await testApp.app.inject({
      url: `/en/manage/records/services/${service.id}`,
      headers: { cookie: admin.cookie },
    });
    expect(edit.body).toContain(
      'value="Service &lt;script>alert(1)&lt;/script> &quot;>&lt;img src=x onerror=alert(2)>',
    );
  });
});

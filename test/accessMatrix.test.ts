/**
 * Every state-changing route, called as every role: allowed or refused, as the rules say. A refusal is
 * 403 and leaves a row in the audit log; nobody signed in gets 401. The table must name every mutating
 * route the app registers (besides the public forms), so a new route without a row fails here.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../src/domains/catalog/index.js';
import {
  publishCluster,
  requestClusterChange,
  saveClusterDraft,
  setClusterLifecycle,
  type ClusterDefinitionInput,
} from '../src/domains/clusters/index.js';
import { defineIndicator } from '../src/domains/insights/index.js';
import { draftAgreement } from '../src/domains/partnerships/index.js';
import { grantRole, systemActor, type RoleGrant } from '../src/platform/auth/index.js';
import { stableId } from '../src/platform/ids/index.js';
import { createTestApp, type TestApp } from '../src/testing/app.js';
import { createTestUser, signInAs, type TestUser } from '../src/testing/auth.js';
import { aLocation, aService, anOrganization, text } from '../src/testing/factories.js';
import { aSignedPartnership } from '../src/testing/partnerships.js';

const SUBJECTS = [
  'anonymous',
  'platformAdmin',
  'partnerAdminA',
  'editorA',
  'editorB',
  'managerP',
  'managerQ',
  'agent',
  'analyst',
] as const;
type Subject = (typeof SUBJECTS)[number];
type Signed = Exclude<Subject, 'anonymous'>;

const orgA = anOrganization({ id: stableId('matrix:org:a'), name: text('Agency A', 'Agence A') });
const orgB = anOrganization({ id: stableId('matrix:org:b'), name: text('Agency B', 'Agence B') });
const orgC = anOrganization({ id: stableId('matrix:org:c'), name: text('Agency C', 'Agence C') });
const serviceA = aService({ id: stableId('matrix:svc:a'), organization_id: orgA.id });
const serviceB = aService({ id: stableId('matrix:svc:b'), organization_id: orgB.id });
const officeA = aLocation({ id: stableId('matrix:loc:a'), organization_id: orgA.id });
const CLUSTER = 'matrix-cluster';

function definition(extraStep = false): ClusterDefinitionInput {
  const step = (key: string, service: string) => ({
    key,
    title: text(`Step ${key}`, `Étape ${key}`),
    summary: text('A step.', 'Une étape.'),
    service_ids: [service],
  });
  return {
    key: CLUSTER,
    kind: 'life-event',
    title: text('Matrix cluster', 'Grappe matrice'),
    summary: text('For the access matrix.', 'Pour la matrice des accès.'),
    slug: { en: CLUSTER, fr: 'grappe-matrice' },
    lead_organization_id: orgA.id,
    stages: [
      {
        key: 'only',
        title: text('Only stage', 'Seule étape'),
        steps: [
          step('a', serviceA.id),
          step('b', serviceB.id),
          ...(extraStep ? [step('a-again', serviceA.id)] : []),
        ],
      },
    ],
  };
}

const GRANTS: Record<Signed, (ids: { p: string; q: string }) => RoleGrant[]> = {
  platformAdmin: () => [{ role: 'platform_admin' }],
  partnerAdminA: () => [{ role: 'partner_admin', organizationId: orgA.id }],
  editorA: () => [{ role: 'partner_editor', organizationId: orgA.id }],
  editorB: () => [{ role: 'partner_editor', organizationId: orgB.id }],
  managerP: ({ p }) => [{ role: 'cluster_manager', partnershipId: p }],
  managerQ: ({ q }) => [{ role: 'cluster_manager', partnershipId: q }],
  agent: () => [{ role: 'agent' }],
  analyst: () => [{ role: 'analyst' }],
};

interface Fixture {
  agreementDraftId: string;
  changeRequestId: string;
  /** One grant to take away per language's form (a revoked grant cannot be revoked twice). */
  revocableGrantIds: Record<'en' | 'fr', string>;
  targetUserId: string;
}

interface RouteCase {
  method: 'POST' | 'PUT' | 'DELETE';
  url: string;
  allowed: readonly Signed[];
  /** JSON for the API, form fields for pages (the session's _csrf is added). */
  body?: (fixture: Fixture) => Record<string, unknown>;
  /** The URL with its parameters filled in. */
  path: (fixture: Fixture) => string;
}

const EDITORS_OF_A: readonly Signed[] = ['platformAdmin', 'partnerAdminA', 'editorA'];
const MANAGERS_OF_P: readonly Signed[] = ['platformAdmin', 'managerP'];

const serviceDraft = () => ({ revision: 0, name: text('Renamed', 'Renommé'), description: text('D', 'D') });
const officeDraft = () => ({ revision: 0, name: text('Office A', 'Bureau A') });

function recordCases(): RouteCase[] {
  const api: RouteCase[] = [
    ['PUT', '/api/v1/services/:id/draft', serviceA.id, serviceDraft],
    ['DELETE', '/api/v1/services/:id/draft', serviceA.id, undefined],
    ['POST', '/api/v1/services/:id/publish', serviceA.id, () => ({})],
    ['POST', '/api/v1/services/:id/verify', serviceA.id, () => ({})],
    ['PUT', '/api/v1/locations/:id/draft', officeA.id, officeDraft],
    ['DELETE', '/api/v1/locations/:id/draft', officeA.id, undefined],
    ['POST', '/api/v1/locations/:id/publish', officeA.id, () => ({})],
    ['POST', '/api/v1/locations/:id/verify', officeA.id, () => ({})],
  ].map(([method, url, id, body]) => ({
    method: method as RouteCase['method'],
    url: url as string,
    allowed: EDITORS_OF_A,
    ...(body ? { body: body as RouteCase['body'] } : {}),
    path: () => (url as string).replace(':id', id as string),
  }));
  const pages: RouteCase[] = [
    ['/en/manage/records/services/:id', serviceA.id],
    ['/en/manage/records/services/:id/discard', serviceA.id],
    ['/en/manage/records/services/:id/verify', serviceA.id],
    ['/en/manage/records/offices/:id', officeA.id],
    ['/en/manage/records/offices/:id/discard', officeA.id],
    ['/en/manage/records/offices/:id/verify', officeA.id],
    ['/fr/gestion/fiches/services/:id', serviceA.id],
    ['/fr/gestion/fiches/services/:id/abandonner', serviceA.id],
    ['/fr/gestion/fiches/services/:id/confirmer', serviceA.id],
    ['/fr/gestion/fiches/bureaux/:id', officeA.id],
    ['/fr/gestion/fiches/bureaux/:id/abandonner', officeA.id],
    ['/fr/gestion/fiches/bureaux/:id/confirmer', officeA.id],
  ].map(([url, id]) => ({
    method: 'POST' as const,
    url: url!,
    allowed: EDITORS_OF_A,
    body: () => ({ revision: '0', name_en: 'Renamed', name_fr: 'Renommé' }),
    path: () => url!.replace(':id', id!),
  }));
  return [...api, ...pages];
}

function governanceCases(): RouteCase[] {
  const key = (url: string) => () => url.replace(':key', CLUSTER);
  const api: RouteCase[] = [
    {
      method: 'PUT',
      url: '/api/v1/clusters/:key/draft',
      allowed: MANAGERS_OF_P,
      body: () => ({ definition: definition(true) }),
      path: key('/api/v1/clusters/:key/draft'),
    },
    {
      method: 'POST',
      url: '/api/v1/clusters/:key/change-requests',
      allowed: MANAGERS_OF_P,
      body: () => ({}),
      path: key('/api/v1/clusters/:key/change-requests'),
    },
    {
      method: 'POST',
      url: '/api/v1/clusters/:key/change-requests/:id/decisions',
      allowed: ['partnerAdminA'],
      body: () => ({ organization_id: orgA.id, decision: 'approved' }),
      path: (f) => `/api/v1/clusters/${CLUSTER}/change-requests/${f.changeRequestId}/decisions`,
    },
    {
      method: 'POST',
      url: '/api/v1/clusters/:key/publish',
      allowed: MANAGERS_OF_P,
      body: () => ({}),
      path: key('/api/v1/clusters/:key/publish'),
    },
    {
      method: 'POST',
      url: '/api/v1/clusters/:key/sign-off',
      allowed: ['partnerAdminA'],
      body: () => ({}),
      path: key('/api/v1/clusters/:key/sign-off'),
    },
    {
      method: 'POST',
      url: '/api/v1/clusters/:key/lifecycle',
      allowed: MANAGERS_OF_P,
      body: () => ({ status: 'production' }),
      path: key('/api/v1/clusters/:key/lifecycle'),
    },
  ];
  const pages: RouteCase[] = [
    ['en', 'manage/clusters', 'request-approval', MANAGERS_OF_P],
    ['en', 'manage/clusters', 'publish', MANAGERS_OF_P],
    ['en', 'manage/clusters', 'sign-off', ['partnerAdminA']],
    ['en', 'manage/clusters', 'production', MANAGERS_OF_P],
    ['en', 'manage/clusters', 'decide', ['partnerAdminA']],
    ['fr', 'gestion/grappes', 'demande-approbation', MANAGERS_OF_P],
    ['fr', 'gestion/grappes', 'publier', MANAGERS_OF_P],
    ['fr', 'gestion/grappes', 'approbation-finale', ['partnerAdminA']],
    ['fr', 'gestion/grappes', 'mise-en-production', MANAGERS_OF_P],
    ['fr', 'gestion/grappes', 'decision', ['partnerAdminA']],
  ].map(([lang, base, action, allowed]) => ({
    method: 'POST' as const,
    url: `/${lang}/${base}/:key/${action}`,
    allowed: allowed as readonly Signed[],
    body: (f: Fixture) => ({ request_id: f.changeRequestId, organization_id: orgA.id, decision: 'approved' }),
    path: () => `/${lang}/${base}/${CLUSTER}/${action}`,
  }));
  return [...api, ...pages];
}

function partnershipCases(): RouteCase[] {
  const agreement = () => ({
    template: 'service-cluster',
    starts_on: '2026-01-01',
    ends_on: '2028-12-31',
    review_on: '2027-12-31',
    clauses: {
      scope: { clusters: [CLUSTER], forms: [] },
      branding: { lead_organization_id: orgA.id, co_brand_order: [orgB.id] },
      cost_sharing: { formula: 'equal' },
    },
  });
  return [
    {
      method: 'POST',
      url: '/api/v1/partnerships',
      allowed: ['platformAdmin'],
      body: () => ({
        key: `matrix-new-${Math.random().toString(36).slice(2, 8)}`,
        name: text('New partnership', 'Nouveau partenariat'),
        parties: [
          { organization_id: orgA.id, role: 'lead' },
          { organization_id: orgB.id, role: 'member' },
        ],
      }),
      path: () => '/api/v1/partnerships',
    },
    {
      method: 'POST',
      url: '/api/v1/partnerships/:key/agreements',
      allowed: MANAGERS_OF_P,
      body: agreement,
      path: () => '/api/v1/partnerships/matrix-p/agreements',
    },
    {
      method: 'POST',
      url: '/api/v1/agreements/:id/signatures',
      allowed: ['partnerAdminA'],
      body: () => ({ organization_id: orgA.id }),
      path: (f) => `/api/v1/agreements/${f.agreementDraftId}/signatures`,
    },
    ...[
      ['/en/manage/partnerships/:key/agreements/:id/sign', 'agreements', 'sign', 'en/manage/partnerships'],
      ['/fr/gestion/partenariats/:key/ententes/:id/signer', 'ententes', 'signer', 'fr/gestion/partenariats'],
    ].map(([url, agreements, sign, base]) => ({
      method: 'POST' as const,
      url: url!,
      allowed: ['partnerAdminA'] as const,
      body: () => ({ organization_id: orgA.id }),
      path: (f: Fixture) => `/${base}/matrix-p/${agreements}/${f.agreementDraftId}/${sign}`,
    })),
  ];
}

function peopleCases(): RouteCase[] {
  return (['en', 'fr'] as const).flatMap((lang) => {
    const base = lang === 'en' ? '/en/manage/people' : '/fr/gestion/personnes';
    const actions: [string, readonly Signed[], (f: Fixture) => Record<string, unknown>][] = [
      [
        'grant',
        ['platformAdmin', 'partnerAdminA'],
        () => ({ email: 'matrix-target@example.test', role: 'partner_editor', organization_id: orgA.id }),
      ],
      ['revoke', ['platformAdmin', 'partnerAdminA'], (f) => ({ grant_id: f.revocableGrantIds[lang] })],
      ['disable', ['platformAdmin'], (f) => ({ user_id: f.targetUserId })],
      ['enable', ['platformAdmin'], (f) => ({ user_id: f.targetUserId })],
    ];
    const french: Record<string, string> = {
      grant: 'attribuer',
      revoke: 'retirer',
      disable: 'desactiver',
      enable: 'reactiver',
    };
    return actions.map(([action, allowed, body]) => {
      const segment = lang === 'en' ? action : french[action]!;
      return {
        method: 'POST' as const,
        url: `${base}/${segment}`,
        allowed,
        body,
        path: () => `${base}/${segment}`,
      };
    });
  });
}

/** A cluster's indicators: its partnership's cluster managers and platform administrators write them. */
function indicatorCases(): RouteCase[] {
  return (['en', 'fr'] as const).flatMap((lang) => {
    const base = lang === 'en' ? '/en/manage/indicators' : '/fr/gestion/indicateurs';
    const actions: [string, Record<string, string>][] = [
      [
        lang === 'en' ? 'define' : 'definir',
        {
          key: `matrix-${lang}`,
          name_en: 'Matrix indicator',
          name_fr: 'Indicateur matrice',
          unit: 'count',
          direction: 'increase',
          baseline_value: '100',
          baseline_on: '2025-03-31',
          target_value: '200',
          target_on: '2028-03-31',
        },
      ],
      [
        lang === 'en' ? 'values' : 'valeurs',
        { indicator: 'matrix-kept', measured_on: '2025-06-30', value: '120' },
      ],
      // A value first (the allowed callers remove it, or find it gone), by the English and French forms.
      [lang === 'en' ? 'remove' : 'retirer', { indicator: 'matrix-kept', day: '2025-06-30' }],
    ];
    return actions.map(([action, fields]) => ({
      method: 'POST' as const,
      url: `${base}/:key/${action}`,
      allowed: MANAGERS_OF_P,
      body: () => fields,
      path: () => `${base}/${CLUSTER}/${action}`,
    }));
  });
}

const CASES: RouteCase[] = [
  ...recordCases(),
  ...governanceCases(),
  ...partnershipCases(),
  ...peopleCases(),
  ...indicatorCases(),
];

/** Forms anyone may send (no session needed) and the session's own exit. */
const OPEN_TO_ALL = new Set([
  'POST /en/situations/:slug/checklist',
  'POST /en/situations/:slug/checklist/:token/email',
  'POST /en/feedback',
  'POST /en/satisfaction',
  'POST /fr/situations/:slug/liste',
  'POST /fr/situations/:slug/liste/:token/email',
  'POST /fr/feedback',
  'POST /fr/satisfaction',
  'POST /en/sign-out',
  'POST /fr/deconnexion',
]);

describe('every mutating route, as every role', () => {
  let testApp: TestApp;
  let fixture: Fixture;
  const users = {} as Record<Signed, TestUser>;

  beforeAll(async () => {
    testApp = await createTestApp();
    const db = testApp.database.db;
    const system = systemActor('test');
    await importCatalog(
      db,
      { organizations: [orgA, orgB, orgC], services: [serviceA, serviceB], locations: [officeA] },
      { source: 'test', actor: 'test' },
    );
    const p = await aSignedPartnership(db, {
      key: 'matrix-p',
      lead: orgA.id,
      members: [orgB.id],
      clusters: [CLUSTER],
    });
    const q = await aSignedPartnership(db, {
      key: 'matrix-q',
      lead: orgC.id,
      members: [orgB.id],
      clusters: ['other-cluster'],
    });
    await saveClusterDraft(db, system, definition(), { partnershipKey: 'matrix-p' });
    await publishCluster(db, system, CLUSTER);
    await setClusterLifecycle(db, system, CLUSTER, {
      status: 'pilot',
      pilot_starts_on: '2026-01-01',
      pilot_ends_on: '2027-12-31',
    });
    await defineIndicator(db, system, {
      cluster: CLUSTER,
      key: 'matrix-kept',
      name: text('Kept', 'Conservé'),
      unit: 'count',
      direction: 'increase',
      baseline_value: 100,
      baseline_on: '2025-03-31',
      target_value: 200,
      target_on: '2028-03-31',
    });
    await saveClusterDraft(db, system, definition(true));
    const request = await requestClusterChange(db, system, CLUSTER);
    const { id: agreementDraftId } = await draftAgreement(db, system, {
      partnership_key: 'matrix-p',
      template: 'data-sharing',
      starts_on: '2026-01-01',
      ends_on: '2028-12-31',
      review_on: '2027-12-31',
      clauses: {
        scope: { clusters: [CLUSTER], forms: [] },
        branding: { lead_organization_id: orgA.id },
        cost_sharing: { formula: 'equal' },
      },
    });
    for (const subject of SUBJECTS) {
      if (subject === 'anonymous') continue;
      users[subject] = await signInAs(
        testApp.app,
        GRANTS[subject]({ p: p.partnershipId, q: q.partnershipId }),
        subject,
      );
    }
    const target = await createTestUser(db, [], 'Matrix Target');
    await db
      .updateTable('user_account')
      .set({ email: 'matrix-target@example.test' })
      .where('id', '=', target.id)
      .execute();
    await grantRole(db, system, target.id, { role: 'partner_editor', organizationId: orgA.id });
    await grantRole(db, system, target.id, { role: 'partner_admin', organizationId: orgA.id });
    const grants = await db
      .selectFrom('role_grant')
      .select(['id', 'role'])
      .where('user_id', '=', target.id)
      .execute();
    const grantOf = (role: string) => grants.find((grant) => grant.role === role)!.id;
    fixture = {
      agreementDraftId,
      changeRequestId: (request as { id: string }).id,
      revocableGrantIds: { en: grantOf('partner_editor'), fr: grantOf('partner_admin') },
      targetUserId: target.id,
    };
  });
  afterAll(async () => testApp.close());

  it('has a row for every mutating route the app registers', () => {
    const registered = testApp.app.routeList
      .filter((route) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method))
      .map((route) => `${route.method} ${route.url}`)
      .filter((route) => !OPEN_TO_ALL.has(route))
      .sort();
    expect(registered).toEqual(CASES.map((c) => `${c.method} ${c.url}`).sort());
  });

  const send = (c: RouteCase, subject: Subject) => {
    const api = c.url.startsWith('/api/');
    const user = subject === 'anonymous' ? undefined : users[subject];
    const body = c.body?.(fixture);
    const options: InjectOptions = { method: c.method, url: c.path(fixture), headers: {} };
    if (user) options.headers = { ...user.headers };
    if (api && body) {
      options.headers!['content-type'] = 'application/json';
      options.payload = JSON.stringify(body);
    } else if (!api) {
      options.headers!['content-type'] = 'application/x-www-form-urlencoded';
      options.payload = new URLSearchParams(
        Object.entries({ ...(body ?? {}), ...(user ? { _csrf: user.csrfToken } : {}) }).map(([k, v]) => [
          k,
          String(v),
        ]),
      ).toString();
    }
    return testApp.app.inject(options);
  };

  const denialCount = async () =>
    Number(
      (
        await testApp.database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', 'access.denied')
          .executeTakeFirstOrThrow()
      ).n,
    );

  for (const c of CASES) {
    it(`${c.method} ${c.url}: ${c.allowed.join(', ')} only`, async () => {
      const anonymous = await send(c, 'anonymous');
      expect(anonymous.statusCode, 'anonymous').toBe(401);
      const refused = SUBJECTS.filter((s): s is Signed => s !== 'anonymous' && !c.allowed.includes(s));
      for (const subject of refused) {
        const before = await denialCount();
        const response = await send(c, subject);
        expect(response.statusCode, `${subject} must be refused`).toBe(403);
        expect(await denialCount(), `${subject}'s refusal is audit-logged`).toBe(before + 1);
      }
      for (const subject of c.allowed) {
        const response = await send(c, subject);
        expect(
          [401, 403],
          `${subject} must be let through (got ${response.statusCode}: ${response.body.slice(0, 200)})`,
        ).not.toContain(response.statusCode);
        expect(response.statusCode, `${subject}: no server error`).toBeLessThan(500);
      }
    });
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importCatalog } from '../../../../../domains/catalog/index.js';
import {
  createPartnership,
  draftAgreement,
  partnershipId,
  signAgreement,
  type AgreementDraftInput,
} from '../../../../../domains/partnerships/index.js';
import { systemActor } from '../../../../../platform/auth/index.js';
import { stableId } from '../../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { anOrganization, text } from '../../../../../testing/factories.js';
import { todayInToronto } from '../../views/AuditTime.js';

const lead = anOrganization({ id: stableId('mp:lead'), name: text('Service Canada', 'Service Canada') });
const member = anOrganization({ id: stableId('mp:member'), name: text('ServiceOntario', 'ServiceOntario') });
const outsider = anOrganization({ id: stableId('mp:out'), name: text('Elsewhere', 'Ailleurs') });
const seed = systemActor('test');

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function agreement(starts: string, ends: string, review: string): AgreementDraftInput {
  return {
    partnership_key: 'moving',
    template: 'service-cluster',
    starts_on: starts,
    ends_on: ends,
    review_on: review,
    clauses: {
      scope: { clusters: ['moving'], forms: ['change-of-address'] },
      data_sharing: [
        {
          field: 'client.new_address',
          to_organization_id: member.id,
          authority: text(
            'Privacy Act, s. 8(2)',
            'Loi sur la protection des renseignements personnels, al. 8(2)',
          ),
          retention_days: 730,
        },
      ],
      branding: { lead_organization_id: lead.id, co_brand_order: [member.id], logo_use: 'lead_only' },
      cost_sharing: { formula: 'fixed', shares: { [lead.id]: 70, [member.id]: 30 } },
      commitments: [
        {
          kpi: 'completion_rate',
          description: text('Completed online', 'Réalisées en ligne'),
          target: 80,
          unit: 'percent',
        },
      ],
    },
  };
}

/** The part of an access denial's audit detail these tests read. */
const Denial = z.object({ attempted: z.string() });

describe('partnership pages', () => {
  let test: TestApp;
  let leadAdmin: TestUser;
  let outsiderAdmin: TestUser;
  let editor: TestUser;
  let draftId: string;
  let endingId: string;
  const today = todayInToronto();

  beforeAll(async () => {
    test = await createTestApp();
    const db = test.database.db;
    await importCatalog(db, { organizations: [lead, member, outsider] }, { source: 'test', actor: 'test' });
    await createPartnership(db, seed, {
      key: 'moving',
      name: text('Moving partnership', 'Partenariat Déménagement'),
      parties: [
        { organization_id: lead.id, role: 'lead' },
        { organization_id: member.id, role: 'member' },
      ],
    });
    endingId = (
      await draftAgreement(db, seed, agreement(addDays(today, -300), addDays(today, 30), addDays(today, 20)))
    ).id;
    await signAgreement(db, seed, endingId);
    draftId = (
      await draftAgreement(db, seed, agreement(addDays(today, 31), addDays(today, 800), addDays(today, 700)))
    ).id;
    leadAdmin = await signInAs(test.app, [{ role: 'partner_admin', organizationId: lead.id }], 'Lea Lead');
    outsiderAdmin = await signInAs(
      test.app,
      [{ role: 'partner_admin', organizationId: outsider.id }],
      'Otto',
    );
    editor = await signInAs(test.app, [{ role: 'partner_editor', organizationId: lead.id }], 'Eddie');
  });
  afterAll(async () => test.close());

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });
  const sign = (user: TestUser, url: string, organization: string) =>
    test.app.inject({
      method: 'POST',
      url,
      headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ organization_id: organization, _csrf: user.csrfToken }).toString(),
    });

  it('names each role’s scope in the back office’s frame: the organisation, or a cluster manager’s partnership', async () => {
    const manager = await signInAs(test.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('moving') },
      { role: 'partner_admin', organizationId: member.id },
    ]);
    const page = await get(manager, '/en/manage/partnerships');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('cluster manager, Moving partnership');
    expect(page.body).toContain('partner administrator, ServiceOntario');
    expect(page.body).not.toContain(partnershipId('moving'));
  });

  it('lists the partnerships of a party’s administrator, with parties and agreements, in both languages', async () => {
    const list = await get(leadAdmin, '/en/manage/partnerships');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('href="/en/manage/partnerships/moving"');
    expect(list.body).toContain('ServiceOntario (Member)');
    const page = await get(leadAdmin, '/fr/gestion/partenariats/moving');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Partenariat Déménagement');
    expect(page.body).toContain('Responsable');
    expect(page.body).toContain(`href="/fr/gestion/partenariats/moving/ententes/${draftId}"`);
    expect(page.body).toContain('Ébauche');
    expect(page.body).toContain('Signée');
    // The signed agreement is due for review within 60 days.
    expect(page.body).toContain('Attention requise');
    expect(page.body).toContain('doit être révisée');
  });

  it('renders every clause readably, with the signatures and a form to sign for one’s own party', async () => {
    const en = await get(leadAdmin, `/en/manage/partnerships/moving/agreements/${draftId}`);
    expect(en.statusCode).toBe(200);
    for (const expected of [
      'Service cluster agreement',
      'client.new_address',
      'Privacy Act, s. 8(2)',
      '730 days',
      'The lead partner’s logo only',
      'Fixed shares',
      '70%',
      'Completed online',
      '80%',
      'change-of-address',
      'Awaiting signature',
      'Sign for Service Canada',
    ])
      expect(en.body).toContain(expected);
    expect(en.body).not.toContain('Sign for ServiceOntario');
    const fr = await get(leadAdmin, `/fr/gestion/partenariats/moving/ententes/${draftId}`);
    expect(fr.body).toContain('Entente de regroupement de services');
    expect(fr.body).toContain('730 jours');
    expect(fr.body).toContain('70\u00a0%');
    expect(fr.body).toContain('Signer au nom de Service Canada');
  });

  it('says how a by-volume split is made when no transaction was measured', async () => {
    const draft = agreement(addDays(today, 31), addDays(today, 800), addDays(today, 700));
    draft.clauses.cost_sharing = {
      formula: 'by_volume',
      when_no_volume: 'fixed',
      shares: { [lead.id]: 60, [member.id]: 40 },
    };
    const { id } = await draftAgreement(test.database.db, seed, draft);
    const en = await get(leadAdmin, `/en/manage/partnerships/moving/agreements/${id}`);
    expect(en.body).toContain('In proportion to measured volume');
    expect(en.body).toContain('views and searches are not counted');
    expect(en.body).toContain(
      'When no transaction is measured in a period, the parties pay the fixed shares set below.',
    );
    expect(en.body).toContain('60%');
    const fr = await get(leadAdmin, `/fr/gestion/partenariats/moving/ententes/${id}`);
    expect(fr.body).toContain(
      'Si aucune transaction n’est mesurée pendant une période, les parties paient les parts fixes indiquées ci-dessous.',
    );
  });

  it('records a party’s signature, refuses a second one, and keeps outsiders out', async () => {
    const url = `/en/manage/partnerships/moving/agreements/${draftId}/sign`;
    const signed = await sign(leadAdmin, url, lead.id);
    expect(signed.statusCode).toBe(303);
    expect(signed.headers.location).toBe(
      `/en/manage/partnerships/moving/agreements/${draftId}?signed=${lead.id}`,
    );
    const after = await get(leadAdmin, signed.headers.location as string);
    expect(after.body).toContain('Signed for Service Canada.');
    expect(after.body).toContain('Lea Lead');
    expect(after.body).not.toContain('Sign for Service Canada');
    const again = await sign(
      leadAdmin,
      `/fr/gestion/partenariats/moving/ententes/${draftId}/signer`,
      lead.id,
    );
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Votre organisation a déjà signé cette entente.');

    expect((await sign(leadAdmin, url, member.id)).statusCode).toBe(403);
    expect((await get(outsiderAdmin, '/en/manage/partnerships/moving')).statusCode).toBe(403);
    expect((await get(editor, '/en/manage/partnerships/moving')).statusCode).toBe(403);
    const list = await get(editor, '/en/manage/partnerships');
    expect(list.body).toContain('You take part in no partnership yet.');
    const denials = await test.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'access.denied')
      .execute();
    expect(denials.map((d) => Denial.parse(d.detail).attempted)).toEqual(
      expect.arrayContaining(['agreement.sign', 'partnership.view']),
    );
  });
});

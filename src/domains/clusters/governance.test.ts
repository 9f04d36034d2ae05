import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../catalog/index.js';
import { partnershipId } from '../partnerships/index.js';
import { AccessDeniedError, systemActor, type Actor } from '../../platform/auth/index.js';
import { verifyAuditChain } from '../../platform/audit/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestUser } from '../../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { aService, anOrganization, text } from '../../testing/factories.js';
import { aSignedPartnership } from '../../testing/partnerships.js';
import {
  decideClusterChange,
  diffClusterVersions,
  getClusterGovernance,
  listClusterWork,
  publishCluster,
  requestClusterChange,
  saveClusterDraft,
  setClusterLifecycle,
  signOffProduction,
  type ClusterDefinitionInput,
} from './index.js';

const orgA = anOrganization({ id: stableId('g:org:a'), name: text('Lead', 'Responsable') });
const orgB = anOrganization({ id: stableId('g:org:b') });
const orgC = anOrganization({ id: stableId('g:org:c') });
const a1 = aService({ id: stableId('g:svc:a1'), organization_id: orgA.id });
const b1 = aService({ id: stableId('g:svc:b1'), organization_id: orgB.id });
const c1 = aService({ id: stableId('g:svc:c1'), organization_id: orgC.id });

const step = (key: string, service: string, extra: Record<string, unknown> = {}) => ({
  key,
  title: text(`Step ${key}`, `Étape ${key}`),
  summary: text('s', 's'),
  service_ids: [service],
  ...extra,
});

function cluster(key: string, edit: (d: ClusterDefinitionInput) => void = () => {}): ClusterDefinitionInput {
  const definition: ClusterDefinitionInput = {
    key,
    kind: 'life-event',
    title: text(`Cluster ${key}`, `Grappe ${key}`),
    summary: text('s', 's'),
    slug: { en: key, fr: `${key}-fr` },
    lead_organization_id: orgA.id,
    stages: [
      {
        key: 'first',
        title: text('First', 'Premier'),
        steps: [step('a-step', a1.id), step('b-step', b1.id)],
      },
      {
        key: 'second',
        title: text('Second', 'Deuxième'),
        steps: [step('c-step', c1.id), step('a-late', a1.id)],
      },
    ],
  };
  edit(definition);
  return definition;
}

const denied = { code: 'FORBIDDEN' };
/** Version 2 of the governed cluster: one more optional step of partner B. */
const v2 = (d: ClusterDefinitionInput) => d.stages[0]!.steps.push(step('b-extra', b1.id, { optional: true }));
const conflict = (reason: string) => ({ code: 'CONFLICT', details: expect.objectContaining({ reason }) });

describe('cluster governance', () => {
  let database: TestDatabase;
  let manager: Actor;
  let otherManager: Actor;
  let adminA: Actor;
  let adminB: Actor;
  let adminC: Actor;
  let editorB: Actor;
  let agent: Actor;
  let analyst: Actor;
  let platformAdmin: Actor;
  const system = systemActor('test');

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [orgA, orgB, orgC], services: [a1, b1, c1] },
      { source: 'test', actor: 'test' },
    );
    await aSignedPartnership(db, {
      key: 'gov',
      lead: orgA.id,
      members: [orgB.id, orgC.id],
      clusters: ['gov'],
    });
    await aSignedPartnership(db, {
      key: 'other',
      lead: orgA.id,
      members: [orgB.id],
      clusters: ['lead-only', 'elsewhere'],
      changeApproval: 'lead_only',
    });
    await aSignedPartnership(db, {
      key: 'everyone',
      lead: orgA.id,
      members: [orgB.id, orgC.id],
      clusters: ['all-parties'],
      changeApproval: 'all_parties',
    });
    await aSignedPartnership(db, {
      key: 'unsigned',
      lead: orgA.id,
      members: [orgB.id],
      clusters: ['unsigned'],
      unsigned: true,
    });
    manager = await createTestUser(db, [{ role: 'cluster_manager', partnershipId: partnershipId('gov') }]);
    otherManager = await createTestUser(db, [
      { role: 'cluster_manager', partnershipId: partnershipId('other') },
    ]);
    adminA = await createTestUser(db, [{ role: 'partner_admin', organizationId: orgA.id }]);
    adminB = await createTestUser(db, [{ role: 'partner_admin', organizationId: orgB.id }]);
    adminC = await createTestUser(db, [{ role: 'partner_admin', organizationId: orgC.id }]);
    editorB = await createTestUser(db, [{ role: 'partner_editor', organizationId: orgB.id }]);
    agent = await createTestUser(db, [{ role: 'agent' }]);
    analyst = await createTestUser(db, [{ role: 'analyst' }]);
    platformAdmin = await createTestUser(db, [{ role: 'platform_admin' }]);
  });
  afterAll(() => database.close());

  it('lets a cluster manager create clusters only in their own partnership', async () => {
    await expect(saveClusterDraft(database.db, manager, cluster('gov'))).rejects.toMatchObject(denied);
    await expect(
      saveClusterDraft(database.db, otherManager, cluster('gov'), { partnershipKey: 'gov' }),
    ).rejects.toMatchObject(denied);
    const saved = await saveClusterDraft(database.db, manager, cluster('gov'), { partnershipKey: 'gov' });
    expect(saved).toMatchObject({ created: true, revision: 1 });
  });

  it('asks every owner to approve a first publication, and publishes only once all approved', async () => {
    await expect(publishCluster(database.db, manager, 'gov')).rejects.toMatchObject(conflict('no_request'));
    const request = await requestClusterChange(database.db, manager, 'gov');
    expect(request.change_approval).toBe('touched_partners');
    expect(request.approvals.map((a) => a.organization_id).sort()).toEqual(
      [orgA.id, orgB.id, orgC.id].sort(),
    );
    expect((await requestClusterChange(database.db, manager, 'gov')).id).toBe(request.id);

    await decideClusterChange(database.db, adminA, 'gov', { request_id: request.id, decision: 'approved' });
    await expect(publishCluster(database.db, manager, 'gov')).rejects.toMatchObject(
      conflict('approval_pending'),
    );
    await expect(
      decideClusterChange(database.db, adminA, 'gov', { request_id: request.id, decision: 'approved' }),
    ).rejects.toMatchObject(conflict('already_decided'));
    await decideClusterChange(database.db, adminB, 'gov', { request_id: request.id, decision: 'approved' });
    await expect(
      decideClusterChange(database.db, adminC, 'gov', { request_id: request.id, decision: 'rejected' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const rejected = await decideClusterChange(database.db, adminC, 'gov', {
      request_id: request.id,
      decision: 'rejected',
      comment: 'Our step needs new wording.',
    });
    expect(rejected.state).toBe('rejected');
    await expect(publishCluster(database.db, manager, 'gov')).rejects.toMatchObject(conflict('no_request'));

    const again = await requestClusterChange(database.db, manager, 'gov');
    expect(again.id).not.toBe(request.id);
    for (const admin of [adminA, adminB, adminC]) {
      await decideClusterChange(database.db, admin, 'gov', { request_id: again.id, decision: 'approved' });
    }
    expect(await publishCluster(database.db, manager, 'gov', { note: 'first' })).toEqual({
      key: 'gov',
      version: 1,
    });
    const governance = await getClusterGovernance(database.db, manager, 'gov');
    expect(governance.requests.map((r) => r.state)).toEqual(['published', 'rejected']);
    expect(governance.requests[1]!.approvals.find((a) => a.organization_id === orgC.id)).toMatchObject({
      decision: 'rejected',
      comment: 'Our step needs new wording.',
    });
  });

  it('asks only the partners a change touches, and refuses a draft changed after approval', async () => {
    await saveClusterDraft(
      database.db,
      manager,
      cluster('gov', (d) => (d.stages[0]!.steps[1]!.summary = text('New words', 'Nouveaux mots'))),
    );
    const onlyB = await requestClusterChange(database.db, manager, 'gov');
    expect(onlyB.approvals).toEqual([{ organization_id: orgB.id, reason: 'touched' }]);

    await saveClusterDraft(
      database.db,
      manager,
      cluster('gov', (d) => d.stages[1]!.steps.splice(0, 1)),
    );
    await expect(
      decideClusterChange(database.db, adminB, 'gov', { request_id: onlyB.id, decision: 'approved' }),
    ).rejects.toMatchObject(conflict('draft_changed'));
    const onlyC = await requestClusterChange(database.db, manager, 'gov');
    expect(onlyC.approvals).toEqual([{ organization_id: orgC.id, reason: 'touched' }]);

    await saveClusterDraft(
      database.db,
      manager,
      cluster('gov', (d) => d.stages[0]!.steps.push(step('b-extra', b1.id))),
    );
    const added = await requestClusterChange(database.db, manager, 'gov');
    expect(added.approvals).toEqual([{ organization_id: orgB.id, reason: 'touched' }]);
    await decideClusterChange(database.db, adminB, 'gov', { request_id: added.id, decision: 'approved' });

    // Edited after approval: the approval was for other content.
    await saveClusterDraft(database.db, manager, cluster('gov', v2));
    await expect(publishCluster(database.db, manager, 'gov')).rejects.toMatchObject(
      conflict('draft_changed'),
    );
    const redo = await requestClusterChange(database.db, manager, 'gov');
    await decideClusterChange(database.db, adminB, 'gov', { request_id: redo.id, decision: 'approved' });
    expect((await publishCluster(database.db, manager, 'gov')).version).toBe(2);

    const changes = await diffClusterVersions(database.db, 'gov', 1, 2);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'step_added', step: 'b-extra', stage: { en: 'First', fr: 'Premier' } }),
    ]);
  });

  it('applies lead_only and all_parties from the agreement in force', async () => {
    await saveClusterDraft(database.db, system, cluster('lead-only'), { partnershipKey: 'other' });
    expect((await requestClusterChange(database.db, otherManager, 'lead-only')).approvals).toEqual([
      { organization_id: orgA.id, reason: 'lead' },
    ]);
    await saveClusterDraft(database.db, system, cluster('all-parties'), { partnershipKey: 'everyone' });
    const everyone = await requestClusterChange(database.db, platformAdmin, 'all-parties');
    expect(everyone.change_approval).toBe('all_parties');
    expect(everyone.approvals.map((a) => a.organization_id).sort()).toEqual(
      [orgA.id, orgB.id, orgC.id].sort(),
    );
  });

  it('denies every command to a manager of another partnership, editors, agents and analysts', async () => {
    const request = await (async () => {
      await saveClusterDraft(
        database.db,
        manager,
        cluster('gov', (d) => {
          v2(d);
          d.title = text('Renamed', 'Renommée');
        }),
      );
      return requestClusterChange(database.db, manager, 'gov');
    })();
    expect(request.approvals).toEqual([{ organization_id: orgA.id, reason: 'lead' }]);
    for (const actor of [otherManager, editorB, agent, analyst]) {
      const db = database.db;
      await expect(saveClusterDraft(db, actor, cluster('gov')), actor.name).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
      await expect(requestClusterChange(db, actor, 'gov')).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(publishCluster(db, actor, 'gov')).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(
        setClusterLifecycle(db, actor, 'gov', {
          status: 'pilot',
          pilot_starts_on: '2026-01-01',
          pilot_ends_on: '2027-01-01',
        }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(
        decideClusterChange(db, actor, 'gov', { request_id: request.id, decision: 'approved' }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(signOffProduction(db, actor, 'gov')).rejects.toBeInstanceOf(AccessDeniedError);
    }
    // Approvals are the partners' own: a platform administrator, or another partner, cannot give them.
    for (const actor of [platformAdmin, adminB, manager]) {
      await expect(
        decideClusterChange(database.db, actor, 'gov', {
          request_id: request.id,
          organization_id: orgA.id,
          decision: 'approved',
        }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    await expect(getClusterGovernance(database.db, otherManager, 'gov')).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(getClusterGovernance(database.db, agent, 'gov')).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await getClusterGovernance(database.db, editorB, 'gov')).may).toEqual({
      manage: false,
      decideFor: [],
      signOff: false,
    });
  });

  it('takes a cluster to production only with a signed agreement naming it and the lead’s sign-off', async () => {
    const db = database.db;
    await setClusterLifecycle(db, manager, 'gov', {
      status: 'pilot',
      pilot_starts_on: '2026-01-01',
      pilot_ends_on: '2027-06-30',
    });
    await expect(setClusterLifecycle(db, manager, 'gov', { status: 'production' })).rejects.toMatchObject(
      conflict('no_signoff'),
    );
    await expect(signOffProduction(db, adminB, 'gov')).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(signOffProduction(db, platformAdmin, 'gov')).rejects.toBeInstanceOf(AccessDeniedError);
    const work = await listClusterWork(db, adminA);
    expect(work.clusters.find((c) => c.key === 'gov')).toMatchObject({
      signoff_waiting: true,
      waiting_for_me: [orgA.id],
    });
    expect(await signOffProduction(db, adminA, 'gov', { comment: 'Ready' })).toMatchObject({
      version: 2,
      organization_id: orgA.id,
      created: true,
    });
    await setClusterLifecycle(db, manager, 'gov', { status: 'production' });
    expect((await getClusterGovernance(db, manager, 'gov')).cluster.status).toBe('production');

    // Even a system actor, exempt from the sign-off, needs the agreement.
    await saveClusterDraft(db, system, cluster('unsigned'), { partnershipKey: 'unsigned' });
    await publishCluster(db, system, 'unsigned');
    await expect(setClusterLifecycle(db, system, 'unsigned', { status: 'production' })).rejects.toMatchObject(
      conflict('no_agreement'),
    );
    await saveClusterDraft(db, system, cluster('not-named'), { partnershipKey: 'gov' });
    await publishCluster(db, system, 'not-named');
    await expect(
      setClusterLifecycle(db, system, 'not-named', { status: 'production' }),
    ).rejects.toMatchObject(conflict('not_in_scope'));
    await saveClusterDraft(db, system, cluster('orphan'));
    await publishCluster(db, system, 'orphan');
    await expect(setClusterLifecycle(db, system, 'orphan', { status: 'production' })).rejects.toMatchObject(
      conflict('no_partnership'),
    );
    await saveClusterDraft(db, system, cluster('elsewhere'), { partnershipKey: 'other' });
    await publishCluster(db, system, 'elsewhere');
    await setClusterLifecycle(db, system, 'elsewhere', { status: 'production' });

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['cluster.publish', 'cluster.lifecycle'])
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(audit.map((row) => row.detail)).toEqual([
      expect.objectContaining({ status: 'production', signoff: 'exempt: system actor' }),
      expect.objectContaining({ key: 'elsewhere', approvals: 'exempt: system actor' }),
    ]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('lists a manager’s clusters with their live request and agreements nearing their end', async () => {
    const db = database.db;
    await aSignedPartnership(db, {
      key: 'ending',
      lead: orgA.id,
      members: [orgB.id],
      clusters: ['ending'],
      startsOn: '2026-01-01',
      endsOn: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    });
    const endingManager = await createTestUser(db, [
      { role: 'cluster_manager', partnershipId: partnershipId('ending') },
    ]);
    await saveClusterDraft(db, endingManager, cluster('ending'), { partnershipKey: 'ending' });
    const work = await listClusterWork(db, endingManager);
    expect(work.clusters.map((c) => c.key)).toEqual(['ending']);
    expect(work.warnings).toEqual([
      expect.objectContaining({ partnership_key: 'ending', reason: 'expires' }),
    ]);
    expect((await listClusterWork(db, manager)).clusters.map((c) => [c.key, c.live_request?.state])).toEqual([
      ['gov', 'open'],
      ['not-named', undefined],
    ]);
    expect((await listClusterWork(db, manager)).warnings).toEqual([]);
  });
});

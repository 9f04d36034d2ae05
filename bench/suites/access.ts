/**
 * What signing in costs, and what a long audit trail costs. On the demo data plus a generated audit
 * trail of N entries (a valid hash chain):
 * - verifying the chain, beside reading the same rows with one plain query (the baseline);
 * - throughput of signed-in back-office pages (a session resumed from the database on every request)
 *   beside the trivial /healthz of the same server, with autocannon over loopback.
 */
import autocannon from 'autocannon';
import { routeFigure, type RouteFigure } from '../measure.js';
import { createApp } from '../../src/app.js';
import { seedDemo } from '../../src/demo/index.js';
import { auditHash, GENESIS_HASH, verifyAuditChain } from '../../src/platform/audit/index.js';
import { createTestDatabase } from '../../src/testing/db.js';
import { signInAs } from '../../src/testing/auth.js';
import { orgId } from '../../src/demo/catalog/ids.js';

export interface AccessFigures {
  engine: string;
  auditEntries: number;
  verify: { ms: number; rowsPerSecond: number; baselineReadMs: number; ratioToRead: number };
  routes: RouteFigure[];
}

/** Appends `count` entries with a correct chain, in batches, as a long-lived installation would have. */
async function generateAuditTrail(db: Awaited<ReturnType<typeof createTestDatabase>>['db'], count: number) {
  const last = await db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prev = last?.hash ?? GENESIS_HASH;
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let done = 0; done < count;) {
    const rows = [];
    for (let i = 0; i < 2000 && done < count; i += 1, done += 1) {
      const content = {
        occurred_at: new Date(start + done * 1000).toISOString(),
        actor: `user-${done % 50}`,
        action: ['service.publish', 'service.verify', 'cluster.publish', 'access.denied'][done % 4]!,
        entity_type: 'service',
        entity_id: `service-${done % 5000}`,
        organization_id: null,
        detail: { changed: ['name', 'hours'], n: done },
      };
      const hash = auditHash(prev, content);
      rows.push({ ...content, detail: JSON.stringify(content.detail), prev_hash: prev, hash });
      prev = hash;
    }
    await db.insertInto('audit_log').values(rows).execute();
  }
}

export async function runAccessBench(options: {
  seconds: number;
  auditEntries: number;
}): Promise<AccessFigures> {
  const database = await createTestDatabase();
  await seedDemo(database.db);
  await generateAuditTrail(database.db, options.auditEntries);

  const readStart = performance.now();
  const all = await database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  const baselineReadMs = performance.now() - readStart;
  const verifyStart = performance.now();
  const verification = await verifyAuditChain(database.db);
  const verifyMs = performance.now() - verifyStart;
  if (!verification.ok) throw new Error('the generated audit trail does not verify');

  const app = await createApp({
    db: database.db,
    dbKind: database.kind,
    logger: false,
    rateLimit: 10_000_000,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const admin = await signInAs(app, [{ role: 'platform_admin' }], 'Bench Admin');
  const editor = await signInAs(
    app,
    [{ role: 'partner_editor', organizationId: orgId('service-canada') }],
    'Bench Editor',
  );
  const routes: [string, string, string | undefined][] = [
    ['trivial GET /healthz', '/healthz', undefined],
    ['public cluster page (no session)', '/en/situations/having-a-baby', undefined],
    ['back-office home (session resumed)', '/en/manage', admin.cookie],
    ['editor: services and offices list', '/en/manage/records', editor.cookie],
    [`audit view (${all.length} entries, chain shown)`, '/en/manage/audit', admin.cookie],
  ];
  try {
    await autocannon({ url: `${base}/healthz`, connections: 10, duration: 2 });
    const results = [];
    for (const [route, path, cookie] of routes) {
      const result = await autocannon({
        url: `${base}${path}`,
        connections: 10,
        duration: options.seconds,
        headers: cookie ? { cookie } : {},
      });
      if (result.non2xx > 0) throw new Error(`${route}: ${result.non2xx} answers were not 2xx`);
      results.push({ route, result });
    }
    const trivial = results[0]!.result.requests.average;
    return {
      engine: database.kind,
      auditEntries: all.length,
      verify: {
        ms: Math.round(verifyMs),
        rowsPerSecond: Math.round(all.length / (verifyMs / 1000)),
        baselineReadMs: Math.round(baselineReadMs),
        ratioToRead: Math.round((baselineReadMs / verifyMs) * 1000) / 1000,
      },
      routes: results.map(({ route, result }) => routeFigure(route, result, trivial)),
    };
  } finally {
    await app.close();
    await database.close();
  }
}

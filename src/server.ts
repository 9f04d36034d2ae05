import type { FastifyInstance } from 'fastify';
import { createApp } from './app.js';
import { seedDemoActivity, seedDemoIfEmpty } from './demo/index.js';
import type { DevIdentityProvider } from './demo/identity/provider.js';
import { seedDemoUsers } from './demo/identity/users.js';
import { refreshInteractionRollup } from './domains/measurement/index.js';
import { isSearchIndexEmpty, rebuildSearchIndex } from './domains/search/index.js';
import { anchorEvery, parseAnchorDestination, useAuditKey } from './platform/audit/index.js';
import { loadConfig, retentionPolicyOf } from './platform/config/index.js';
import { applyRetention, type RetentionPolicy } from './domains/retention/index.js';
import { connectDatabase, migrateToLatest, type DatabaseHandle } from './platform/db/index.js';
import { createLogger } from './platform/logging/index.js';
import { createSmtpMailer } from './platform/mail/index.js';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** Reads config, migrates, seeds the demo data on first run, serves, and stops cleanly on a signal. */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config = loadConfig(env);
  useAuditKey(config.auditKey);
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    holder: 'stitch serve',
    port: config.port,
    onIdleError: (error) => logger.warn({ err: error }, 'database connection dropped; it will be replaced'),
  });
  const migration = await migrateToLatest(database.db);
  logger.info(
    { database: database.kind, where: database.where, applied: migration.applied },
    'database ready',
  );
  // Personal data past its retention period (and dead sessions) goes at each start, then daily; the tables
  // are shared by every instance, and a purge counts only what is still there.
  const retention = await applyRetentionEvery(DAY_MS, database, retentionPolicyOf(config), logger);
  if (config.demoData) {
    const seeded = await seedDemoIfEmpty(database.db);
    if (seeded) logger.info(seeded, 'demo data loaded');
    // Generated interactions (labelled so) give the results dashboards something to show, once.
    const activity = await seedDemoActivity(database.db);
    if (activity) logger.info(activity, 'generated demo activity written');
  }
  if (await isSearchIndexEmpty(database.db)) {
    const index = await rebuildSearchIndex(database.db);
    logger.info(index, 'search index built');
  }
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined;
  // Without an external provider, a development one with the demo accounts serves sign-in. Its
  // registered addresses point at this site, whose port is only known once it listens (PORT=0).
  let siteUrl = config.publicUrl ?? '';
  let devIdentity: DevIdentityProvider | undefined;
  if (!config.oidcIssuer) {
    // Loaded only when it runs: the provider library announces itself on import, and the CLI shares this file.
    const { startDevIdentityProvider } = await import('./demo/identity/provider.js');
    devIdentity = await startDevIdentityProvider({
      port: config.devOidcPort,
      host: config.host,
      relyingParty: () => siteUrl,
      logger,
    });
    if (config.demoData) {
      // Grants whose organisation or partnership is not seeded are skipped and noted, not fatal.
      const users = await seedDemoUsers(database.db, devIdentity.issuer);
      logger.info(users, 'demo accounts ready');
    }
  }
  const oidc = devIdentity
    ? { issuer: devIdentity.issuer, clientId: devIdentity.clientId, clientSecret: devIdentity.clientSecret }
    : { issuer: config.oidcIssuer!, clientId: config.oidcClientId!, clientSecret: config.oidcClientSecret! };
  const app = await createApp({
    db: database.db,
    dbKind: database.kind,
    logger,
    mailer,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    publicCacheSeconds: config.publicCacheSeconds,
    rateLimit: config.rateLimit,
    maxInFlight: config.maxInFlight,
    metricsToken: config.metricsToken,
    poolStats: database.poolStats,
    oidc,
    demoData: config.demoData,
    production: config.production,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  siteUrl ||= url;
  logger.info({ url, identityProvider: devIdentity?.issuer ?? config.oidcIssuer }, 'Stitch is serving');

  const rollup = refreshRollupEvery(ROLLUP_REFRESH_MS, database, logger);
  const anchoring = config.auditAnchor
    ? anchorEvery({
        db: database.db,
        destination: parseAnchorDestination(config.auditAnchor),
        everyMs: config.auditAnchorMinutes * 60_000,
        mailer,
        onAnchored: (anchor) => logger.info({ entry: anchor.entry }, 'audit trail anchored'),
        onError: (error) => logger.error({ err: error }, 'audit anchor not written; it is tried again'),
      })
    : undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await rollup.stop();
      await retention.stop();
      await anchoring?.stop();
      await app.close();
      await devIdentity?.close();
      mailer?.close();
      await database.close();
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'stopping');
      void stop().then(() => process.exit(0));
    });
  }
  return { app, database, url, stop };
}

/** How often the dashboards' rollup takes in new interactions. */
const ROLLUP_REFRESH_MS = 60_000;

/**
 * Keeps the results rollup current: every interval, the interactions recorded since the last refresh are
 * added. Several instances may do it at once; the refresh counts each event once whoever runs it.
 */
function refreshRollupEvery(
  ms: number,
  database: DatabaseHandle,
  logger: ReturnType<typeof createLogger>,
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= refreshInteractionRollup(database.db)
      .then((refresh) => {
        if (refresh.events > 0) logger.debug(refresh, 'results rollup refreshed');
      })
      .catch((error: unknown) =>
        logger.warn({ err: error }, 'results rollup refresh failed; it is tried again'),
      )
      .finally(() => {
        running = undefined;
      });
  }, ms);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Applies the retention policy now and then every `ms`; a failure is logged and tried again next time. */
async function applyRetentionEvery(
  ms: number,
  database: DatabaseHandle,
  policy: RetentionPolicy,
  logger: ReturnType<typeof createLogger>,
): Promise<{ stop(): Promise<void> }> {
  let running: Promise<void> | undefined;
  const once = () => {
    running ??= applyRetention(database.db, policy)
      .then((report) => logger.info(report, 'retention applied'))
      .catch((error: unknown) => logger.warn({ err: error }, 'retention not applied; it is tried again'))
      .finally(() => {
        running = undefined;
      });
  };
  once();
  await running;
  const timer = setInterval(once, ms);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

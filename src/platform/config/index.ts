import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Reads STITCH_AUDIT_KEY: 32 bytes or more, as hex or base64.
 *
 * @example parseAuditKey('00'.repeat(32)) // { key: <32 bytes> }
 */
export function parseAuditKey(text: string): { key: Buffer } | { problem: string } {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]+$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length < 32)
    return { problem: 'at least 32 bytes, written as hex or base64 (openssl rand -base64 32)' };
  return { key };
}

/** An address, or an address and a prefix length (CIDR), as a proxy list entry. */
function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/**
 * Which proxies in front of Stitch are believed about the client's address (X-Forwarded-For) and
 * scheme: none by default; a number of hops (`1`: the one proxy in front); or a comma-separated list of
 * proxy addresses and ranges (`10.0.0.1, 192.168.0.0/16`). Anything else is refused at start.
 */
const TrustProxySchema = z
  .string()
  .trim()
  .transform((value, context): false | number | string[] => {
    if (value === '' || value === '0') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isAddressOrRange(entry));
    if (wrong.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `A number of proxies, or addresses and ranges separated by commas (not ${wrong.join(', ')})`,
      });
      return z.NEVER;
    }
    return entries;
  });

const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./.stitch'),
  databaseUrl: z.string().url().optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  publicUrl: z.string().url().optional(),
  trustProxy: TrustProxySchema.default(false),
  /** How long browsers and CDNs may reuse a public page or JSON read before asking again (0: always ask). */
  /** Requests a minute from one client before 429 (probes and assets are never counted). */
  rateLimit: z.coerce.number().int().min(1).max(100_000_000).default(600),
  /** Requests at once before 503 (unset: 64 on the embedded database, 256 on PostgreSQL). */
  maxInFlight: z.coerce.number().int().min(1).max(100_000).optional(),
  publicCacheSeconds: z.coerce.number().int().min(0).max(86_400).default(60),
  /** The bearer token /metrics asks scrapers for; without it, production answers this machine only. */
  metricsToken: z.string().min(16, 'At least 16 characters').optional(),
  /** The key sealing the audit chain, kept outside the database (hex or base64, 32 bytes or more). */
  auditKey: z
    .string()
    .transform((text, context) => {
      const parsed = parseAuditKey(text);
      if ('key' in parsed) return parsed.key;
      context.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    })
    .optional(),
  /** Where the audit chain's head is anchored on a schedule: a file path, an http(s) URL or mailto:. */
  auditAnchor: z.string().min(1).optional(),
  auditAnchorMinutes: z.coerce.number().int().min(1).max(10_080).default(60),
  /** Days personal data is kept before `stitch purge` (and the server, daily) removes it. */
  retainCommentDays: z.coerce.number().int().min(1).max(36_500).default(365),
  retainUnmetNeedDays: z.coerce.number().int().min(1).max(36_500).default(365),
  retainDisabledAccountDays: z.coerce.number().int().min(1).max(36_500).default(730),
  demoData: z.coerce.boolean().default(true),
  /** The SMTP server for mail to clients (checklists); without it, pages say email is unavailable. */
  smtpUrl: z
    .string()
    .regex(/^smtps?:\/\//, 'An smtp:// or smtps:// URL')
    .optional(),
  mailFrom: z.string().default('Stitch <no-reply@stitch.invalid>'),
  /** An external OpenID Connect provider; without it, `npm start` runs the development provider. */
  oidcIssuer: z.string().url().optional(),
  oidcClientId: z.string().min(1).optional(),
  oidcClientSecret: z.string().min(1).optional(),
  /** The development identity provider's port (used only when no OIDC_ISSUER is set). */
  devOidcPort: z.coerce.number().int().min(0).max(65535).optional(),
  /** NODE_ENV=production: development-only pages (the component examples) are not served. */
  production: z.boolean().default(false),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string; devOidcPort: number };

/** The environment variable behind each setting, to name it in a complaint. */
const VARIABLE: Partial<Record<string, string>> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'STITCH_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  logLevel: 'LOG_LEVEL',
  publicUrl: 'STITCH_PUBLIC_URL',
  trustProxy: 'STITCH_TRUST_PROXY',
  rateLimit: 'STITCH_RATE_LIMIT',
  maxInFlight: 'STITCH_MAX_IN_FLIGHT',
  publicCacheSeconds: 'STITCH_PUBLIC_CACHE_SECONDS',
  metricsToken: 'STITCH_METRICS_TOKEN',
  auditKey: 'STITCH_AUDIT_KEY',
  auditAnchor: 'STITCH_AUDIT_ANCHOR',
  auditAnchorMinutes: 'STITCH_AUDIT_ANCHOR_MINUTES',
  retainCommentDays: 'STITCH_RETAIN_COMMENT_DAYS',
  retainUnmetNeedDays: 'STITCH_RETAIN_UNMET_NEED_DAYS',
  retainDisabledAccountDays: 'STITCH_RETAIN_DISABLED_ACCOUNT_DAYS',
  demoData: 'STITCH_DEMO_DATA',
  smtpUrl: 'SMTP_URL',
  mailFrom: 'STITCH_MAIL_FROM',
  oidcIssuer: 'OIDC_ISSUER',
  oidcClientId: 'OIDC_CLIENT_ID',
  oidcClientSecret: 'OIDC_CLIENT_SECRET',
  devOidcPort: 'STITCH_DEV_OIDC_PORT',
  production: 'NODE_ENV',
};

/** Configuration that cannot be used: the message names each variable and what is wrong with it. */
export class ConfigError extends Error {
  constructor(lines: string[]) {
    super(`Invalid configuration:\n${lines.map((line) => `  ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The retention periods of a configuration, as the retention domain takes them. */
export function retentionPolicyOf(config: Config): {
  commentDays: number;
  unmetNeedDays: number;
  disabledAccountDays: number;
} {
  return {
    commentDays: config.retainCommentDays,
    unmetNeedDays: config.retainUnmetNeedDays,
    disabledAccountDays: config.retainDisabledAccountDays,
  };
}

/** Reads configuration from the environment; the server and the CLI share this one reading. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse({
    port: env.PORT || undefined,
    host: env.HOST || undefined,
    dataDir: env.STITCH_DATA_DIR || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL || undefined,
    publicUrl: env.STITCH_PUBLIC_URL || undefined,
    trustProxy: env.STITCH_TRUST_PROXY || undefined,
    rateLimit: env.STITCH_RATE_LIMIT || undefined,
    maxInFlight: env.STITCH_MAX_IN_FLIGHT || undefined,
    publicCacheSeconds: env.STITCH_PUBLIC_CACHE_SECONDS || undefined,
    metricsToken: env.STITCH_METRICS_TOKEN || undefined,
    auditKey: env.STITCH_AUDIT_KEY || undefined,
    auditAnchor: env.STITCH_AUDIT_ANCHOR || undefined,
    auditAnchorMinutes: env.STITCH_AUDIT_ANCHOR_MINUTES || undefined,
    retainCommentDays: env.STITCH_RETAIN_COMMENT_DAYS || undefined,
    retainUnmetNeedDays: env.STITCH_RETAIN_UNMET_NEED_DAYS || undefined,
    retainDisabledAccountDays: env.STITCH_RETAIN_DISABLED_ACCOUNT_DAYS || undefined,
    demoData: env.STITCH_DEMO_DATA === undefined ? undefined : env.STITCH_DEMO_DATA !== 'false',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.STITCH_MAIL_FROM || undefined,
    oidcIssuer: env.OIDC_ISSUER || undefined,
    oidcClientId: env.OIDC_CLIENT_ID || undefined,
    oidcClientSecret: env.OIDC_CLIENT_SECRET || undefined,
    devOidcPort: env.STITCH_DEV_OIDC_PORT || undefined,
    production: env.NODE_ENV === 'production',
  });
  if (
    parsed.success &&
    parsed.data.oidcIssuer &&
    !(parsed.data.oidcClientId && parsed.data.oidcClientSecret)
  ) {
    throw new ConfigError(['OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET']);
  }
  if (parsed.success && parsed.data.production && !parsed.data.publicUrl) {
    // Links in emails and sign-in redirects must name the real site, never a request's Host header.
    throw new ConfigError(['STITCH_PUBLIC_URL is required when NODE_ENV=production']);
  }
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const field = issue.path.join('.');
        return `${VARIABLE[field] ?? field}: ${issue.message}`;
      }),
    );
  }
  // The development provider sits next to the site: PORT+1, or any free port when PORT is 0.
  const devOidcPort = parsed.data.devOidcPort ?? (parsed.data.port === 0 ? 0 : parsed.data.port + 1);
  return { ...parsed.data, devOidcPort, dataDir: resolve(parsed.data.dataDir) };
}

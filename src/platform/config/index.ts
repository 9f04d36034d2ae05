import { resolve } from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./.stitch'),
  databaseUrl: z.string().url().optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  publicUrl: z.string().url().optional(),
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

/** Reads configuration from the environment; the server and the CLI share this one reading. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse({
    port: env.PORT || undefined,
    host: env.HOST || undefined,
    dataDir: env.STITCH_DATA_DIR || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL || undefined,
    publicUrl: env.STITCH_PUBLIC_URL || undefined,
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
    throw new Error('Invalid configuration:\n  OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  }
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  // The development provider sits next to the site: PORT+1, or any free port when PORT is 0.
  const devOidcPort = parsed.data.devOidcPort ?? (parsed.data.port === 0 ? 0 : parsed.data.port + 1);
  return { ...parsed.data, devOidcPort, dataDir: resolve(parsed.data.dataDir) };
}

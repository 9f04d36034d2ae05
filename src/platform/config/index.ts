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
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

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
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.dataDir) };
}

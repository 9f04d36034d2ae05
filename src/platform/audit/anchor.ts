/**
 * Anchors: the head of the audit chain (its last entry, that entry's seal, how many entries, when),
 * signed with the audit key and written somewhere the database cannot reach — a file, an HTTP endpoint,
 * an auditor's mailbox. Whoever rewrites the chain's tail and recomputes the seals (with the key) or
 * simply deletes the newest entries is caught by `stitch audit verify` against the last anchor.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../db/index.js';
import type { Mailer } from '../mail/index.js';
import { auditKey } from './key.js';
import { canonicalJson } from './index.js';

const AuditHead = z.object({
  /** The id of the newest entry. */
  entry: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** How many entries the chain held, up to and including `entry`. */
  entries: z.number().int().positive(),
  at: z.string().datetime(),
});
export type AuditHead = z.infer<typeof AuditHead>;

export const AuditAnchor = AuditHead.extend({
  kind: z.literal('stitch-audit-anchor'),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditAnchor = z.infer<typeof AuditAnchor>;

function signatureOf(key: Buffer, head: AuditHead): string {
  const { entry, hash, entries, at } = head;
  return createHmac('sha256', key)
    .update(canonicalJson({ kind: 'stitch-audit-anchor', entry, hash, entries, at }))
    .digest('hex');
}

/** The chain's head now, signed; undefined while the trail is empty. */
export async function makeAnchor(db: Db, now = new Date()): Promise<AuditAnchor | undefined> {
  const head = await db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return undefined;
  const { n } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '<=', head.id)
    .executeTakeFirstOrThrow();
  const fields: AuditHead = {
    entry: Number(head.id),
    hash: head.hash,
    entries: Number(n),
    at: now.toISOString(),
  };
  return { kind: 'stitch-audit-anchor', ...fields, signature: signatureOf(await auditKey(db), fields) };
}

export type AnchorCheck =
  | { status: 'holds'; anchor: AuditAnchor }
  /** The anchored entry, or entries before it, are gone. */
  | { status: 'truncated'; anchor: AuditAnchor; lastEntry: number | undefined; entries: number }
  /** The anchored entry is there with another seal: the chain was rewritten and resealed. */
  | { status: 'rewritten'; anchor: AuditAnchor }
  /** The anchor's signature does not match this installation's audit key. */
  | { status: 'forged'; anchor: AuditAnchor };

/** Whether the chain still holds what the anchor saw. */
export async function checkAnchor(db: Db, anchor: AuditAnchor): Promise<AnchorCheck> {
  const expected = Buffer.from(signatureOf(await auditKey(db), anchor), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(anchor.signature, 'hex'))) return { status: 'forged', anchor };
  const row = await db
    .selectFrom('audit_log')
    .select('hash')
    .where('id', '=', anchor.entry)
    .executeTakeFirst();
  const { n } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '<=', anchor.entry)
    .executeTakeFirstOrThrow();
  if (!row || Number(n) < anchor.entries) {
    const newest = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return {
      status: 'truncated',
      anchor,
      lastEntry: newest?.id == null ? undefined : Number(newest.id),
      entries: Number(n),
    };
  }
  if (row.hash !== anchor.hash) return { status: 'rewritten', anchor };
  return { status: 'holds', anchor };
}

/** Where anchors go: a file (one JSON line each), an http(s) endpoint (POST), or `mailto:` an auditor. */
export type AnchorDestination =
  { kind: 'file'; path: string } | { kind: 'http'; url: string } | { kind: 'mail'; to: string };

export function parseAnchorDestination(text: string): AnchorDestination {
  if (/^https?:\/\//i.test(text)) return { kind: 'http', url: text };
  if (/^mailto:/i.test(text)) return { kind: 'mail', to: decodeURIComponent(text.slice('mailto:'.length)) };
  return { kind: 'file', path: text };
}

export class AnchorDeliveryError extends Error {}

/** Writes one anchor to its destination; throws AnchorDeliveryError saying why it could not. */
export async function deliverAnchor(
  anchor: AuditAnchor,
  destination: AnchorDestination,
  mailer?: Mailer,
): Promise<void> {
  const text = JSON.stringify(anchor);
  if (destination.kind === 'file') {
    appendFileSync(destination.path, `${text}\n`, { mode: 0o640 });
    return;
  }
  if (destination.kind === 'http') {
    let response: Response;
    try {
      response = await fetch(destination.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new AnchorDeliveryError(`${destination.url} could not be reached: ${(error as Error).message}`);
    }
    if (!response.ok)
      throw new AnchorDeliveryError(`${destination.url} answered ${response.status}, not a success`);
    return;
  }
  if (!mailer) throw new AnchorDeliveryError('Anchors by email need SMTP_URL');
  await mailer.send({
    to: destination.to,
    subject: `Stitch audit anchor: entry ${anchor.entry}, ${anchor.at}`,
    text:
      `The audit trail's head, signed. Keep this message: \`stitch audit verify --anchor <file>\` ` +
      `checks the trail against the line below saved in a file.\n\n${text}\n`,
    lang: 'en',
  });
}

/** The newest anchor in a file of anchors (one JSON line each, as deliverAnchor writes them). */
export function readLastAnchor(path: string): AuditAnchor | undefined {
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const last = lines.at(-1);
  if (last === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(last);
  } catch {
    throw new AnchorDeliveryError(`${path}: the last line is not an anchor (not JSON)`);
  }
  const parsed = AuditAnchor.safeParse(value);
  if (!parsed.success) throw new AnchorDeliveryError(`${path}: the last line is not an anchor`);
  return parsed.data;
}

/**
 * Anchors on a schedule (STITCH_AUDIT_ANCHOR with STITCH_AUDIT_ANCHOR_MINUTES): once at start, then every
 * period. A failed delivery is reported and tried again next period; it never stops the server.
 */
export function anchorEvery(options: {
  db: Db;
  destination: AnchorDestination;
  everyMs: number;
  mailer?: Mailer;
  onAnchored?: (anchor: AuditAnchor) => void;
  onError: (error: unknown) => void;
}): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const once = () => {
    running = running
      .then(async () => {
        const anchor = await makeAnchor(options.db);
        if (!anchor) return;
        await deliverAnchor(anchor, options.destination, options.mailer);
        options.onAnchored?.(anchor);
      })
      .catch(options.onError);
  };
  once();
  const timer = setInterval(once, options.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

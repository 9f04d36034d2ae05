/** Queries on partnership, partnership_party and agreement only. */
import type { Db, Tx } from '../../platform/db/index.js';
import { ClausesInput } from './schemas.js';
import type { Agreement, Partnership } from './types.js';

type Conn = Db | Tx;

export async function findPartnership(db: Conn, key: string): Promise<Partnership | undefined> {
  const row = await db.selectFrom('partnership').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  const parties = await db
    .selectFrom('partnership_party')
    .select(['organization_id', 'role'])
    .where('partnership_id', '=', row.id)
    .orderBy('role')
    .orderBy('organization_id')
    .execute();
  return { id: row.id, key: row.key, name: row.name, parties };
}

type AgreementRow = Omit<Agreement, 'clauses'> & { clauses: unknown };

export function toAgreement(row: AgreementRow): Agreement {
  const clauses = typeof row.clauses === 'string' ? (JSON.parse(row.clauses) as unknown) : row.clauses;
  return { ...row, clauses: ClausesInput.parse(clauses) };
}

export function agreementColumns() {
  return [
    'id',
    'partnership_id',
    'template',
    'status',
    'clauses',
    'starts_on',
    'ends_on',
    'review_on',
    'signed_at',
    'signed_by',
  ] as const;
}

export interface AgreementSignature {
  agreement_id: string;
  organization_id: string;
  /** The signer's actor id (a user id, or `system:<what>`) and their name when they signed. */
  signed_by: string;
  signer_name: string;
  signed_at: Date;
}

export async function findSignatures(
  db: Conn,
  agreementIds: readonly string[],
): Promise<AgreementSignature[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db
    .selectFrom('agreement_signature')
    .selectAll()
    .where('agreement_id', 'in', [...agreementIds])
    .orderBy('signed_at')
    .orderBy('organization_id')
    .execute();
  return rows.map((row) => ({ ...row, signed_at: new Date(row.signed_at) }));
}

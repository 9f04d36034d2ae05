import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Tx = Transaction<Database>;
export type Db = Kysely<Database>;

/**
 * Runs `work` in one transaction: every command commits whole or not at all.
 * Inside a transaction already, it joins it instead of nesting.
 */
export async function withTransaction<T>(db: Db | Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Tx);
  return db.transaction().execute(work);
}

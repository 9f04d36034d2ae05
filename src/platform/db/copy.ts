/**
 * Bulk loading with COPY where the engine lets a query feed it. Embedded PGlite reads a COPY from the
 * file it attaches as `/dev/blob`; the statement runs on the connection's own session, inside whatever
 * transaction is open there. The PostgreSQL driver (`pg`) has no COPY FROM STDIN of its own, so on a
 * server callers fall back to set-based statements (`canCopy` says so).
 */
import type { PGlite } from '@electric-sql/pglite';
import type { DatabaseConnection } from 'kysely';
import type { Db, Tx } from './transaction.js';

const embedded = new WeakMap<DatabaseConnection, PGlite>();

/** Called by the PGlite dialect when it opens its one connection. */
export function rememberPGlite(connection: DatabaseConnection, pglite: PGlite): void {
  embedded.set(connection, pglite);
}

const encoder = new TextEncoder();

/** A simple-protocol Query message: PGlite's query methods wait for the open transaction, this does not. */
function queryMessage(sql: string): Uint8Array {
  const text = encoder.encode(sql);
  const message = new Uint8Array(text.length + 6);
  const view = new DataView(message.buffer);
  message[0] = 'Q'.charCodeAt(0);
  view.setInt32(1, text.length + 5);
  message.set(text, 5);
  return message;
}

/** Whether `copyText` can load through the connection `db` runs on. */
export async function canCopy(db: Db | Tx): Promise<boolean> {
  return db.getExecutor().provideConnection(async (connection) => embedded.has(connection));
}

/**
 * Runs `copy <target> from '/dev/blob'` with `text` (COPY's text format) as the blob, on the connection
 * `db` runs on (see `canCopy`).
 */
export async function copyText(db: Db | Tx, target: string, text: string): Promise<void> {
  await db.getExecutor().provideConnection(async (connection) => {
    const pglite = embedded.get(connection);
    if (!pglite) throw new Error('COPY from a blob needs the embedded database.');
    await pglite._handleBlob(new Blob([text]));
    try {
      // Inside the caller's transaction: the file system is synced when it commits.
      await pglite.execProtocol(queryMessage(`copy ${target} from '/dev/blob'`), { syncToFs: false });
    } finally {
      await pglite._cleanupBlob();
    }
  });
}

/**
 * Statements a hot path runs many times a second keep their plan on each PostgreSQL connection: the
 * first run prepares them under a name derived from their text, later runs only bind and execute, and
 * the server may settle on a generic plan instead of planning every call. A statement opts in by
 * starting with `keepPlan`; its text must not vary with the values (they are parameters), or each
 * variant is prepared anew. The server keeps the generic plan only when it expects it to cost no
 * more than planning each call, so arrays are passed with `listParam`, whose length neither plan
 * looks at. PGlite runs them as any other statement.
 *
 * @example
 * await sql`${keepPlan}SELECT ref FROM search_document WHERE ref = ANY(${listParam(refs)})`.execute(db);
 */
import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { sql } from 'kysely';

const MARKER = '/* keep plan */ ';

/** Put first in a statement whose plan each connection keeps. */
export const keepPlan = sql.raw(MARKER);

/**
 * An array parameter (text, or integers) read through a one-row subquery: a plan made for the values
 * and one made for any values then estimate it alike, so the server can keep the generic one.
 */
export function listParam(values: readonly string[] | readonly number[], type: 'text' | 'int' = 'text') {
  return sql`(SELECT ${values}::${sql.raw(type)}[])::${sql.raw(type)}[]`;
}

/** The name a kept statement is prepared under: the same text always gives the same name. */
export function preparedName(text: string): string {
  return `stitch_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
}

interface NamedQueryClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<unknown>;
}

/**
 * A pool whose clients prepare the statements marked with `keepPlan` once per connection (the `pg`
 * driver remembers which names a connection has prepared) and pass every other call through.
 */
export function poolKeepingPlans(pool: PostgresPool): PostgresPool {
  const wrapped = new WeakMap<PostgresPoolClient, PostgresPoolClient>();
  const wrap = (client: PostgresPoolClient): PostgresPoolClient => {
    const known = wrapped.get(client);
    if (known) return known;
    const named = client as unknown as NamedQueryClient;
    const wrapper = {
      query: ((text: unknown, values?: readonly unknown[]) => {
        if (typeof text === 'string' && text.startsWith(MARKER)) {
          return named.query({ name: preparedName(text), text, values: [...(values ?? [])] });
        }
        return (client.query as (...args: unknown[]) => unknown)(text, values);
      }) as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(destroy),
      // Read by the dialect to cancel a running statement.
      get processID() {
        return client.processID;
      },
    } as PostgresPoolClient;
    wrapped.set(client, wrapper);
    return wrapper;
  };
  return {
    ...(pool.Client ? { Client: pool.Client } : {}),
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
    options: pool.options,
  };
}

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { Database, Row } from '../../platform/db/index.js';
import type { LocalizedText } from '../../platform/i18n/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { TABLES, columnsOf, type CatalogTableName, type ColumnsOf } from './tables.js';

/** Described columns that `dbTypes.ts` gives no type: none, or the type checker names them here. */
type Untyped = { [T in CatalogTableName]: Exclude<ColumnsOf<T>, keyof Database[T]> }[CatalogTableName];

describe('catalog tables typed from their descriptors', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it('types every described column, bilingual ones as { en, fr } from the descriptor alone', () => {
    expectTypeOf<Untyped>().toEqualTypeOf<never>();
    expectTypeOf<Row<'location'>['transportation']>().toEqualTypeOf<LocalizedText | null>();
    expectTypeOf<Row<'organization'>['name']>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<Row<'phone'>['position']>().toEqualTypeOf<number>();
  });

  it('describes only columns the migrations made, bilingual ones as jsonb', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = current_schema()`.execute(database.db);
    const made = new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row.data_type]));
    const missing: string[] = [];
    const notJson: string[] = [];
    for (const table of Object.keys(TABLES) as CatalogTableName[]) {
      for (const column of columnsOf(table)) {
        const type = made.get(`${table}.${column}`);
        if (!type) missing.push(`${table}.${column}`);
        else if (TABLES[table].columns[column]?.role === 'text' && type !== 'jsonb')
          notJson.push(`${table}.${column}`);
      }
    }
    expect({ missing, notJson }).toEqual({ missing: [], notJson: [] });
  });
});

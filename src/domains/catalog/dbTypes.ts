/**
 * Catalog tables typed for Kysely from their descriptors (`tables.ts`): the bilingual columns come from the
 * descriptor, so a text field added there is typed here without another line. Declared into the
 * platform's `Database` by declaration merging, so platform imports no domain.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DateText, OptionalText, Text, Timestamp } from '../../platform/db/schema.js';
import type { CatalogTableName, TextColumnOf } from './tables.js';
import type { SERVICE_STATUSES } from './schemas.js';

/** The bilingual columns of a table: `{ en, fr }`, or null unless the column is required. */
type TextColumns<T extends CatalogTableName, Required extends TextColumnOf<T> = never> = {
  [K in TextColumnOf<T>]: K extends Required ? Text : OptionalText;
};

export interface ServiceTable extends TextColumns<'service', 'name'> {
  id: string;
  organization_id: string;
  program_id: string | null;
  email: string | null;
  status: (typeof SERVICE_STATUSES)[number];
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: DateText | null;
  assurer_email: string | null;
  last_modified: Timestamp;
  translation_pending: ColumnType<boolean, boolean | undefined, boolean>;
  external_id: string | null;
  source: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Migration 0009: who last confirmed the record true, and who last published it from a draft. */
  last_verified_at: Timestamp | null;
  last_verified_by: string | null;
  last_verified_by_name: string | null;
  last_published_at: Timestamp | null;
  last_published_by_name: string | null;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    service: ServiceTable;
  }
}

/** A hand-made GC Service Inventory in the 2024 format, written to files and imported as the CLI does. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCatalog } from '../domains/catalog/index.js';
import { serviceInventory } from '../domains/interchange/index.js';
import type { Db } from '../platform/db/index.js';

const SERVICE_COLUMNS =
  'fiscal_yr,service_id,service_name_en,service_name_fr,service_description_en,service_description_fr,service_type,service_recipient_type,service_scope,client_target_groups,program_id,program_name_en,program_name_fr,client_feedback_channel,automated_decision_system,automated_decision_system_description_en,automated_decision_system_description_fr,service_fee,os_account_registration,os_authentication,os_application,os_decision,os_issuance,os_issue_resolution_feedback,os_comments_client_interaction_en,os_comments_client_interaction_fr,last_service_review,last_service_improvement,sin_usage,cra_bn_identifier_usage,num_phone_enquiries,num_applications_by_phone,num_website_visits,num_applications_online,num_applications_in_person,num_applications_by_mail,num_applications_by_email,num_applications_by_fax,num_applications_by_other,num_applications_total,special_remarks_en,special_remarks_fr,service_uri_en,service_uri_fr,owner_org,owner_org_title'.split(
    ',',
  );
const STANDARD_COLUMNS =
  'fiscal_yr,service_id,service_name_en,service_name_fr,service_standard_id,service_standard_en,service_standard_fr,type,channel,channel_comments_en,channel_comments_fr,target,volume_meeting_target,total_volume,performance,comments_en,comments_fr,target_met,standards_targets_uri_en,standards_targets_uri_fr,performance_results_uri_en,performance_results_uri_fr,owner_org,owner_org_title'.split(
    ',',
  );

function csv(columns: string[], rows: Record<string, string>[]): string {
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? '')).join(','))].join(
    '\n',
  );
}

/** Writes the rows as si.csv and ss.csv (2024 columns; cells left out are empty) and imports them. */
export async function anInventory(
  db: Db,
  services: Record<string, string>[],
  standards: Record<string, string>[] = [],
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stitch-inventory-'));
  writeFileSync(join(dir, 'si.csv'), csv(SERVICE_COLUMNS, services));
  writeFileSync(join(dir, 'ss.csv'), csv(STANDARD_COLUMNS, standards));
  const files = await serviceInventory.readServiceInventoryFiles(join(dir, 'si.csv'), join(dir, 'ss.csv'));
  await serviceInventory.importServiceInventory(db, files, { actor: 'test:inventory', importCatalog });
}

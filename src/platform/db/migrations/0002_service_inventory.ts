/**
 * The GC Service Inventory's yearly figures, kept exactly as published so the results framework can compute
 * take-up and channel mix later. Every figure keeps its raw cell: `ND` (no data), `NA` (not applicable) and an
 * empty cell stay distinguishable (`status`), and `value` is set only when the cell was a number.
 *
 * Results reference their standard by id without a foreign key: the catalog may rewrite a service's standards
 * when it updates the service, and a year's figures must outlive that. They are removed with their service.
 */
export const statements: string[] = [
  /* One row per service per fiscal year per file row: the whole row as read, so nothing is lost. */
  `CREATE TABLE service_inventory_record (
    service_id text NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    fiscal_year text NOT NULL CHECK (fiscal_year ~ '^[0-9]{4}-[0-9]{4}$'),
    format text NOT NULL CHECK (format IN ('services-yearly','services-2024')),
    source_file text NOT NULL,
    source_row integer NOT NULL,
    inventory_id text NOT NULL,
    organization_key text NOT NULL,
    raw jsonb NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, fiscal_year)
  )`,
  `CREATE INDEX service_inventory_record_year ON service_inventory_record (fiscal_year)`,

  /*
   * Per-channel yearly figures. channel: where it was counted (online, phone, in_person, mail, email, fax,
   * other, total); metric: what was counted (applications, enquiries, web_visits).
   */
  `CREATE TABLE service_volume (
    service_id text NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    fiscal_year text NOT NULL CHECK (fiscal_year ~ '^[0-9]{4}-[0-9]{4}$'),
    channel text NOT NULL CHECK (channel IN ('online','phone','in_person','mail','email','fax','other','total')),
    metric text NOT NULL CHECK (metric IN ('applications','enquiries','web_visits')),
    value numeric,
    status text NOT NULL CHECK (status IN ('number','no_data','not_applicable','empty','invalid')),
    raw text NOT NULL,
    source_column text NOT NULL,
    CHECK ((status = 'number') = (value IS NOT NULL)),
    PRIMARY KEY (service_id, fiscal_year, channel, metric)
  )`,
  `CREATE INDEX service_volume_year ON service_volume (fiscal_year, metric, channel)`,

  /* The six online stages (registration … feedback): Y, N or NA as published; value null when it was none of them. */
  `CREATE TABLE service_online_stage (
    service_id text NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    fiscal_year text NOT NULL CHECK (fiscal_year ~ '^[0-9]{4}-[0-9]{4}$'),
    stage text NOT NULL CHECK (stage IN ('registration','authentication','application','decision','issuance','feedback')),
    value text CHECK (value IN ('Y','N','NA')),
    raw text NOT NULL,
    source_column text NOT NULL,
    PRIMARY KEY (service_id, fiscal_year, stage)
  )`,

  /*
   * A standard's yearly result. target and performance are shares (0–1) whatever the file's scale (the
   * 2016–2020 files write percentages, 2024 fractions); the *_raw columns and raw keep the cells as published.
   */
  `CREATE TABLE service_standard_result (
    standard_id text NOT NULL,
    service_id text NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    fiscal_year text NOT NULL CHECK (fiscal_year ~ '^[0-9]{4}-[0-9]{4}$'),
    target numeric CHECK (target IS NULL OR (target >= 0 AND target <= 1)),
    target_raw text NOT NULL,
    volume_meeting_target numeric,
    volume_meeting_target_raw text NOT NULL,
    total_volume numeric,
    total_volume_raw text NOT NULL,
    performance numeric CHECK (performance IS NULL OR (performance >= 0 AND performance <= 1)),
    performance_raw text NOT NULL,
    target_met text CHECK (target_met IN ('Y','N','NA')),
    channel text,
    source_file text NOT NULL,
    source_row integer NOT NULL,
    raw jsonb NOT NULL,
    PRIMARY KEY (standard_id, fiscal_year)
  )`,
  `CREATE INDEX service_standard_result_service ON service_standard_result (service_id, fiscal_year)`,
];

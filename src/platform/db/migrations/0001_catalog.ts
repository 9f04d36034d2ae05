/**
 * The partner service catalog: Open Referral HSDS 3.0 tables plus Stitch's own (jurisdictions, brands,
 * service channels, service standards). Client-facing text is `jsonb` holding `{ "en": …, "fr": … }`.
 */
export const statements: string[] = [
  `CREATE EXTENSION IF NOT EXISTS unaccent`,
  `CREATE EXTENSION IF NOT EXISTS pg_trgm`,

  `CREATE TABLE jurisdiction (
    id text PRIMARY KEY,
    level text NOT NULL CHECK (level IN ('federal','provincial','territorial','municipal','indigenous','ngo')),
    code text NOT NULL UNIQUE,
    name jsonb NOT NULL,
    parent_id text REFERENCES jurisdiction(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,

  `CREATE TABLE organization (
    id text PRIMARY KEY,
    jurisdiction_id text REFERENCES jurisdiction(id),
    name jsonb NOT NULL,
    alternate_name jsonb,
    description jsonb NOT NULL,
    email text,
    website jsonb,
    tax_status text,
    tax_id text,
    year_incorporated integer,
    legal_status text,
    logo text,
    uri text,
    parent_organization_id text REFERENCES organization(id) DEFERRABLE INITIALLY DEFERRED,
    brand_colour text,
    brand_accent_colour text,
    is_partner boolean NOT NULL DEFAULT false,
    translation_pending boolean NOT NULL DEFAULT false,
    external_id text,
    source text,
    assured_date date,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE UNIQUE INDEX organization_external_id ON organization (source, external_id) WHERE external_id IS NOT NULL`,

  `CREATE TABLE organization_identifier (
    id text PRIMARY KEY,
    organization_id text NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    identifier_scheme text,
    identifier_type text NOT NULL,
    identifier text NOT NULL
  )`,

  `CREATE TABLE program (
    id text PRIMARY KEY,
    organization_id text NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    name jsonb NOT NULL,
    alternate_name jsonb,
    description jsonb NOT NULL,
    external_id text
  )`,

  `CREATE TABLE service (
    id text PRIMARY KEY,
    organization_id text NOT NULL REFERENCES organization(id),
    program_id text REFERENCES program(id) ON DELETE SET NULL,
    name jsonb NOT NULL,
    alternate_name jsonb,
    description jsonb,
    url jsonb,
    email text,
    status text NOT NULL CHECK (status IN ('active','inactive','defunct','temporarily closed')),
    interpretation_services jsonb,
    application_process jsonb,
    fees_description jsonb,
    wait_time jsonb,
    fees jsonb,
    accreditations jsonb,
    licenses jsonb,
    eligibility_description jsonb,
    minimum_age numeric,
    maximum_age numeric,
    assured_date date,
    assurer_email text,
    alert jsonb,
    last_modified timestamptz NOT NULL DEFAULT now(),
    translation_pending boolean NOT NULL DEFAULT false,
    external_id text,
    source text,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX service_organization ON service (organization_id)`,
  `CREATE INDEX service_last_modified ON service (last_modified)`,
  `CREATE UNIQUE INDEX service_external_id ON service (source, external_id) WHERE external_id IS NOT NULL`,

  `CREATE TABLE location (
    id text PRIMARY KEY,
    organization_id text REFERENCES organization(id),
    location_type text NOT NULL CHECK (location_type IN ('physical','postal','virtual')),
    url text,
    name jsonb,
    alternate_name jsonb,
    description jsonb,
    transportation jsonb,
    latitude numeric,
    longitude numeric,
    external_identifier text,
    external_identifier_type text,
    time_zone text NOT NULL DEFAULT 'America/Toronto',
    assured_date date,
    translation_pending boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX location_organization ON location (organization_id)`,

  `CREATE TABLE address (
    id text PRIMARY KEY,
    location_id text REFERENCES location(id) ON DELETE CASCADE,
    attention text,
    address_1 text NOT NULL,
    address_2 text,
    city text NOT NULL,
    region text,
    state_province text NOT NULL,
    postal_code text NOT NULL,
    country text NOT NULL,
    address_type text NOT NULL CHECK (address_type IN ('physical','postal','virtual'))
  )`,
  `CREATE INDEX address_location ON address (location_id)`,

  `CREATE TABLE service_at_location (
    id text PRIMARY KEY,
    service_id text NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    location_id text NOT NULL REFERENCES location(id) ON DELETE CASCADE,
    description jsonb
  )`,
  `CREATE INDEX service_at_location_service ON service_at_location (service_id)`,
  `CREATE INDEX service_at_location_location ON service_at_location (location_id)`,

  `CREATE TABLE contact (
    id text PRIMARY KEY,
    organization_id text REFERENCES organization(id) ON DELETE CASCADE,
    service_id text REFERENCES service(id) ON DELETE CASCADE,
    service_at_location_id text REFERENCES service_at_location(id) ON DELETE CASCADE,
    location_id text REFERENCES location(id) ON DELETE CASCADE,
    name text,
    title jsonb,
    department jsonb,
    email text
  )`,

  `CREATE TABLE phone (
    id text PRIMARY KEY,
    location_id text REFERENCES location(id) ON DELETE CASCADE,
    service_id text REFERENCES service(id) ON DELETE CASCADE,
    organization_id text REFERENCES organization(id) ON DELETE CASCADE,
    contact_id text REFERENCES contact(id) ON DELETE CASCADE,
    service_at_location_id text REFERENCES service_at_location(id) ON DELETE CASCADE,
    number text NOT NULL,
    extension numeric,
    type text,
    description jsonb
  )`,
  `CREATE INDEX phone_service ON phone (service_id)`,
  `CREATE INDEX phone_location ON phone (location_id)`,

  /* Stitch: how a service is reached on one channel. Walk-in reaches the service's service_at_locations. */
  `CREATE TABLE service_channel (
    id text PRIMARY KEY,
    service_id text NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('web','phone','walk_in','kiosk','mail','email')),
    delivery text NOT NULL CHECK (delivery IN ('self_serve','serviced')),
    position integer NOT NULL DEFAULT 0,
    description jsonb,
    url jsonb,
    phone_number text,
    phone_extension text,
    tty_number text,
    email text,
    mail_address_id text REFERENCES address(id) ON DELETE SET NULL,
    languages text[] NOT NULL DEFAULT '{}',
    unit_cost numeric(12,2),
    currency text NOT NULL DEFAULT 'CAD',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX service_channel_service ON service_channel (service_id)`,

  /* HSDS schedule, also used for channel hours. closed = a holiday exception for valid_from..valid_to. */
  `CREATE TABLE schedule (
    id text PRIMARY KEY,
    service_id text REFERENCES service(id) ON DELETE CASCADE,
    location_id text REFERENCES location(id) ON DELETE CASCADE,
    service_at_location_id text REFERENCES service_at_location(id) ON DELETE CASCADE,
    channel_id text REFERENCES service_channel(id) ON DELETE CASCADE,
    valid_from date,
    valid_to date,
    dtstart date,
    timezone numeric,
    until date,
    count integer,
    wkst text,
    freq text,
    "interval" integer,
    byday text,
    byweekno text,
    bymonthday text,
    byyearday text,
    description jsonb,
    opens_at time,
    closes_at time,
    schedule_link text,
    attending_type jsonb,
    notes jsonb,
    closed boolean NOT NULL DEFAULT false
  )`,
  `CREATE INDEX schedule_location ON schedule (location_id)`,
  `CREATE INDEX schedule_service ON schedule (service_id)`,
  `CREATE INDEX schedule_channel ON schedule (channel_id)`,

  `CREATE TABLE funding (
    id text PRIMARY KEY,
    organization_id text REFERENCES organization(id) ON DELETE CASCADE,
    service_id text REFERENCES service(id) ON DELETE CASCADE,
    source jsonb
  )`,

  `CREATE TABLE service_area (
    id text PRIMARY KEY,
    service_id text REFERENCES service(id) ON DELETE CASCADE,
    name jsonb,
    description jsonb,
    extent text,
    extent_type text,
    uri text
  )`,

  `CREATE TABLE required_document (
    id text PRIMARY KEY,
    service_id text REFERENCES service(id) ON DELETE CASCADE,
    document jsonb,
    uri text
  )`,

  `CREATE TABLE language (
    id text PRIMARY KEY,
    service_id text REFERENCES service(id) ON DELETE CASCADE,
    location_id text REFERENCES location(id) ON DELETE CASCADE,
    phone_id text REFERENCES phone(id) ON DELETE CASCADE,
    name jsonb,
    code text,
    note jsonb
  )`,

  `CREATE TABLE accessibility (
    id text PRIMARY KEY,
    location_id text REFERENCES location(id) ON DELETE CASCADE,
    description jsonb,
    details jsonb,
    url text
  )`,

  `CREATE TABLE cost_option (
    id text PRIMARY KEY,
    service_id text NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    valid_from date,
    valid_to date,
    option jsonb,
    currency text,
    amount numeric,
    amount_description jsonb
  )`,

  `CREATE TABLE taxonomy (
    id text PRIMARY KEY,
    name jsonb NOT NULL,
    description jsonb NOT NULL,
    uri text,
    version text
  )`,

  `CREATE TABLE taxonomy_term (
    id text PRIMARY KEY,
    code text,
    name jsonb NOT NULL,
    description jsonb NOT NULL,
    parent_id text REFERENCES taxonomy_term(id) DEFERRABLE INITIALLY DEFERRED,
    taxonomy text,
    language text,
    taxonomy_id text REFERENCES taxonomy(id) ON DELETE CASCADE,
    term_uri text
  )`,
  `CREATE INDEX taxonomy_term_taxonomy ON taxonomy_term (taxonomy_id)`,
  `CREATE INDEX taxonomy_term_parent ON taxonomy_term (parent_id)`,

  /* HSDS attribute: links any record to a taxonomy term. Also carries French text through HSDS (ADR 0004). */
  `CREATE TABLE attribute (
    id text PRIMARY KEY,
    link_id text NOT NULL,
    link_type text,
    link_entity text NOT NULL,
    taxonomy_term_id text REFERENCES taxonomy_term(id),
    value text,
    label text
  )`,
  `CREATE INDEX attribute_link ON attribute (link_entity, link_id)`,
  `CREATE INDEX attribute_term ON attribute (taxonomy_term_id)`,

  `CREATE TABLE metadata (
    id text PRIMARY KEY,
    resource_id text NOT NULL,
    resource_type text NOT NULL,
    last_action_date text NOT NULL,
    last_action_type text NOT NULL,
    field_name text NOT NULL,
    previous_value text NOT NULL,
    replacement_value text NOT NULL,
    updated_by text NOT NULL
  )`,
  `CREATE INDEX metadata_resource ON metadata (resource_type, resource_id)`,

  `CREATE TABLE meta_table_description (
    id text PRIMARY KEY,
    name text,
    language text,
    character_set text
  )`,

  /* Stitch: a published service standard ("decision within 10 business days, 80% of the time"). */
  `CREATE TABLE service_standard (
    id text PRIMARY KEY,
    service_id text NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    channel_kind text CHECK (channel_kind IN ('web','phone','walk_in','kiosk','mail','email')),
    name jsonb NOT NULL,
    description jsonb,
    standard_type text,
    threshold_value numeric,
    threshold_unit text,
    target numeric CHECK (target IS NULL OR (target >= 0 AND target <= 1)),
    url jsonb,
    external_id text,
    source text
  )`,
  `CREATE INDEX service_standard_service ON service_standard (service_id)`,
  `CREATE INDEX service_standard_external_id ON service_standard (source, external_id) WHERE external_id IS NOT NULL`,

  /* The measurement spine: every channel records interactions in this one shape. */
  `CREATE TABLE interaction (
    id bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    channel text NOT NULL CHECK (channel IN ('web','phone','ivr','walk_in','kiosk','mail','email','agent','api')),
    kind text NOT NULL CHECK (kind IN ('search','view','start','complete','abandon','referral','call','visit','mail_in','survey','feedback')),
    cluster_key text,
    service_id text,
    organization_id text,
    outcome text,
    duration_ms integer,
    session_id text,
    lang text CHECK (lang IN ('en','fr')),
    detail jsonb
  )`,
  `CREATE INDEX interaction_occurred_at ON interaction (occurred_at)`,
  `CREATE INDEX interaction_service ON interaction (service_id, occurred_at)`,

  /* Append-only audit trail; each row's hash covers the previous row's hash. */
  `CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text,
    organization_id text,
    detail jsonb,
    prev_hash text NOT NULL,
    hash text NOT NULL
  )`,
];

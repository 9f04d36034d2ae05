const SCORE = (column: string, required = false) =>
  `${column} smallint ${required ? 'NOT NULL ' : ''}CHECK (${column} BETWEEN 1 AND 5)`;
const CHANNELS = `('web','phone','ivr','walk_in','kiosk','mail','email','agent','api')`;
const DRIVERS = ['timeliness', 'knowledge', 'courtesy', 'fairness', 'outcome'];

/**
 * The results framework's tables.
 *
 * - `interaction.generated` labels what the activity generator made, so no figure passes it off as measured;
 *   `duration_ms` widens to bigint because a time to service is counted in days and weeks.
 * - `survey_response`: the satisfaction questions answered after an interaction on any channel (overall and
 *   the five drivers, 1–5), beside the survey interaction that carries its time, channel, cluster and service.
 * - `interaction_daily`: the rollup every dashboard reads, one row per day and combination of dimensions,
 *   kept up to date by adding each new interaction once (`rollup_state` holds how far it has read). An
 *   empty string stands for "none" in a dimension so the key stays a plain primary key.
 * - `cluster_indicator` and its values: a cluster's own results measures, with baseline and target.
 */
export const statements: string[] = [
  `ALTER TABLE interaction ADD COLUMN generated boolean NOT NULL DEFAULT false`,
  `ALTER TABLE interaction ALTER COLUMN duration_ms TYPE bigint`,
  `CREATE INDEX interaction_cluster ON interaction (cluster_key, occurred_at) WHERE cluster_key IS NOT NULL`,

  `CREATE TABLE survey_response (
    interaction_id bigint PRIMARY KEY REFERENCES interaction(id) ON DELETE CASCADE,
    ${SCORE('overall', true)},
    ${DRIVERS.map((driver) => SCORE(driver)).join(',\n    ')},
    preferred_channel text CHECK (preferred_channel IN ${CHANNELS}),
    comment text CHECK (char_length(comment) <= 2000)
  )`,

  `CREATE TABLE interaction_daily (
    cluster_key text NOT NULL,
    day date NOT NULL,
    service_id text NOT NULL,
    organization_id text NOT NULL,
    channel text NOT NULL,
    kind text NOT NULL,
    outcome text NOT NULL,
    preferred_channel text NOT NULL,
    generated boolean NOT NULL,
    events bigint NOT NULL,
    duration_ms_sum bigint NOT NULL DEFAULT 0,
    durations bigint NOT NULL DEFAULT 0,
    with_standard bigint NOT NULL DEFAULT 0,
    within_standard bigint NOT NULL DEFAULT 0,
    duplicates_avoided bigint NOT NULL DEFAULT 0,
    surveys bigint NOT NULL DEFAULT 0,
    satisfied bigint NOT NULL DEFAULT 0,
    overall_sum bigint NOT NULL DEFAULT 0,
    ${DRIVERS.map((driver) => `${driver}_sum bigint NOT NULL DEFAULT 0, ${driver}_n bigint NOT NULL DEFAULT 0`).join(',\n    ')},
    PRIMARY KEY (cluster_key, day, service_id, organization_id, channel, kind, outcome, preferred_channel, generated)
  )`,
  `CREATE INDEX interaction_daily_service ON interaction_daily (service_id, day)`,
  `CREATE INDEX interaction_daily_organization ON interaction_daily (organization_id, day)`,
  `CREATE INDEX interaction_daily_day ON interaction_daily (day)`,

  `CREATE TABLE rollup_state (
    name text PRIMARY KEY,
    last_id bigint NOT NULL DEFAULT 0,
    refreshed_at timestamptz
  )`,
  `INSERT INTO rollup_state (name) VALUES ('interaction_daily')`,

  `CREATE TABLE cluster_indicator (
    id uuid PRIMARY KEY,
    cluster_key text NOT NULL REFERENCES cluster(key) ON DELETE CASCADE,
    key text NOT NULL,
    name jsonb NOT NULL,
    description jsonb,
    unit text NOT NULL CHECK (unit IN ('count','percent','days','dollars')),
    direction text NOT NULL CHECK (direction IN ('increase','decrease')),
    baseline_value numeric NOT NULL,
    baseline_on date NOT NULL,
    target_value numeric NOT NULL,
    target_on date NOT NULL CHECK (target_on > baseline_on),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (cluster_key, key)
  )`,
  `CREATE TABLE cluster_indicator_value (
    indicator_id uuid NOT NULL REFERENCES cluster_indicator(id) ON DELETE CASCADE,
    measured_on date NOT NULL,
    value numeric NOT NULL,
    note jsonb,
    recorded_by text,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator_id, measured_on)
  )`,
];

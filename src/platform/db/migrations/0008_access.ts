/**
 * Access (src/platform/auth): the people who sign in, what they may do, and their sessions.
 * Sessions live here, not in process memory, so any instance can serve any signed-in person.
 * Only a hash of a session token is stored: a copy of the table does not let anyone sign in.
 */
export const statements: string[] = [
  `CREATE TABLE user_account (
    id uuid PRIMARY KEY,
    issuer text NOT NULL,
    subject text NOT NULL,
    email text,
    name text NOT NULL,
    preferred_lang text CHECK (preferred_lang IN ('en', 'fr')),
    disabled boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_sign_in_at timestamptz,
    UNIQUE (issuer, subject)
  )`,
  `CREATE TABLE role_grant (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN
      ('platform_admin', 'partner_admin', 'partner_editor', 'cluster_manager', 'agent', 'analyst')),
    organization_id text REFERENCES organization (id),
    partnership_id uuid REFERENCES partnership (id),
    granted_at timestamptz NOT NULL DEFAULT now(),
    granted_by text NOT NULL,
    CHECK (CASE role
      WHEN 'partner_admin' THEN organization_id IS NOT NULL AND partnership_id IS NULL
      WHEN 'partner_editor' THEN organization_id IS NOT NULL AND partnership_id IS NULL
      WHEN 'cluster_manager' THEN partnership_id IS NOT NULL AND organization_id IS NULL
      WHEN 'agent' THEN partnership_id IS NULL
      ELSE organization_id IS NULL AND partnership_id IS NULL END)
  )`,
  `CREATE UNIQUE INDEX role_grant_unique ON role_grant
     (user_id, role, coalesce(organization_id, ''), coalesce(partnership_id::text, ''))`,
  `CREATE TABLE web_session (
    token_hash text PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    id_token_hint text
  )`,
  `CREATE INDEX web_session_user ON web_session (user_id)`,
  `CREATE INDEX web_session_expiry ON web_session (expires_at)`,
  `CREATE TABLE sign_in_request (
    state text PRIMARY KEY,
    code_verifier text NOT NULL,
    nonce text NOT NULL,
    return_to text NOT NULL,
    lang text NOT NULL CHECK (lang IN ('en', 'fr')),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE sign_in_failure (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_key text NOT NULL,
    reason text NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX sign_in_failure_client ON sign_in_failure (client_key, occurred_at)`,
];

/**
 * Partnerships (src/domains/partnerships): the parties of a service cluster and their agreements.
 * An agreement's clauses are one structured document; its status (draft, signed, expired) drives what
 * the partnership may do. A signed agreement is never edited: a change is a new agreement.
 */
export const statements: string[] = [
  `CREATE TABLE partnership (
    id uuid PRIMARY KEY,
    key text NOT NULL UNIQUE,
    name jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE partnership_party (
    partnership_id uuid NOT NULL REFERENCES partnership (id),
    organization_id text NOT NULL REFERENCES organization (id),
    role text NOT NULL CHECK (role IN ('lead', 'member', 'funder')),
    PRIMARY KEY (partnership_id, organization_id)
  )`,
  `CREATE UNIQUE INDEX partnership_one_lead ON partnership_party (partnership_id) WHERE role = 'lead'`,
  `CREATE TABLE agreement (
    id uuid PRIMARY KEY,
    partnership_id uuid NOT NULL REFERENCES partnership (id),
    template text NOT NULL,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'expired')),
    clauses jsonb NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    review_on date NOT NULL,
    signed_at timestamptz,
    signed_by text,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (starts_on <= ends_on)
  )`,
  `CREATE INDEX agreement_partnership ON agreement (partnership_id, status)`,
  `CREATE FUNCTION agreement_signed_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF OLD.status <> 'draft' AND (NEW.clauses IS DISTINCT FROM OLD.clauses
         OR NEW.starts_on IS DISTINCT FROM OLD.starts_on OR NEW.ends_on IS DISTINCT FROM OLD.ends_on) THEN
       RAISE EXCEPTION 'a signed agreement is never changed (agreement %)', OLD.id
         USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END
   $$`,
  `CREATE TRIGGER agreement_signed_frozen BEFORE UPDATE ON agreement
     FOR EACH ROW EXECUTE FUNCTION agreement_signed_is_frozen()`,
  `ALTER TABLE cluster ADD COLUMN partnership_id uuid REFERENCES partnership (id)`,
];

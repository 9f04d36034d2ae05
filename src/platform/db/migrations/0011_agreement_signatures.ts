/**
 * Agreement signatures (src/domains/partnerships): each party signs an agreement for itself; the
 * agreement becomes signed when every party has. A signature is evidence, so it is never changed or
 * taken back (a trigger refuses it): a party that changes its mind asks for a new agreement.
 */
export const statements: string[] = [
  `CREATE TABLE agreement_signature (
    agreement_id uuid NOT NULL REFERENCES agreement (id),
    organization_id text NOT NULL REFERENCES organization (id),
    signed_by text NOT NULL,
    signer_name text NOT NULL,
    signed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agreement_id, organization_id)
  )`,
  `CREATE FUNCTION agreement_signature_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'an agreement signature is never changed or removed (agreement %)', OLD.agreement_id
       USING ERRCODE = 'integrity_constraint_violation';
   END
   $$`,
  `CREATE TRIGGER agreement_signature_final BEFORE UPDATE OR DELETE ON agreement_signature
     FOR EACH ROW EXECUTE FUNCTION agreement_signature_is_final()`,
];

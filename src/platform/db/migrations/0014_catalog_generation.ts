/**
 * A counter that moves whenever the service table changes (a statement-level trigger, so an import of
 * 100,000 rows moves it once per statement). Whatever is derived from the whole list of services — its
 * count, the anchors that let a deep page start near its first row — is kept with the counter it was
 * computed at, and recomputed only when the counter has moved: a page costs the same at any size.
 */
export const statements: string[] = [
  `CREATE TABLE catalog_generation (
    id int PRIMARY KEY CHECK (id = 1),
    generation bigint NOT NULL
  )`,
  `INSERT INTO catalog_generation (id, generation) VALUES (1, 1)`,
  `CREATE FUNCTION catalog_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  UPDATE catalog_generation SET generation = generation + 1 WHERE id = 1;
  RETURN NULL;
END
$body$`,
  `CREATE TRIGGER service_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_generation_bump()`,
];

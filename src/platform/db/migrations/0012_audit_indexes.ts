/**
 * The audit view filters a trail that only grows: by action, entity type, actor and day, newest first.
 * Each filter gets an index ending in id, so a page of 50 is read from an index whatever the trail's
 * length, and the lists of actions and entity types are read by skipping through an index.
 */
export const statements: string[] = [
  `CREATE INDEX audit_log_action ON audit_log (action, id)`,
  `CREATE INDEX audit_log_entity_type ON audit_log (entity_type, id)`,
  `CREATE INDEX audit_log_actor ON audit_log (actor, id)`,
  `CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at)`,
];

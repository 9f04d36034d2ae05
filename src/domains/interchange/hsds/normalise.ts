/**
 * What HSDS itself leaves open, normalised so that two HSDS documents can be compared:
 * key order, array order (by id), empty arrays and nulls (same as absent), and the link fields of nested
 * attributes and metadata (`link_id`, `link_entity`, `resource_id`, `resource_type`), which nesting implies.
 * Stitch writes the real table and id there; the official examples carry placeholders (ADR 0004).
 */
export function normaliseHsds(value: unknown, parentKey = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normaliseHsds(item, parentKey));
    return items.every((item) => item && typeof item === 'object' && 'id' in (item as object))
      ? [...items].sort((a, b) =>
          String((a as { id: unknown }).id).localeCompare(String((b as { id: unknown }).id)),
        )
      : items;
  }
  if (value && typeof value === 'object') {
    const drop =
      parentKey === 'attributes'
        ? ['link_id', 'link_entity']
        : parentKey === 'metadata'
          ? ['resource_id', 'resource_type']
          : [];
    const entries = Object.entries(value)
      .filter(
        ([key, v]) =>
          !drop.includes(key) && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
      )
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, v]) => [key, normaliseHsds(v, key)]);
    return Object.fromEntries(entries);
  }
  return value;
}

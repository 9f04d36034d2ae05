/**
 * Mutations for property-based runs: a real document with values replaced anywhere in it. Imported by
 * tests only.
 */
import fc from 'fast-check';

/** Every path to a value inside a JSON document, as key lists (the document itself is `[]`). */
export function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => pathsOf(item, [...path, i])));
  if (value && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key])));
  return here;
}

/** A copy of `value` with what is at `path` replaced. */
export function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[path[0]!] = replaceAt(copy[path[0]!], path.slice(1), replacement);
  return copy;
}

/** A real document with one to four of its values, anywhere, replaced by what `replacement` makes. */
export function mutated(
  example: unknown,
  replacement: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 }),
): fc.Arbitrary<unknown> {
  const paths = pathsOf(example);
  return fc
    .array(fc.tuple(fc.nat(paths.length - 1), replacement), { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce((doc, [at, value]) => replaceAt(doc, paths[at]!, value), example));
}

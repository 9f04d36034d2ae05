/**
 * `npm run sbom [-- <file>]`: the software bill of materials of what Stitch ships, in CycloneDX JSON,
 * written to sbom.cdx.json unless told otherwise. `npm sbom --omit dev` leaves out packages that a
 * development tool also uses (esbuild, which tsx runs in production, for one), so the whole tree is
 * asked for and cut down here to what the production dependencies reach through the dependency graph.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const Component = z.looseObject({ 'bom-ref': z.string(), name: z.string(), version: z.string() });
const Sbom = z.looseObject({
  bomFormat: z.literal('CycloneDX'),
  specVersion: z.string(),
  metadata: z.looseObject({
    component: z.looseObject({ 'bom-ref': z.string(), name: z.string(), version: z.string() }),
  }),
  components: z.array(Component),
  dependencies: z.array(z.object({ ref: z.string(), dependsOn: z.array(z.string()).optional() })),
});
const Manifest = z.object({
  name: z.string(),
  version: z.string(),
  dependencies: z.record(z.string(), z.string()),
});

const target = process.argv[2] ?? 'sbom.cdx.json';
const sbom = Sbom.parse(
  JSON.parse(
    execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--sbom-type', 'application'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ),
);
const manifest = Manifest.parse(JSON.parse(readFileSync('package.json', 'utf8')));

const edges = new Map(sbom.dependencies.map((entry) => [entry.ref, entry.dependsOn ?? []]));
const byName = new Map(sbom.components.map((component) => [component.name, component['bom-ref']]));
const roots = Object.keys(manifest.dependencies).map((name) => byName.get(name));
const missingRoots = Object.keys(manifest.dependencies).filter((_, i) => roots[i] === undefined);
if (missingRoots.length > 0) {
  console.error(`npm sbom did not list these dependencies: ${missingRoots.join(', ')}`);
  process.exit(1);
}
const shipped = new Set<string>();
const queue = roots as string[];
while (queue.length > 0) {
  const ref = queue.pop()!;
  if (shipped.has(ref)) continue;
  shipped.add(ref);
  queue.push(...(edges.get(ref) ?? []));
}
const root = sbom.metadata.component['bom-ref'];
const components = sbom.components.filter((component) => shipped.has(component['bom-ref']));
const dependencies = sbom.dependencies
  .filter((entry) => entry.ref === root || shipped.has(entry.ref))
  .map((entry) => ({ ...entry, dependsOn: (entry.dependsOn ?? []).filter((ref) => shipped.has(ref)) }));
// npm names the application after the folder it sits in; the package's own name is the one to keep.
const metadata = {
  ...sbom.metadata,
  component: { ...sbom.metadata.component, name: manifest.name, version: manifest.version },
};
writeFileSync(target, `${JSON.stringify({ ...sbom, metadata, components, dependencies }, null, 2)}\n`);
console.log(
  `${target}: CycloneDX ${sbom.specVersion}, ${manifest.name} ${manifest.version}: ` +
    `${components.length} components shipped (${Object.keys(manifest.dependencies).length} direct), ` +
    `${sbom.components.length - components.length} development-only left out.`,
);

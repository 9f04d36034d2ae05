/**
 * Checks HSDS objects against the official HSDS 3.0 JSON Schemas (Ajv, draft 2020-12).
 * The schemas are big (the compiled service schema is 2.3 MB), so each is compiled once per process and
 * cached. `strict` adds `additionalProperties: false` to every object schema: the official schemas allow
 * unknown fields, Stitch's exports must not have any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

export type HsdsSchemaKind =
  | 'service'
  | 'organization'
  | 'service_at_location'
  | 'service_list'
  | 'organization_list'
  | 'service_at_location_list'
  | 'location'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'attribute';

const COMPILED: Partial<Record<HsdsSchemaKind, string>> = {
  service: 'compiled/service.json',
  organization: 'compiled/organization.json',
  service_at_location: 'compiled/service_at_location.json',
  service_list: 'compiled/service_list.json',
  organization_list: 'compiled/organization_list.json',
  service_at_location_list: 'compiled/service_at_location_list.json',
};

export interface SchemaProblem {
  /** Path inside the object, e.g. `phones[0].number`; empty for the object itself. */
  field: string;
  reason: string;
}

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The HSDS schema folder: `STITCH_HSDS_SCHEMA_DIR`, else `../shared/data/hsds/3.0/schema` from the project root. */
export function hsdsSchemaDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.STITCH_HSDS_SCHEMA_DIR;
  if (configured) return isAbsolute(configured) ? configured : resolve(PROJECT_ROOT, configured);
  return resolve(PROJECT_ROOT, '../shared/data/hsds/3.0/schema');
}

/** Adds `additionalProperties: false` to every object schema that lists its properties. */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    out[key] = key === 'enum' || key === 'example' || key === 'const' ? value : closeObjects(value);
  if (out.properties && typeof out.properties === 'object' && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

function formatErrors(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of errors ?? []) {
    const base = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
      .join('')
      .replace(/^\./, '');
    let field = base;
    let reason = error.message ?? 'is not valid';
    if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
      field = base ? `${base}.${extra}` : extra;
      reason = 'is not an HSDS 3.0 field';
    } else if (error.keyword === 'required') {
      const missing = String((error.params as { missingProperty?: string }).missingProperty);
      field = base ? `${base}.${missing}` : missing;
      reason = 'is required';
    }
    const key = `${field}|${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ field, reason });
  }
  return problems;
}

export class HsdsValidator {
  private readonly ajv: { official: Ajv2020; strict: Ajv2020 };
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(readonly dir: string) {
    this.ajv = { official: this.create(false), strict: this.create(true) };
  }

  private create(strict: boolean): Ajv2020 {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    // The individual schemas refer to each other by file name ("language.json").
    for (const file of readdirSync(this.dir)) {
      if (!file.endsWith('.json') || file === 'openapi.json') continue;
      const schema = JSON.parse(readFileSync(join(this.dir, file), 'utf8')) as object;
      ajv.addSchema((strict ? closeObjects(schema) : schema) as object, file);
    }
    return ajv;
  }

  /**
   * The nested (`*_full`) forms built from the individual schemas, which the added files resolve. Once its
   * references are inlined, `service.json` is exactly `compiled/service.json`; the compiled organization
   * adds `services` and the compiled service_at_location adds `service` (without its service_at_locations).
   * Compiling the small files keeps each shared part compiled once: about 15 MB and 0.1 s, where the
   * 2.3–3.5 MB compiled files cost about 250 MB and 2 s each, which a large import cannot afford.
   */
  private nested(kind: HsdsSchemaKind): object | undefined {
    type Schema = { properties: Record<string, unknown> } & Record<string, unknown>;
    const read = (file: string) => JSON.parse(readFileSync(join(this.dir, file), 'utf8')) as Schema;
    if (kind === 'service') return { $ref: 'service.json' };
    if (kind === 'organization') {
      const organization = read('organization.json');
      return {
        ...organization,
        properties: {
          ...organization.properties,
          services: { type: 'array', items: { $ref: 'service.json' } },
        },
      };
    }
    if (kind === 'service_at_location') {
      const link = read('service_at_location.json');
      const service = read('service.json');
      const { service_at_locations: _links, ...properties } = service.properties;
      return { ...link, properties: { ...link.properties, service: { ...service, properties } } };
    }
    return undefined;
  }

  private compiled(kind: HsdsSchemaKind, strict: boolean): ValidateFunction {
    const key = `${strict ? 'strict' : 'official'}:${kind}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const ajv = strict ? this.ajv.strict : this.ajv.official;
    const nested = this.nested(kind);
    const compiledFile = COMPILED[kind];
    let validate: ValidateFunction | undefined;
    if (nested) validate = ajv.compile((strict ? closeObjects(nested) : nested) as object);
    else if (compiledFile) {
      const schema = JSON.parse(readFileSync(join(this.dir, compiledFile), 'utf8')) as object;
      validate = ajv.compile((strict ? closeObjects(schema) : schema) as object);
    } else validate = ajv.getSchema(`${kind}.json`);
    if (!validate) throw new Error(`No HSDS schema for ${kind} in ${this.dir}`);
    this.cache.set(key, validate);
    return validate;
  }

  /** Problems with one object; empty when it is valid. `strict` also refuses fields HSDS does not define. */
  check(kind: HsdsSchemaKind, value: unknown, options: { strict?: boolean } = {}): SchemaProblem[] {
    const validate = this.compiled(kind, options.strict ?? false);
    return validate(value) ? [] : formatErrors(validate.errors);
  }
}

const validators = new Map<string, HsdsValidator>();

/** The validator for the configured schema folder, or undefined when the folder is absent. */
export function hsdsValidator(dir: string = hsdsSchemaDir()): HsdsValidator | undefined {
  const cached = validators.get(dir);
  if (cached) return cached;
  if (!existsSync(join(dir, 'compiled', 'service.json'))) return undefined;
  const validator = new HsdsValidator(dir);
  validators.set(dir, validator);
  return validator;
}

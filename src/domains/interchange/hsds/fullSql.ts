/**
 * The HSDS `service_full` form of one service built by the database, field for field as toHsdsService
 * writes it (a test holds the two equal on real data): the record travels as JSON text from the database
 * to the client, with no rows to parse and no objects to build in between. Every object is built from the
 * table specs and the catalog's descriptors, as the writer's are, so a new field or child reaches both.
 *
 * The identifiers the writer derives (attributes carrying French or Stitch data, phones derived from
 * channels) are name-based UUIDs made with SHA-1, which the database does not have: the statement writes
 * each one as a marker holding its name, and `resolveDerivedIds` replaces the markers by the identifiers.
 */
import { stableId } from '../../../platform/ids/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { TABLES, readColumns, type CatalogTableName } from '../../catalog/index.js';
import { DEFAULT_TIME_ZONE, EXTENSION_TERM, FRENCH_TERM, SPECS, type HsdsTable } from './spec.js';

type Table = Exclude<HsdsTable, 'attribute' | 'metadata'>;

/** Marks where a derived identifier goes: its name, hex-encoded so no escaping at any depth alters it. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000([0-9a-f]*)\uE001/g;

function resolveName(name: string): string {
  return name.replace(MARKER, (_marker, hex: string) =>
    stableId(resolveName(Buffer.from(hex, 'hex').toString('utf8'))),
  );
}

/** The text with every identifier marker replaced by `stableId` of its name (names may nest markers). */
export function resolveDerivedIds(text: string): string {
  return text.includes(OPEN) ? resolveName(text) : text;
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const quote = (name: string) => `"${name}"`;

/** The SQL of `stableId(name)`, for a SQL text expression `name`. */
const derivedId = (name: string) =>
  `(chr(${OPEN.codePointAt(0)}) || encode(convert_to(${name}, 'UTF8'), 'hex') || chr(${CLOSE.codePointAt(0)}))`;

const frenchAttributeIdSql = (table: string, id: string, field: string) =>
  derivedId(`${literal(`hsds-fr:${table}:`)} || ${id} || ${literal(`:${field}`)}`);

const extensionAttributeIdSql = (table: string, id: string, kind: string, sub?: string) =>
  derivedId(
    `${literal(`hsds-stitch:${table}:`)} || ${id} || ${literal(`:${kind}`)}${sub ? ` || ':' || ${sub}` : ''}`,
  );

const given = (ref: string, code: Lang) => `(btrim(${ref}->>'${code}') <> '')`;

/** A `{ en, fr }` column in the asked language, the other when it is blank, as the writer chooses. */
function textSql(ref: string, lang: Lang | undefined): string {
  const pick = (code: Lang) => `case when ${given(ref, code)} then ${ref}->>'${code}' end`;
  return lang === 'fr' ? `coalesce(${pick('fr')}, ${pick('en')})` : `coalesce(${pick('en')}, ${pick('fr')})`;
}

/** English and no French: the writer then does not say the record is waiting for translation. */
const englishOnly = (ref: string) => `(${given(ref, 'en')} and not coalesce(${given(ref, 'fr')}, false))`;

const isInstant = (table: CatalogTableName, column: string) =>
  TABLES[table].columns[column]?.role === 'instant';

/** Instants as JavaScript writes them: UTC, milliseconds, Z. */
const instantSql = (ref: string) => `to_char(${ref} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const hasPosition = (table: CatalogTableName) => Object.hasOwn(TABLES[table].columns, 'position');
const childOrder = (table: CatalogTableName, alias: string) =>
  hasPosition(table) ? `${alias}."position", ${alias}."id"` : `${alias}."id"`;

/** The catalog child list under an HSDS key of a table spec: its table and the column naming the parent. */
function childOf(table: Table, key: string): { table: Table; by: string; stitchKey: string } {
  const child = SPECS[table].children[key]!;
  const stitchKey = child.key ?? key;
  const stored = TABLES[table].children[stitchKey];
  if (!stored) throw new Error(`No child '${stitchKey}' of '${table}' in the catalog descriptors`);
  return { table: child.table as Table, by: stored.by, stitchKey };
}

// ---------------------------------------------------------------------------------------------------
// Extension values: JSON.stringify of the record with absent values and empty lists left out and keys
// sorted, as the writer's `compactDeep` and `sortKeys` make them.

/** A jsonb scalar as JSON.stringify writes it (numbers without trailing zeros). */
const scalarText = (value: string) =>
  `case jsonb_typeof(${value}) when 'number' then trim_scale((${value} #>> '{}')::numeric)::text else ${value}::text end`;

/** A jsonb value as compact JSON text with sorted keys; null for null and empty arrays. */
function jsonText(value: string): string {
  return `case jsonb_typeof(${value})
    when 'null' then null
    when 'object' then '{' || coalesce((select string_agg(to_json(e.key)::text || ':' || ${scalarText('e.value')}, ',' order by e.key collate "C")
      from jsonb_each(${value}) e where jsonb_typeof(e.value) <> 'null'), '') || '}'
    when 'array' then (select '[' || string_agg(${scalarText('e.value')}, ',' order by e.n) || ']'
      from jsonb_array_elements(${value}) with ordinality e(value, n))
    else ${scalarText(value)} end`;
}

/** Compact JSON text of fields given as (key, text) rows; keys sorted, null texts left out (string_agg skips them). */
const objectText = (rows: string[]) =>
  `('{' || coalesce((select string_agg(to_json(f.k)::text || ':' || f.v, ',' order by f.k collate "C") from (${rows.join(
    ' union all ',
  )}) f(k, v)), '') || '}')`;

const ATTRIBUTE_FIELDS = ['id', 'taxonomy_term_id', 'link_type', 'value', 'label'];
const METADATA_FIELDS = [
  'id',
  'last_action_date',
  'last_action_type',
  'field_name',
  'previous_value',
  'replacement_value',
  'updated_by',
];

/** Rows (key, text) of some columns of a row, as the catalog reads them. */
function columnRows(table: CatalogTableName, alias: string, columns: readonly string[]): string[] {
  const plain = columns.filter((column) => !isInstant(table, column));
  const rows = [
    `select e.key as k, ${jsonText('e.value')} as v from jsonb_each(to_jsonb(${alias})) e where e.key in (${plain
      .map(literal)
      .join(', ')})`,
  ];
  for (const column of columns)
    if (isInstant(table, column))
      rows.push(`select ${literal(column)}, to_json(${instantSql(`${alias}.${quote(column)}`)})::text`);
  return rows;
}

let aliases = 0;
const nextAlias = (prefix: string) => `${prefix}${(aliases += 1)}`;

/** A whole catalog record (as the catalog reads it) as compact JSON text with sorted keys. */
function wholeText(table: CatalogTableName, alias: string): string {
  const descriptor = TABLES[table];
  const rows = columnRows(table, alias, readColumns(table));
  for (const [key, child] of Object.entries(descriptor.children)) {
    const childTable = child.table as CatalogTableName;
    const c = nextAlias('w');
    rows.push(
      child.one
        ? `select ${literal(key)}, (select ${wholeText(childTable, c)} from ${quote(childTable)} ${c} where ${c}."id" = ${alias}.${quote(child.by)})`
        : `select ${literal(key)}, (select '[' || string_agg(${wholeText(childTable, c)}, ',' order by ${childOrder(childTable, c)}) || ']'
            from ${quote(childTable)} ${c} where ${c}.${quote(child.by)} = ${alias}."id")`,
    );
  }
  if (descriptor.linked) {
    const a = nextAlias('wa');
    const m = nextAlias('wm');
    rows.push(
      `select 'attributes', (select '[' || string_agg(${objectText(columnRows('attribute', a, ATTRIBUTE_FIELDS))}, ',' order by ${a}."position", ${a}."id") || ']'
        from "attribute" ${a} where ${a}."link_id" = ${alias}."id")`,
      `select 'metadata', (select '[' || string_agg(${objectText(columnRows('metadata', m, METADATA_FIELDS))}, ',' order by ${m}."position", ${m}."id") || ']'
        from "metadata" ${m} where ${m}."resource_id" = ${alias}."id")`,
    );
  }
  return objectText(rows);
}

// ---------------------------------------------------------------------------------------------------
// Records in the HSDS form.

/**
 * Extension attributes of a record, as a query of (q1, q2, j) rows: the attribute `j` (rows with a null
 * one are left out), sorted by q1 and q2 after those of the extras before it.
 */
type Extra = string;

/** One extension attribute, or none when `json` is null. */
const single = (json: string): Extra => `select 0, null::text, ${json}`;

function extensionAttribute(table: string, id: string, kind: string, value: string, sub?: string): string {
  return `json_build_object('id', ${extensionAttributeIdSql(table, id, kind, sub)}, 'link_id', ${id}, 'link_type', ${literal(kind)},
    'link_entity', ${literal(table)}, 'taxonomy_term_id', ${literal(EXTENSION_TERM.id)}, 'value', ${value})`;
}

interface RecordOptions {
  /** Pairs put after the record's own fields and children. */
  more?: string[];
  /** Extension attributes appended after its own and its French ones. */
  extras?: Extra[];
  /** Its text fields, when they are not the row's own (a service's derived web address). */
  textOf?: Record<string, string>;
  /** Its scalar fields, when they are not the row's own (a service's derived email). */
  scalarOf?: Record<string, string>;
  /** Replaces the children of a key (a service's phones and those derived from its channels). */
  childOf?: Record<string, string>;
}

class FullFormSql {
  constructor(private readonly lang: Lang | undefined) {}

  /** One record by its table spec as a json expression over the row `alias` (the writer's `record`). */
  record(table: Table, alias: string, options: RecordOptions = {}): string {
    const spec = SPECS[table];
    const pairs = [`'id', ${alias}."id"`];
    for (const field of spec.scalars) {
      if (field === 'id') continue;
      const own = isInstant(table, field)
        ? instantSql(`${alias}.${quote(field)}`)
        : `${alias}.${quote(field)}`;
      pairs.push(`${literal(field)}, ${options.scalarOf?.[field] ?? own}`);
    }
    for (const field of spec.texts)
      pairs.push(
        `${literal(field)}, ${textSql(options.textOf?.[field] ?? `${alias}.${quote(field)}`, this.lang)}`,
      );
    for (const key of Object.keys(spec.children))
      pairs.push(`${literal(key)}, ${options.childOf?.[key] ?? this.children(table, key, alias)}`);
    pairs.push(...(options.more ?? []));
    if (spec.attributes) {
      pairs.push(`'attributes', ${this.attributes(table, alias, options)}`);
      const m = nextAlias('m');
      pairs.push(`'metadata', (select json_agg(json_build_object(${METADATA_FIELDS.map(
        (field) => `${literal(field)}, ${m}.${quote(field)}`,
      ).join(
        ', ',
      )}, 'resource_id', ${alias}."id", 'resource_type', ${literal(table)}) order by ${m}."position", ${m}."id")
        from "metadata" ${m} where ${m}."resource_id" = ${alias}."id")`);
    }
    return `json_build_object(${pairs.join(', ')})`;
  }

  /** A child list of the record, in its stored order; null (left out) when empty. */
  children(table: Table, key: string, alias: string): string {
    const child = childOf(table, key);
    const c = nextAlias('c');
    return `(select json_agg(${this.child(child.table, c)} order by ${childOrder(child.table, c)})
      from ${quote(child.table)} ${c} where ${c}.${quote(child.by)} = ${alias}."id")`;
  }

  private child(table: Table, alias: string): string {
    if (table !== 'schedule') return this.record(table, alias);
    return this.record(table, alias, {
      extras: [
        single(
          `case when ${alias}."closed" then ${extensionAttribute('schedule', `${alias}."id"`, 'stitch:schedule', `'{"closed":true}'`)} end`,
        ),
      ],
    });
  }

  /** Its own attributes (terms nested), then French attributes, then its extension attributes. */
  private attributes(table: Table, alias: string, options: RecordOptions): string {
    const a = nextAlias('a');
    const t = nextAlias('t');
    const x = nextAlias('x');
    const rows = [
      `select 0 as g, ${a}."position" as p, 0 as q1, ${a}."id" as q2, json_build_object('id', ${a}."id", 'link_id', ${alias}."id",
        'link_entity', ${literal(table)}, 'link_type', ${a}."link_type", 'value', ${a}."value",
        'taxonomy_term', case when ${t}."id" is not null then ${this.term(t, x)} end,
        'taxonomy_term_id', case when ${t}."id" is null then ${a}."taxonomy_term_id" end) as j
      from "attribute" ${a} left join "taxonomy_term" ${t} on ${t}."id" = ${a}."taxonomy_term_id"
        left join "taxonomy" ${x} on ${x}."id" = ${t}."taxonomy_id"
      where ${a}."link_id" = ${alias}."id"`,
    ];
    if (this.lang !== 'fr')
      SPECS[table].texts.forEach((field, index) => {
        const ref = options.textOf?.[field] ?? `${alias}.${quote(field)}`;
        rows.push(`select 1, ${index}, 0, null, json_build_object('id', ${frenchAttributeIdSql(table, `${alias}."id"`, field)},
          'link_id', ${alias}."id", 'link_type', ${literal(field)}, 'link_entity', ${literal(table)},
          'taxonomy_term_id', ${literal(FRENCH_TERM.id)}, 'value', ${ref}->>'fr')
          where ${given(ref, 'en')} and ${given(ref, 'fr')}`);
      });
    (options.extras ?? []).forEach((extra, index) =>
      rows.push(`select 2, ${index}, e.q1, e.q2, e.j from (${extra}) e(q1, q2, j)`),
    );
    // A filter on the aggregate, not a where: a where would be pushed into each branch and build `j` twice.
    return `(select json_agg(r.j order by r.g, r.p, r.q1, r.q2) filter (where r.j is not null) from (${rows.join(' union all ')}) r)`;
  }

  /** A taxonomy term with its taxonomy nested as `taxonomy_detail` when the catalog has it. */
  private term(t: string, x: string): string {
    return `json_build_object(${[
      `'id', ${t}."id"`,
      ...SPECS.taxonomy_term.scalars
        .filter((field) => field !== 'id')
        .map((field) =>
          field === 'taxonomy_id'
            ? `'taxonomy_id', case when ${x}."id" is null then ${t}."taxonomy_id" end`
            : `${literal(field)}, ${t}.${quote(field)}`,
        ),
      ...SPECS.taxonomy_term.texts.map(
        (field) => `${literal(field)}, ${textSql(`${t}.${quote(field)}`, this.lang)}`,
      ),
      `'taxonomy_detail', case when ${x}."id" is not null then ${this.record('taxonomy', x)} end`,
    ].join(', ')})`;
  }

  /**
   * Whether the record written from this row has a text in English only (its own, its children's, its
   * attributes' terms'): the writer then leaves out the record's `translation_pending`.
   */
  englishOnly(table: Table, alias: string, textOf: Record<string, string> = {}): string {
    const spec = SPECS[table];
    const checks = spec.texts.map((field) => englishOnly(textOf[field] ?? `${alias}.${quote(field)}`));
    for (const key of Object.keys(spec.children)) {
      const child = childOf(table, key);
      const c = nextAlias('e');
      checks.push(
        `exists (select 1 from ${quote(child.table)} ${c} where ${c}.${quote(child.by)} = ${alias}."id" and ${this.englishOnly(child.table, c)})`,
      );
    }
    if (spec.attributes) {
      const a = nextAlias('ea');
      const t = nextAlias('et');
      const x = nextAlias('ex');
      const termTexts = [
        ...SPECS.taxonomy_term.texts.map((field) => englishOnly(`${t}.${quote(field)}`)),
        ...SPECS.taxonomy.texts.map((field) => `coalesce(${englishOnly(`${x}.${quote(field)}`)}, false)`),
      ];
      checks.push(`exists (select 1 from "attribute" ${a} join "taxonomy_term" ${t} on ${t}."id" = ${a}."taxonomy_term_id"
        left join "taxonomy" ${x} on ${x}."id" = ${t}."taxonomy_id"
        where ${a}."link_id" = ${alias}."id" and (${termTexts.join(' or ')}))`);
    }
    return `(${checks.join(' or ')})`;
  }

  /** `translation_pending` of an extension: set, and no English-only text in what the writer wrote. */
  pending(alias: string, englishOnlyCheck: () => string): string {
    if (this.lang === 'fr') return 'null';
    return `case when ${alias}."translation_pending" and not coalesce(${englishOnlyCheck()}, false) then 'true' end`;
  }

  location(alias: string, enclosingOrganizationId: string): string {
    const extension = objectText([
      `select 'assured_date', to_json(${alias}."assured_date")::text`,
      `select 'time_zone', case when ${alias}."time_zone" <> ${literal(DEFAULT_TIME_ZONE)} then to_json(${alias}."time_zone")::text end`,
      `select 'translation_pending', ${this.pending(alias, () => this.englishOnly('location', alias))}`,
    ]);
    return this.record('location', alias, {
      more: [
        `'organization_id', case when ${alias}."organization_id" <> ${enclosingOrganizationId} then ${alias}."organization_id" end`,
      ],
      extras: [
        `select 0, null::text, case when e.v <> '{}' then ${extensionAttribute('location', `${alias}."id"`, 'stitch:location', 'e.v')} end from (select ${extension} as v offset 0) e`,
      ],
    });
  }

  organization(alias: string): string {
    const extension = objectText([
      `select 'assured_date', to_json(${alias}."assured_date")::text`,
      `select 'brand_accent_colour', to_json(${alias}."brand_accent_colour")::text`,
      `select 'brand_colour', to_json(${alias}."brand_colour")::text`,
      `select 'external_id', to_json(${alias}."external_id")::text`,
      `select 'is_partner', case when ${alias}."is_partner" then 'true' end`,
      `select 'translation_pending', ${this.pending(alias, () => this.englishOnly('organization', alias))}`,
    ]);
    // The jurisdiction and its parents, the furthest first, as the writer walks them (a cycle stops it).
    const j = nextAlias('j');
    const chain = `(with recursive up(id, n, seen) as (
        select ${alias}."jurisdiction_id", 0, array[${alias}."jurisdiction_id"]
        union all select ${j}."parent_id", up.n + 1, up.seen || ${j}."parent_id" from up
          join "jurisdiction" ${j} on ${j}."id" = up.id
          where ${j}."parent_id" is not null and not ${j}."parent_id" = any(up.seen))
      select '[' || string_agg(${wholeText('jurisdiction', j)}, ',' order by up.n desc) || ']'
      from up join "jurisdiction" ${j} on ${j}."id" = up.id)`;
    const l = nextAlias('l');
    return this.record('organization', alias, {
      more: [
        `'locations', (select json_agg(${this.location(l, `${alias}."id"`)} order by ${l}."id")
          from "location" ${l} where ${l}."organization_id" = ${alias}."id")`,
      ],
      extras: [
        `select 0, null::text, case when e.v <> '{}' then ${extensionAttribute('organization', `${alias}."id"`, 'stitch:organization', 'e.v')} end from (select ${extension} as v offset 0) e`,
        `select 0, null::text, case when e.v is not null then ${extensionAttribute('organization', `${alias}."id"`, 'stitch:jurisdiction', 'e.v')} end from (select ${chain} as v offset 0) e`,
      ],
    });
  }

  /** The statement: the service with this id ($1) as JSON text, and its organization's id. */
  service(): string {
    const s = 's';
    const o = 'o';
    const p = 'p';
    const channel = (kind: string, alias: string, where: string) =>
      `from "service_channel" ${alias} where ${alias}."service_id" = ${s}."id" and ${alias}."kind" = ${literal(kind)} and ${where}`;
    const web = nextAlias('cw');
    const mail = nextAlias('cm');
    const derivedUrlSql = `case when ${s}."url" is null then (select ${web}."url" ${channel('web', web, `${web}."url" is not null`)}
      order by ${web}."position", ${web}."id" limit 1) end`;
    const derivedEmailSql = `case when coalesce(${s}."email", '') = '' then (select ${mail}."email" ${channel('email', mail, `${mail}."email" <> ''`)}
      order by ${mail}."position", ${mail}."id" limit 1) end`;
    // The web address and email a service shows through its channels when it has none of its own.
    const derivedUrl = `d."url"`;
    const derivedEmail = `d."email"`;
    // A phone channel shows as a phone too: these are its columns as the writer's derived phone has them.
    const ph = nextAlias('cp');
    const phoneChannels = `${channel('phone', ph, `${ph}."phone_number" <> ''`)}`;
    const derivedPhone = (alias: string) => ({
      id: derivedId(`'hsds-channel-phone:' || ${alias}."id"`),
      number: `${alias}."phone_number"`,
      extension: `case when ${alias}."phone_extension" ~ '^[0-9]+$' then ${alias}."phone_extension"::numeric end`,
      type: `'voice'`,
      description: `${alias}."description"`,
    });
    const phoneRecord = (alias: string) => {
      const derived = derivedPhone(alias);
      const row = nextAlias('dp');
      // The derived phone as a row of its own, so that the phone spec writes it like any other.
      // Its id is derived, so no attribute or metadata row names it.
      return `(select ${this.record('phone', row, { childOf: { languages: 'null' } })} from (select ${derived.id} as "id", ${derived.number} as "number", ${derived.extension} as "extension",
        ${derived.type} as "type", ${derived.description} as "description") ${row})`;
    };
    const own = nextAlias('sp');
    const phones = `(select json_agg(f.j order by f.g, f.p1, f.p2) from (
        select 0 as g, ${own}."position" as p1, ${own}."id" as p2, ${this.child('phone', own)} as j
          from "phone" ${own} where ${own}."service_id" = ${s}."id"
        union all select 1, ${ph}."position", ${ph}."id", ${phoneRecord(ph)} ${phoneChannels}) f)`;
    const sal = nextAlias('sal');
    const sl = nextAlias('sl');
    const links = `(select json_agg(${this.record('service_at_location', sal, {
      more: [
        `'location', case when ${sl}."id" is not null then ${this.location(sl, `${s}."organization_id"`)} end`,
        `'location_id', case when ${sl}."id" is null then ${sal}."location_id" end`,
      ],
    })} order by ${sal}."position", ${sal}."id")
      from "service_at_location" ${sal} left join "location" ${sl} on ${sl}."id" = ${sal}."location_id"
      where ${sal}."service_id" = ${s}."id")`;
    const ch = nextAlias('ch');
    const st = nextAlias('st');
    const dph = nextAlias('dq');
    const derived = objectText([
      `select 'email', case when (${derivedEmail}) is not null then 'true' end`,
      `select 'phones', (select '[' || string_agg(to_json(${derivedId(`'hsds-channel-phone:' || ${dph}."id"`)})::text, ',' order by ${dph}."position", ${dph}."id") || ']'
        ${channel('phone', dph, `${dph}."phone_number" <> ''`)})`,
      `select 'url', case when (${derivedUrl}) is not null then 'true' end`,
    ]);
    const englishOnlyService = () => {
      const la = nextAlias('el');
      const dc = nextAlias('ed');
      return `(${this.englishOnly('service', s, { url: `(${derivedUrl})` })}
        or (${p}."id" is not null and ${this.englishOnly('program', p)})
        or exists (select 1 from "service_at_location" ${la} where ${la}."service_id" = ${s}."id" and ${this.englishOnly('service_at_location', la)})
        or exists (select 1 ${channel('phone', dc, `${dc}."phone_number" <> '' and ${englishOnly(`${dc}."description"`)}`)}))`;
    };
    const serviceExtension = objectText([
      `select 'derived', case when d.v <> '{}' then d.v end from (select ${derived} as v offset 0) d`,
      `select 'external_id', to_json(${s}."external_id")::text`,
      `select 'translation_pending', ${this.pending(s, englishOnlyService)}`,
    ]);
    const body = this.record('service', s, {
      textOf: { url: `coalesce(${s}."url", ${derivedUrl})` },
      scalarOf: { email: `coalesce(${derivedEmail}, ${s}."email")` },
      childOf: { phones },
      more: [
        `'organization', case when ${o}."id" is not null then ${this.organization(o)} end`,
        `'organization_id', case when ${o}."id" is null then ${s}."organization_id" end`,
        `'program', case when ${p}."id" is not null then ${this.record('program', p)} end`,
        `'program_id', case when ${p}."id" is null then ${s}."program_id" end`,
        `'service_at_locations', ${links}`,
      ],
      extras: [
        `select ${ch}."position", ${ch}."id", ${extensionAttribute('service', `${s}."id"`, 'stitch:channel', wholeText('service_channel', ch), `${ch}."id"`)}
          from "service_channel" ${ch} where ${ch}."service_id" = ${s}."id"`,
        `select ${st}."position", ${st}."id", ${extensionAttribute('service', `${s}."id"`, 'stitch:standard', wholeText('service_standard', st), `${st}."id"`)}
          from "service_standard" ${st} where ${st}."service_id" = ${s}."id"`,
        `select 0, null::text, case when e.v <> '{}' then ${extensionAttribute('service', `${s}."id"`, 'stitch:service', 'e.v')} end from (select ${serviceExtension} as v offset 0) e`,
      ],
    });
    return `select json_strip_nulls(${body})::text as "body", ${s}."organization_id" as "organizationId"
      from "service" ${s}
      left join "organization" ${o} on ${o}."id" = ${s}."organization_id"
      left join "program" ${p} on ${p}."id" = ${s}."program_id" and ${p}."organization_id" = ${o}."id"
      cross join lateral (select ${derivedUrlSql} as "url", ${derivedEmailSql} as "email" offset 0) d
      where ${s}."id" = $1`;
  }
}

const statements = new Map<string, string>();

/**
 * The statement that reads the service with id $1 in the `service_full` form as JSON text (`body`, its
 * derived identifiers still marked) with its organization's id (`organizationId`); no row when unknown.
 */
export function serviceFullSql(lang: Lang | undefined): string {
  const key = lang === 'fr' ? 'fr' : '';
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = new FullFormSql(lang).service()));
  return statement;
}

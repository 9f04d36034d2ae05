/**
 * Whole catalog records in one statement each (src/domains/catalog/queries/aggregate.ts): a PL/pgSQL
 * function per kind of record, so that each connection plans the large statement once, not at every call.
 * The text is generated from the catalog's table descriptors; a test fails when they drift apart, and a
 * new child table then needs a migration that replaces the function.
 *
 * The public service list is ordered by English name, then id: an index in that order lets a page be
 * read without sorting the catalogue.
 */
export const statements: string[] = [
  `CREATE OR REPLACE FUNCTION catalog_whole_service(p_ids text[])
RETURNS TABLE (r_part int, r_position int, r_id text, r_row jsonb) LANGUAGE plpgsql STABLE AS $body$
BEGIN
RETURN QUERY
WITH p0 as (select * from "service" where "id" = any(p_ids)),
p1 as (select * from "phone" where "service_id" = any(array(select "id" from p0))),
p2 as (select * from "schedule" where "service_id" = any(array(select "id" from p0))),
p3 as (select * from "service_area" where "service_id" = any(array(select "id" from p0))),
p4 as (select * from "language" where "service_id" = any(array(select "id" from p0))),
p5 as (select * from "funding" where "service_id" = any(array(select "id" from p0))),
p6 as (select * from "cost_option" where "service_id" = any(array(select "id" from p0))),
p7 as (select * from "required_document" where "service_id" = any(array(select "id" from p0))),
p8 as (select * from "contact" where "service_id" = any(array(select "id" from p0))),
p9 as (select * from "service_at_location" where "service_id" = any(array(select "id" from p0))),
p10 as (select * from "service_channel" where "service_id" = any(array(select "id" from p0))),
p11 as (select * from "service_standard" where "service_id" = any(array(select "id" from p0))),
p12 as (select * from "language" where "phone_id" = any(array(select "id" from p1))),
p13 as (select * from "phone" where "contact_id" = any(array(select "id" from p8))),
p14 as (select * from "phone" where "service_at_location_id" = any(array(select "id" from p9))),
p15 as (select * from "contact" where "service_at_location_id" = any(array(select "id" from p9))),
p16 as (select * from "schedule" where "service_at_location_id" = any(array(select "id" from p9))),
p17 as (select * from "address" where "id" = any(array(select "mail_address_id" from p10))),
p18 as (select * from "schedule" where "channel_id" = any(array(select "id" from p10))),
p19 as (select * from "language" where "phone_id" = any(array(select "id" from p13))),
p20 as (select * from "language" where "phone_id" = any(array(select "id" from p14))),
p21 as (select * from "phone" where "contact_id" = any(array(select "id" from p15))),
p22 as (select * from "language" where "phone_id" = any(array(select "id" from p21))),
pa as (select * from "attribute" where "link_id" = any(array(select "id" from p0 union all select "id" from p1 union all select "id" from p2 union all select "id" from p3 union all select "id" from p4 union all select "id" from p5 union all select "id" from p6 union all select "id" from p7 union all select "id" from p8 union all select "id" from p9 union all select "id" from p12 union all select "id" from p13 union all select "id" from p14 union all select "id" from p15 union all select "id" from p16 union all select "id" from p17 union all select "id" from p18 union all select "id" from p19 union all select "id" from p20 union all select "id" from p21 union all select "id" from p22))),
pm as (select * from "metadata" where "resource_id" = any(array(select "id" from p0 union all select "id" from p1 union all select "id" from p2 union all select "id" from p3 union all select "id" from p4 union all select "id" from p5 union all select "id" from p6 union all select "id" from p7 union all select "id" from p8 union all select "id" from p9 union all select "id" from p12 union all select "id" from p13 union all select "id" from p14 union all select "id" from p15 union all select "id" from p16 union all select "id" from p17 union all select "id" from p18 union all select "id" from p19 union all select "id" from p20 union all select "id" from p21 union all select "id" from p22)))
select 0, null::int, x."id", to_jsonb(x) from p0 x
UNION ALL
select 1, x."position", x."id", to_jsonb(x) from p1 x
UNION ALL
select 2, x."position", x."id", to_jsonb(x) from p2 x
UNION ALL
select 3, x."position", x."id", to_jsonb(x) from p3 x
UNION ALL
select 4, x."position", x."id", to_jsonb(x) from p4 x
UNION ALL
select 5, x."position", x."id", to_jsonb(x) from p5 x
UNION ALL
select 6, x."position", x."id", to_jsonb(x) from p6 x
UNION ALL
select 7, x."position", x."id", to_jsonb(x) from p7 x
UNION ALL
select 8, x."position", x."id", to_jsonb(x) from p8 x
UNION ALL
select 9, x."position", x."id", to_jsonb(x) from p9 x
UNION ALL
select 10, x."position", x."id", to_jsonb(x) from p10 x
UNION ALL
select 11, x."position", x."id", to_jsonb(x) from p11 x
UNION ALL
select 12, x."position", x."id", to_jsonb(x) from p12 x
UNION ALL
select 13, x."position", x."id", to_jsonb(x) from p13 x
UNION ALL
select 14, x."position", x."id", to_jsonb(x) from p14 x
UNION ALL
select 15, x."position", x."id", to_jsonb(x) from p15 x
UNION ALL
select 16, x."position", x."id", to_jsonb(x) from p16 x
UNION ALL
select 17, x."position", x."id", to_jsonb(x) from p17 x
UNION ALL
select 18, x."position", x."id", to_jsonb(x) from p18 x
UNION ALL
select 19, x."position", x."id", to_jsonb(x) from p19 x
UNION ALL
select 20, x."position", x."id", to_jsonb(x) from p20 x
UNION ALL
select 21, x."position", x."id", to_jsonb(x) from p21 x
UNION ALL
select 22, x."position", x."id", to_jsonb(x) from p22 x
UNION ALL
select -1, x."position", x."id", to_jsonb(x) from pa x
UNION ALL
select -2, x."position", x."id", to_jsonb(x) from pm x
ORDER BY 1, 2, 3;
END
$body$`,
  `CREATE OR REPLACE FUNCTION catalog_whole_location(p_ids text[])
RETURNS TABLE (r_part int, r_position int, r_id text, r_row jsonb) LANGUAGE plpgsql STABLE AS $body$
BEGIN
RETURN QUERY
WITH p0 as (select * from "location" where "id" = any(p_ids)),
p1 as (select * from "address" where "location_id" = any(array(select "id" from p0))),
p2 as (select * from "phone" where "location_id" = any(array(select "id" from p0))),
p3 as (select * from "schedule" where "location_id" = any(array(select "id" from p0))),
p4 as (select * from "language" where "location_id" = any(array(select "id" from p0))),
p5 as (select * from "accessibility" where "location_id" = any(array(select "id" from p0))),
p6 as (select * from "contact" where "location_id" = any(array(select "id" from p0))),
p7 as (select * from "language" where "phone_id" = any(array(select "id" from p2))),
p8 as (select * from "phone" where "contact_id" = any(array(select "id" from p6))),
p9 as (select * from "language" where "phone_id" = any(array(select "id" from p8))),
pa as (select * from "attribute" where "link_id" = any(array(select "id" from p0 union all select "id" from p1 union all select "id" from p2 union all select "id" from p3 union all select "id" from p4 union all select "id" from p5 union all select "id" from p6 union all select "id" from p7 union all select "id" from p8 union all select "id" from p9))),
pm as (select * from "metadata" where "resource_id" = any(array(select "id" from p0 union all select "id" from p1 union all select "id" from p2 union all select "id" from p3 union all select "id" from p4 union all select "id" from p5 union all select "id" from p6 union all select "id" from p7 union all select "id" from p8 union all select "id" from p9)))
select 0, null::int, x."id", to_jsonb(x) from p0 x
UNION ALL
select 1, x."position", x."id", to_jsonb(x) from p1 x
UNION ALL
select 2, x."position", x."id", to_jsonb(x) from p2 x
UNION ALL
select 3, x."position", x."id", to_jsonb(x) from p3 x
UNION ALL
select 4, x."position", x."id", to_jsonb(x) from p4 x
UNION ALL
select 5, x."position", x."id", to_jsonb(x) from p5 x
UNION ALL
select 6, x."position", x."id", to_jsonb(x) from p6 x
UNION ALL
select 7, x."position", x."id", to_jsonb(x) from p7 x
UNION ALL
select 8, x."position", x."id", to_jsonb(x) from p8 x
UNION ALL
select 9, x."position", x."id", to_jsonb(x) from p9 x
UNION ALL
select -1, x."position", x."id", to_jsonb(x) from pa x
UNION ALL
select -2, x."position", x."id", to_jsonb(x) from pm x
ORDER BY 1, 2, 3;
END
$body$`,
  `CREATE OR REPLACE FUNCTION catalog_whole_organization(p_ids text[])
RETURNS TABLE (r_part int, r_position int, r_id text, r_row jsonb) LANGUAGE plpgsql STABLE AS $body$
BEGIN
RETURN QUERY
WITH p0 as (select * from "organization" where "id" = any(p_ids)),
p1 as (select * from "organization_identifier" where "organization_id" = any(array(select "id" from p0))),
p2 as (select * from "program" where "organization_id" = any(array(select "id" from p0))),
p3 as (select * from "contact" where "organization_id" = any(array(select "id" from p0))),
p4 as (select * from "phone" where "organization_id" = any(array(select "id" from p0))),
p5 as (select * from "funding" where "organization_id" = any(array(select "id" from p0))),
p6 as (select * from "phone" where "contact_id" = any(array(select "id" from p3))),
p7 as (select * from "language" where "phone_id" = any(array(select "id" from p4))),
p8 as (select * from "language" where "phone_id" = any(array(select "id" from p6))),
pa as (select * from "attribute" where "link_id" = any(array(select "id" from p0 union all select "id" from p1 union all select "id" from p2 union all select "id" from p3 union all select "id" from p4 union all select "id" from p5 union all select "id" from p6 union all select "id" from p7 union all select "id" from p8))),
pm as (select * from "metadata" where "resource_id" = any(array(select "id" from p0 union all select "id" from p1 union all select "id" from p2 union all select "id" from p3 union all select "id" from p4 union all select "id" from p5 union all select "id" from p6 union all select "id" from p7 union all select "id" from p8)))
select 0, null::int, x."id", to_jsonb(x) from p0 x
UNION ALL
select 1, x."position", x."id", to_jsonb(x) from p1 x
UNION ALL
select 2, x."position", x."id", to_jsonb(x) from p2 x
UNION ALL
select 3, x."position", x."id", to_jsonb(x) from p3 x
UNION ALL
select 4, x."position", x."id", to_jsonb(x) from p4 x
UNION ALL
select 5, x."position", x."id", to_jsonb(x) from p5 x
UNION ALL
select 6, x."position", x."id", to_jsonb(x) from p6 x
UNION ALL
select 7, x."position", x."id", to_jsonb(x) from p7 x
UNION ALL
select 8, x."position", x."id", to_jsonb(x) from p8 x
UNION ALL
select -1, x."position", x."id", to_jsonb(x) from pa x
UNION ALL
select -2, x."position", x."id", to_jsonb(x) from pm x
ORDER BY 1, 2, 3;
END
$body$`,
  `CREATE INDEX service_name_order ON service ((name->>'en'), id)`,
];

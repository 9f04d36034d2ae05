import { placeKey } from './tableGeocoder.js';

/**
 * The time zone most of each province or territory keeps. Provinces with more than one zone
 * (north-western Ontario, the Magdalen Islands, Labrador, north-eastern British Columbia, Nunavut)
 * need the location's own `time_zone`; this is the fallback when the record does not say.
 */
const ZONE_BY_PROVINCE: Record<string, string> = {
  on: 'America/Toronto',
  qc: 'America/Toronto',
  ns: 'America/Halifax',
  nb: 'America/Moncton',
  pe: 'America/Halifax',
  nl: 'America/St_Johns',
  mb: 'America/Winnipeg',
  sk: 'America/Regina',
  ab: 'America/Edmonton',
  bc: 'America/Vancouver',
  yt: 'America/Whitehorse',
  nt: 'America/Edmonton',
  nu: 'America/Iqaluit',
};

/** Other ways addresses name a province: abbreviations and names in both languages. */
const PROVINCE_ALIASES: Record<string, string> = {
  ont: 'on',
  ontario: 'on',
  que: 'qc',
  quebec: 'qc',
  'nova scotia': 'ns',
  'nouvelle ecosse': 'ns',
  'n s': 'ns',
  'new brunswick': 'nb',
  'nouveau brunswick': 'nb',
  'prince edward island': 'pe',
  'ile du prince edouard': 'pe',
  pei: 'pe',
  'newfoundland and labrador': 'nl',
  'terre neuve et labrador': 'nl',
  nf: 'nl',
  manitoba: 'mb',
  saskatchewan: 'sk',
  alberta: 'ab',
  'british columbia': 'bc',
  'colombie britannique': 'bc',
  yukon: 'yt',
  'northwest territories': 'nt',
  'territoires du nord ouest': 'nt',
  nwt: 'nt',
  nunavut: 'nu',
};

/** The IANA time zone of a province or territory, written as a code (`NS`) or a name (`Nouvelle-Écosse`). */
export function provinceTimeZone(province: string | null | undefined): string | undefined {
  if (!province) return undefined;
  const key = placeKey(province);
  return ZONE_BY_PROVINCE[PROVINCE_ALIASES[key] ?? key];
}

const known = new Map<string, boolean>();

/** Whether this runtime knows the IANA time zone (records may carry any text). */
export function isTimeZone(name: string): boolean {
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-CA', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    // Bounded: the set of zone names in a catalog is small, but a record could carry anything.
    if (known.size < 1000) known.set(name, ok);
  }
  return ok;
}

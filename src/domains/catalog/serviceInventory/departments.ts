/**
 * Federal organisations that report to the GC Service Inventory: facts only. Each is keyed by the Open
 * Government Portal organisation slug the inventory itself uses (`owner_org` in 2024, the prefix of legacy
 * ids such as `aafc-aac - 10` in 2016–2018) and carries its IGOC `org_id`. Names, descriptions and websites
 * are read at import time from the Inventory of Government of Canada Organizations (`igoc.ts`).
 *
 * `aliases` are normalised names (see `normaliseName`) the inventory files spell the department with. Only
 * spellings a file needs are stored:
 * - those the 2016–2020 yearly files use (they carry no slug, so a department is known by its name alone,
 *   and its identity must not depend on whether the IGOC file is at hand);
 * - renamings and inventory-only spellings IGOC does not give (Western Economic Diversification →
 *   PrairiesCan, Department of Indigenous Services → Indigenous Services Canada).
 * IGOC's own legal and applied titles and abbreviations are added at run time when the IGOC file is read.
 */
import { cleanLine, normaliseName } from './clean.js';
import type { IgocTable } from './igoc.js';
import type { DepartmentRef } from './types.js';

export interface KnownDepartment {
  /** Open Government Portal organisation slug, as the inventory uses it. */
  key: string;
  /** IGOC `org_id`. */
  igoc: string;
  aliases: readonly string[];
}

export const DEPARTMENTS: readonly KnownDepartment[] = [
  {
    key: 'aafc-aac',
    igoc: '1',
    aliases: ['agriculture and agri food canada', 'agriculture et agroalimentaire canada'],
  },
  {
    key: 'acoa-apeca',
    igoc: '12',
    aliases: ['agence de promotion economique du canada atlantique', 'atlantic canada opportunities agency'],
  },
  {
    key: 'cbsa-asfc',
    igoc: '26',
    aliases: ['agence des services frontaliers du canada', 'canada border services agency'],
  },
  { key: 'cra-arc', igoc: '46', aliases: ['agence du revenu du canada', 'canada revenue agency'] },
  {
    key: 'csps-efpc',
    igoc: '47',
    aliases: ['canada school of public service', 'ecole de la fonction publique du canada'],
  },
  { key: 'ccohs-cchst', igoc: '55', aliases: [] },
  {
    key: 'iaac-aeic',
    igoc: '63',
    aliases: ['agence d evaluation d impact du canada', 'impact assessment agency of canada'],
  },
  {
    key: 'cfia-acia',
    igoc: '65',
    aliases: ['agence canadienne d inspection des aliments', 'canadian food inspection agency'],
  },
  { key: 'cgc-ccg', igoc: '69', aliases: ['canadian grain commission', 'commission canadienne des grains'] },
  {
    key: 'chrc-ccdp',
    igoc: '71',
    aliases: ['canadian human rights commission', 'commission canadienne des droits de la personne'],
  },
  {
    key: 'cihr-irsc',
    igoc: '74',
    aliases: ['canadian institutes of health research', 'instituts de recherche en sante du canada'],
  },
  {
    key: 'cics-scic',
    igoc: '76',
    aliases: [
      'canadian intergovernmental conference secretariat',
      'secretariat des conferences intergouvernementales canadiennes',
    ],
  },
  {
    key: 'cannor',
    igoc: '86',
    aliases: [
      'agence canadienne de developpement economique du nord',
      'canadian northern economic development agency',
    ],
  },
  {
    key: 'cnsc-ccsn',
    igoc: '87',
    aliases: ['canadian nuclear safety commission', 'commission canadienne de surete nucleaire'],
  },
  {
    key: 'crtc',
    igoc: '93',
    aliases: [
      'canadian radio television and telecommunications commission',
      'conseil de la radiodiffusion et des telecommunications canadiennes',
    ],
  },
  { key: 'csa-asc', igoc: '95', aliases: ['agence spatiale canadienne', 'canadian space agency'] },
  {
    key: 'tsb-bst',
    igoc: '98',
    aliases: ['bureau de la securite des transports du canada', 'transportation safety board of canada'],
  },
  {
    key: 'cta-otc',
    igoc: '99',
    aliases: ['canadian transportation agency', 'office des transports du canada'],
  },
  { key: 'csec-cstc', igoc: '110', aliases: [] },
  {
    key: 'cb-cda',
    igoc: '114',
    aliases: [
      'commission du droit d auteur canada',
      'commission du droit d auteur du canada',
      'copyright board canada',
    ],
  },
  { key: 'csc-scc', igoc: '117', aliases: ['correctional service canada', 'service correctionnel canada'] },
  {
    key: 'cas-satj',
    igoc: '118',
    aliases: ['courts administration service', 'service administratif des tribunaux judiciaires'],
  },
  { key: 'pch', igoc: '122', aliases: ['canadian heritage', 'patrimoine canadien'] },
  {
    key: 'cic',
    igoc: '123',
    aliases: ['immigration refugees and citizenship canada', 'immigration refugies et citoyennete canada'],
  },
  { key: 'fin', igoc: '124', aliases: ['department of finance canada', 'ministere des finances canada'] },
  { key: 'dfo-mpo', igoc: '125', aliases: ['fisheries and oceans canada', 'peches et oceans canada'] },
  { key: 'dfatd-maecd', igoc: '126', aliases: ['affaires mondiales canada', 'global affairs canada'] },
  { key: 'hc-sc', igoc: '127', aliases: ['health canada', 'sante canada'] },
  {
    key: 'esdc-edsc',
    igoc: '128',
    aliases: ['emploi et developpement social canada', 'employment and social development canada'],
  },
  {
    key: 'aandc-aadnc',
    igoc: '129',
    aliases: [
      'crown indigenous relations and northern affairs canada',
      'relations couronne autochtones et affaires du nord canada',
    ],
  },
  {
    key: 'ic',
    igoc: '130',
    aliases: [
      'innovation science and economic development canada',
      'innovation sciences et developpement economique canada',
    ],
  },
  { key: 'jus', igoc: '132', aliases: ['department of justice canada', 'ministere de la justice canada'] },
  { key: 'dnd-mdn', igoc: '133', aliases: ['defense nationale', 'national defence'] },
  { key: 'nrcan-rncan', igoc: '134', aliases: ['natural resources canada', 'ressources naturelles canada'] },
  { key: 'ps-sp', igoc: '135', aliases: ['public safety canada', 'securite publique canada'] },
  {
    key: 'pwgsc-tpsgc',
    igoc: '136',
    aliases: ['public services and procurement canada', 'services publics et approvisionnement canada'],
  },
  {
    key: 'ec',
    igoc: '137',
    aliases: ['environment and climate change canada', 'environnement et changement climatique canada'],
  },
  { key: 'tc', igoc: '138', aliases: ['transport canada', 'transports canada'] },
  { key: 'vac-acc', igoc: '139', aliases: ['anciens combattants canada', 'veterans affairs canada'] },
  {
    key: 'prairiescan',
    igoc: '140',
    aliases: ['diversification de l economie de l ouest canada', 'western economic diversification canada'],
  },
  {
    key: 'ced-dec',
    igoc: '141',
    aliases: [
      'canada economic development for quebec regions',
      'developpement economique canada pour les regions du quebec',
    ],
  },
  {
    key: 'feddevontario',
    igoc: '150',
    aliases: [
      'agence federale de developpement economique pour le sud de l ontario',
      'federal economic development agency for southern ontario',
    ],
  },
  {
    key: 'fcac-acfc',
    igoc: '151',
    aliases: [
      'agence de la consommation en matiere financiere du canada',
      'financial consumer agency of canada',
    ],
  },
  {
    key: 'fintrac-canafe',
    igoc: '152',
    aliases: [
      'centre d analyse des operations et declarations financieres du canada',
      'financial transactions and reports analysis centre of canada',
    ],
  },
  {
    key: 'irb-cisr',
    igoc: '174',
    aliases: [
      'commission de l immigration et du statut de refugie du canada',
      'immigration and refugee board of canada',
    ],
  },
  {
    key: 'lac-bac',
    igoc: '199',
    aliases: ['bibliotheque et archives canada', 'library and archives canada'],
  },
  {
    key: 'mpcc-cppm',
    igoc: '210',
    aliases: [
      'commission d examen des plaintes concernant la police militaire du canada',
      'military police complaints commission of canada',
    ],
  },
  {
    key: 'nbc-ccbn',
    igoc: '218',
    aliases: ['commission des champs de bataille nationaux', 'the national battlefields commission'],
  },
  {
    key: 'cer-rec',
    igoc: '221',
    aliases: ['canada energy regulator', 'la regie de l energie du canada', 'regie de l energie du canada'],
  },
  {
    key: 'fpcc-cpac',
    igoc: '222',
    aliases: ['conseil des produits agricoles du canada', 'farm products council of canada'],
  },
  { key: 'nfb-onf', igoc: '223', aliases: ['national film board', 'office national du film'] },
  {
    key: 'pbc-clcc',
    igoc: '227',
    aliases: ['commission des liberations conditionnelles du canada', 'parole board of canada'],
  },
  {
    key: 'nrc-cnrc',
    igoc: '228',
    aliases: ['conseil national de recherches canada', 'national research council canada'],
  },
  {
    key: 'nserc-crsng',
    igoc: '230',
    aliases: [
      'conseil de recherches en sciences naturelles et en genie du canada',
      'natural sciences and engineering research council of canada',
    ],
  },
  { key: 'infc', igoc: '237', aliases: ['infrastructure canada'] },
  { key: 'oag-bvg', igoc: '238', aliases: [] },
  {
    key: 'fja-cmf',
    igoc: '240',
    aliases: [
      'commissariat a la magistrature federale canada',
      'office of the commissioner for federal judicial affairs canada',
    ],
  },
  {
    key: 'wage',
    igoc: '246',
    aliases: ['femmes et egalite des genres canada', 'women and gender equality canada'],
  },
  {
    key: 'oci-bec',
    igoc: '247',
    aliases: ['l enqueteur correctionnel canada', 'the correctional investigator canada'],
  },
  {
    key: 'ppsc-sppc',
    igoc: '248',
    aliases: ['public prosecution service of canada', 'service des poursuites penales du canada'],
  },
  {
    key: 'osfi-bsif',
    igoc: '253',
    aliases: [
      'bureau du surintendant des institutions financieres canada',
      'office of the superintendent of financial institutions canada',
    ],
  },
  {
    key: 'opc-cpvp',
    igoc: '256',
    aliases: [
      'commissariat a la protection de la vie privee du canada',
      'office of the privacy commissioner of canada',
    ],
  },
  { key: 'pc', igoc: '263', aliases: ['parcs canada', 'parks canada'] },
  {
    key: 'pmprb-cepmb',
    igoc: '266',
    aliases: [
      'conseil d examen du prix des medicaments brevetes canada',
      'patented medicine prices review board canada',
    ],
  },
  { key: 'pco-bcp', igoc: '278', aliases: ['bureau du conseil prive', 'privy council office'] },
  {
    key: 'phac-aspc',
    igoc: '280',
    aliases: ['agence de la sante publique du canada', 'public health agency of canada'],
  },
  {
    key: 'psc-cfp',
    igoc: '282',
    aliases: ['commission de la fonction publique du canada', 'public service commission of canada'],
  },
  {
    key: 'rcmp-grc',
    igoc: '295',
    aliases: ['gendarmerie royale du canada', 'royal canadian mounted police'],
  },
  {
    key: 'erc-cee',
    igoc: '296',
    aliases: ['comite externe d examen de la grc', 'rcmp external review committee'],
  },
  {
    key: 'cpc-cpp',
    igoc: '297',
    aliases: [
      'civilian review and complaints commission for the rcmp',
      'commission civile d examen et de traitement des plaintes relatives a la grc',
    ],
  },
  {
    key: 'nsira-ossnr',
    igoc: '302',
    aliases: [
      'national security and intelligence review agency',
      'national security and intelligence review agency secretariat',
      'office de surveillance des activites en matiere de securite nationale et de renseignement',
      'secretariat de l office de surveillance des activites en matiere de securite nationale et de renseignement',
    ],
  },
  { key: 'ssc-spc', igoc: '305', aliases: ['services partages canada', 'shared services canada'] },
  {
    key: 'sshrc-crsh',
    igoc: '306',
    aliases: [
      'conseil de recherches en sciences humaines du canada',
      'social sciences and humanities research council of canada',
    ],
  },
  { key: 'statcan', igoc: '313', aliases: ['statistics canada', 'statistique canada'] },
  {
    key: 'tbs-sct',
    igoc: '326',
    aliases: ['secretariat du conseil du tresor du canada', 'treasury board of canada secretariat'],
  },
  {
    key: 'vrab-tacra',
    igoc: '333',
    aliases: ['tribunal des anciens combattants revision et appel', 'veterans review and appeal board'],
  },
  { key: 'igoc-347', igoc: '347', aliases: ['invest in canada hub', 'investir au canada'] },
  {
    key: 'isc-sac',
    igoc: '348',
    aliases: [
      'department of indigenous services',
      'indigenous services canada',
      'ministere des services aux autochtones',
      'services aux autochtones canada',
    ],
  },
  {
    key: 'atssc-scdata',
    igoc: '539',
    aliases: [
      'administrative tribunals support service of canada',
      'service canadien d appui aux tribunaux administratifs',
    ],
  },
  { key: 'polar-polaire', igoc: '552', aliases: ['polar knowledge canada', 'savoir polaire canada'] },
  {
    key: 'pacifican',
    igoc: '560',
    aliases: ['developpement economique canada pour le pacifique', 'pacific economic development canada'],
  },
  { key: 'fednor', igoc: '561', aliases: [] },
];

const byKey = new Map(DEPARTMENTS.map((department) => [department.key, department]));

const stored = new Map<string, KnownDepartment>();
for (const department of DEPARTMENTS) {
  stored.set(department.key, department);
  for (const alias of department.aliases) stored.set(alias, department);
}

const withIgoc = new WeakMap<IgocTable, Map<string, KnownDepartment>>();

/**
 * Every spelling a department resolves by: slugs and stored aliases, plus IGOC's titles of each known
 * department when the IGOC file was read. A stored spelling always wins over one derived from IGOC.
 */
function aliasesOf(igoc: IgocTable | undefined): Map<string, KnownDepartment> {
  if (!igoc?.found) return stored;
  let map = withIgoc.get(igoc);
  if (!map) {
    map = new Map(stored);
    for (const department of DEPARTMENTS) {
      for (const title of igoc.organizations.get(department.igoc)?.titles ?? []) {
        const alias = normaliseName(title);
        if (alias && !map.has(alias)) map.set(alias, department);
      }
    }
    withIgoc.set(igoc, map);
  }
  return map;
}

/**
 * The department a row belongs to, from the 2024 `owner_org` slug or the English/French name. The names are
 * the file's own (the organisation's names come from IGOC at mapping time). An unknown department (not in
 * the table) is keyed by its English name, so it is still one organisation across rows and re-imports.
 */
export function resolveDepartment(
  input: { slug?: string; en: string; fr: string },
  igoc?: IgocTable,
): DepartmentRef {
  const aliases = aliasesOf(igoc);
  const en = cleanLine(input.en) || cleanLine(input.fr);
  const fr = cleanLine(input.fr) || cleanLine(input.en);
  const candidates = [input.slug?.trim().toLowerCase(), normaliseName(input.en), normaliseName(input.fr)];
  for (const candidate of candidates) {
    const known = candidate ? aliases.get(candidate) : undefined;
    if (!known) continue;
    if (en) return { key: known.key, name: { en, fr }, known: true };
    // A slug with no title: IGOC's names when read, else the slug itself.
    const name = igoc?.organizations.get(known.igoc)?.name ?? { en: known.key, fr: known.key };
    return { key: known.key, name, known: true };
  }
  const key = input.slug?.trim().toLowerCase() || `x-${normaliseName(en).replace(/ /g, '-')}`;
  return { key, name: { en, fr }, known: false };
}

export function knownDepartment(key: string): KnownDepartment | undefined {
  return byKey.get(key);
}

/**
 * Moving: a pilot. The new postal code picks the municipal steps: Ottawa postal codes begin with K1
 * or K2, and those of the Halifax region's urban core (Halifax, Dartmouth, Bedford) with B3. Places
 * outside those areas still get the federal and provincial steps.
 */
import { orgId, t } from '../catalog/helpers.js';
import {
  all,
  answer,
  inNovaScotia,
  inOntario,
  no,
  provinceQuestion,
  stage,
  step,
  words,
  yes,
  yesNo,
  type Rule,
} from './helpers.js';
import type { DemoCluster } from './index.js';

const postalArea: Rule = { substr: [answer('new_postal_code'), 0, 2] };
const inOttawa: Rule = { in: [postalArea, ['K1', 'K2']] };
const inHalifax: Rule = { '==': [postalArea, 'B3'] };
const fromAnotherProvince = yes('changing_province');
const sameProvince = no('changing_province');

export const moving: DemoCluster = {
  lifecycle: { status: 'pilot', pilot_starts_on: '2026-09-01', pilot_ends_on: '2027-03-31' },
  definition: {
    key: 'moving',
    kind: 'life-event',
    title: t('Moving', 'Déménager'),
    summary: t(
      'Moving to a new home, in the same province or from another one: forward your mail, give your new address to the federal and provincial governments, switch your health card and driver’s licence if you change provinces, and set up city services at your new address.',
      'Vous déménagez dans la même province ou arrivez d’une autre : faites réacheminer votre courrier, communiquez votre nouvelle adresse aux gouvernements fédéral et provincial, transférez votre carte santé et votre permis de conduire si vous changez de province, et préparez les services municipaux à votre nouvelle adresse.',
    ),
    slug: { en: 'moving', fr: 'demenager' },
    lead_organization_id: orgId('canada-post'),
    synonyms: {
      en: words([
        'moving',
        'move',
        'moved',
        'I moved',
        'just moved',
        'moving house',
        'moving day',
        'new address',
        'change of address',
        'address change',
        'update my address',
        'relocating',
        'relocation',
        'moving to Ontario',
        'moving to Nova Scotia',
        'moving provinces',
        'interprovincial move',
        'out of province move',
        'new home',
        'new apartment',
        'new house',
        'mail forwarding',
        'forward my mail',
        'redirect mail',
        'new city',
        'transfer health card',
        "switch driver's licence",
        'buying a house',
        'new homeowner',
        'new tenant',
        'moving checklist',
      ]),
      fr: words([
        'déménagement',
        'déménager',
        'j’ai déménagé',
        'jour du déménagement',
        'nouvelle adresse',
        'changement d’adresse',
        'changer d’adresse',
        'mettre à jour mon adresse',
        'changement de domicile',
        'réinstallation',
        's’installer',
        'déménager en Ontario',
        'déménager en Nouvelle-Écosse',
        'changer de province',
        'déménagement interprovincial',
        'nouveau logement',
        'nouvel appartement',
        'nouvelle maison',
        'réacheminement du courrier',
        'faire suivre mon courrier',
        'nouvelle ville',
        'transférer ma carte santé',
        'échanger mon permis de conduire',
        'achat d’une maison',
        'nouveau propriétaire',
        'nouveau locataire',
        'liste de déménagement',
      ]),
    },
    screener: [
      {
        id: 'move_date',
        type: 'date',
        label: t('When are you moving?', 'Quand déménagez-vous?'),
      },
      provinceQuestion(
        t('Which province is your new home in?', 'Dans quelle province se trouve votre nouveau logement?'),
      ),
      {
        id: 'new_postal_code',
        type: 'postal_code',
        label: t('What is your new postal code?', 'Quel est votre nouveau code postal?'),
        hint: t(
          'Used only to show the services of your new city; it is not kept.',
          'Sert seulement à afficher les services de votre nouvelle ville; il n’est pas conservé.',
        ),
      },
      yesNo(
        'changing_province',
        t(
          'Are you coming from another province or territory?',
          'Arrivez-vous d’une autre province ou d’un territoire?',
        ),
      ),
      yesNo(
        'drives',
        t('Do you have a driver’s licence or a vehicle?', 'Avez-vous un permis de conduire ou un véhicule?'),
      ),
      yesNo('owner', t('Will you own your new home?', 'Serez-vous propriétaire de votre nouveau logement?')),
    ],
    stages: [
      stage(
        'before-you-move',
        t('Before you move', 'Avant le déménagement'),
        t('So nothing gets lost on the way.', 'Pour que rien ne se perde en route.'),
        [
          step({
            key: 'forward-mail',
            title: t('Forward your mail', 'Faire réacheminer votre courrier'),
            summary: t(
              'Canada Post sends your letters to your new address for 4 or 12 months while you update your address everywhere.',
              'Postes Canada achemine vos lettres à votre nouvelle adresse pendant 4 ou 12 mois, le temps de mettre votre adresse à jour partout.',
            ),
            services: ['canada-post-mail-forwarding'],
            optional: true,
            timing: t('A few weeks before moving day', 'Quelques semaines avant le jour du déménagement'),
          }),
        ],
      ),
      stage(
        'new-address',
        t('Give your new address', 'Communiquer votre nouvelle adresse'),
        t(
          'Each government keeps its own records: tell each of them once.',
          'Chaque gouvernement tient ses propres dossiers : informez chacun d’eux une fois.',
        ),
        [
          step({
            key: 'address-cra',
            title: t(
              'Change your address with the Canada Revenue Agency',
              'Changer votre adresse auprès de l’Agence du revenu du Canada',
            ),
            summary: t(
              'Update it in CRA My Account so your benefit and credit payments, and your notices, follow you.',
              'Mettez-la à jour dans Mon dossier de l’ARC pour que vos paiements de prestations et de crédits, ainsi que vos avis, vous suivent.',
            ),
            services: ['cra-my-account'],
            timing: t('As soon as you move', 'Dès votre déménagement'),
          }),
          step({
            key: 'address-service-canada',
            title: t(
              'Update your address with Service Canada',
              'Mettre à jour votre adresse auprès de Service Canada',
            ),
            summary: t(
              'If you receive Employment Insurance, the Canada Pension Plan or Old Age Security, change your address in My Service Canada Account.',
              'Si vous recevez de l’assurance-emploi, une pension du Régime de pensions du Canada ou de la Sécurité de la vieillesse, changez votre adresse dans Mon dossier Service Canada.',
            ),
            services: ['my-service-canada-account'],
            optional: true,
          }),
          step({
            key: 'address-ontario',
            title: t(
              'Change your address with ServiceOntario',
              'Changer votre adresse auprès de ServiceOntario',
            ),
            summary: t(
              'One online transaction updates your driver’s licence, vehicle permit, health card and Ontario Photo Card.',
              'Une seule transaction en ligne met à jour votre permis de conduire, votre certificat d’immatriculation, votre carte Santé et votre carte-photo de l’Ontario.',
            ),
            services: ['on-change-address'],
            alternative_group: 'provincial-address',
            applies_if: all(inOntario, sameProvince),
            timing: t('Within 6 days of moving', 'Dans les 6 jours suivant le déménagement'),
          }),
          step({
            key: 'address-nova-scotia',
            title: t(
              'Change your address with the Registry of Motor Vehicles',
              'Changer votre adresse auprès du Registry of Motor Vehicles',
            ),
            summary: t(
              'Update the address on your driver’s licence, identification card and vehicle permits; change your health card address with MSI.',
              'Mettez à jour l’adresse de votre permis de conduire, de votre carte d’identité et de vos certificats d’immatriculation; changez l’adresse de votre carte santé auprès du MSI.',
            ),
            services: ['ns-change-address', 'ns-health-card'],
            alternative_group: 'provincial-address',
            applies_if: all(inNovaScotia, sameProvince),
          }),
        ],
      ),
      stage(
        'new-province',
        t('If you are changing provinces', 'Si vous changez de province'),
        t(
          'Your health coverage and driver’s licence move to your new province.',
          'Votre couverture santé et votre permis de conduire passent à votre nouvelle province.',
        ),
        [
          step({
            key: 'health-card-ontario',
            title: t('Apply for OHIP', 'S’inscrire à l’Assurance-santé de l’Ontario'),
            summary: t(
              'Apply in person at a ServiceOntario centre with proof of citizenship or status, Ontario residency and identity; there is no waiting period.',
              'Présentez une demande en personne dans un centre de ServiceOntario avec une preuve de citoyenneté ou de statut, de résidence en Ontario et d’identité; il n’y a pas de délai de carence.',
            ),
            services: ['on-health-card'],
            alternative_group: 'health-card',
            applies_if: all(inOntario, fromAnotherProvince),
            timing: t('As soon as you arrive', 'Dès votre arrivée'),
          }),
          step({
            key: 'health-card-nova-scotia',
            title: t('Register for MSI', 'S’inscrire au MSI'),
            summary: t(
              'Register with MSI when you arrive. For people moving from another province, coverage usually starts on the first day of the third month after the month you arrive, and your former province covers you until then.',
              'Inscrivez-vous au MSI dès votre arrivée. Pour les personnes qui arrivent d’une autre province, la couverture commence habituellement le premier jour du troisième mois suivant le mois de l’arrivée, et votre ancienne province vous couvre d’ici là.',
            ),
            services: ['ns-health-card'],
            alternative_group: 'health-card',
            applies_if: all(inNovaScotia, fromAnotherProvince),
            timing: t('As soon as you arrive', 'Dès votre arrivée'),
          }),
          step({
            key: 'drivers-licence-ontario',
            title: t('Exchange your driver’s licence', 'Échanger votre permis de conduire'),
            summary: t(
              'Licences from other provinces are exchanged for an Ontario licence at a DriveTest centre, without a road test.',
              'Les permis des autres provinces sont échangés contre un permis de l’Ontario dans un centre DriveTest, sans examen sur route.',
            ),
            services: ['on-drivers-licence-exchange'],
            alternative_group: 'drivers-licence',
            applies_if: all(inOntario, fromAnotherProvince, yes('drives')),
            timing: t(
              'Within 60 days of becoming a resident',
              'Dans les 60 jours suivant votre installation',
            ),
          }),
          step({
            key: 'drivers-licence-nova-scotia',
            title: t('Exchange your driver’s licence', 'Échanger votre permis de conduire'),
            summary: t(
              'Exchange your licence at an Access Nova Scotia centre.',
              'Échangez votre permis dans un centre Accès Nouvelle-Écosse.',
            ),
            services: ['ns-drivers-licence'],
            alternative_group: 'drivers-licence',
            applies_if: all(inNovaScotia, fromAnotherProvince, yes('drives')),
            timing: t(
              'Within 90 days of becoming a resident',
              'Dans les 90 jours suivant votre installation',
            ),
          }),
        ],
      ),
      stage(
        'settle-in',
        t('Settle in your new city', 'S’installer dans votre nouvelle ville'),
        t(
          'Collection day, property tax, pets and the library, by the city you moved to.',
          'Jour de collecte, impôt foncier, animaux et bibliothèque, selon la ville où vous vous installez.',
        ),
        [
          step({
            key: 'waste-ottawa',
            title: t('Find your collection day', 'Trouver votre jour de collecte'),
            summary: t(
              'Look up your address in Ottawa’s collection calendar: blue box, black box, green bin and garbage.',
              'Cherchez votre adresse dans le calendrier de collecte d’Ottawa : boîte bleue, boîte noire, bac vert et ordures.',
            ),
            services: ['ottawa-waste-collection'],
            alternative_group: 'waste-collection',
            applies_if: inOttawa,
          }),
          step({
            key: 'waste-halifax',
            title: t('Find your collection day', 'Trouver votre jour de collecte'),
            summary: t(
              'Check your collection day and how to sort garbage, recyclables and organics in the Halifax region.',
              'Vérifiez votre jour de collecte et la façon de trier les ordures, les matières recyclables et les matières organiques dans la région d’Halifax.',
            ),
            services: ['halifax-waste-collection'],
            alternative_group: 'waste-collection',
            applies_if: inHalifax,
          }),
          step({
            key: 'property-tax-ottawa',
            title: t('Set up your property tax payments', 'Organiser le paiement de votre impôt foncier'),
            summary: t(
              'Bills come twice a year; sign up for pre-authorized debit with the roll number of your new home.',
              'Les comptes arrivent deux fois par année; inscrivez-vous au prélèvement automatique avec le numéro de rôle de votre nouvelle propriété.',
            ),
            services: ['ottawa-property-tax'],
            alternative_group: 'property-tax',
            applies_if: all(inOttawa, yes('owner')),
          }),
          step({
            key: 'property-tax-halifax',
            title: t('Set up your property tax payments', 'Organiser le paiement de votre impôt foncier'),
            summary: t(
              'Bills come twice a year; pay online, through your bank or by pre-authorized payment.',
              'Les factures arrivent deux fois par année; payez en ligne, par votre banque ou par prélèvement préautorisé.',
            ),
            services: ['halifax-property-tax'],
            alternative_group: 'property-tax',
            applies_if: all(inHalifax, yes('owner')),
          }),
          step({
            key: 'pets-ottawa',
            title: t('Register your cat or dog', 'Enregistrer votre chat ou votre chien'),
            summary: t(
              'Pets in Ottawa must be registered with the City; the tag helps bring lost pets home.',
              'Les animaux de compagnie doivent être enregistrés auprès de la Ville d’Ottawa; la médaille aide à retrouver les animaux perdus.',
            ),
            services: ['ottawa-pet-registration'],
            optional: true,
            alternative_group: 'pets',
            applies_if: inOttawa,
          }),
          step({
            key: 'dog-licence-halifax',
            title: t('License your dog', 'Obtenir une licence pour votre chien'),
            summary: t(
              'Dogs in the Halifax region need a municipal licence.',
              'Les chiens de la région d’Halifax doivent avoir une licence municipale.',
            ),
            services: ['halifax-dog-licence'],
            optional: true,
            alternative_group: 'pets',
            applies_if: inHalifax,
          }),
          step({
            key: 'library-halifax',
            title: t('Get a free library card', 'Obtenir une carte de bibliothèque gratuite'),
            summary: t(
              'Books, computers, Wi-Fi and programs at every branch of Halifax Public Libraries.',
              'Livres, ordinateurs, Wi-Fi et programmes dans toutes les succursales des Bibliothèques publiques d’Halifax.',
            ),
            services: ['halifax-library-card'],
            optional: true,
            applies_if: inHalifax,
          }),
          step({
            key: 'city-311-ottawa',
            title: t('Keep 3-1-1 handy', 'Garder le 3-1-1 à portée de main'),
            summary: t(
              'One number for City information and service requests, in English and French.',
              'Un seul numéro pour les renseignements et les demandes de service de la Ville, en français et en anglais.',
            ),
            services: ['ottawa-311'],
            optional: true,
            alternative_group: 'city-311',
            applies_if: inOttawa,
          }),
          step({
            key: 'city-311-halifax',
            title: t('Keep 311 handy', 'Garder le 311 à portée de main'),
            summary: t(
              'One number for municipal information and service requests in the Halifax region.',
              'Un seul numéro pour les renseignements municipaux et les demandes de service dans la région d’Halifax.',
            ),
            services: ['halifax-311'],
            optional: true,
            alternative_group: 'city-311',
            applies_if: inHalifax,
          }),
        ],
      ),
    ],
  },
};

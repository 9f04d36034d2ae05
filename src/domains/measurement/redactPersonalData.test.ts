import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redactPersonalData.js';

const en = (text: string) => redactPersonalData(text, 'en');
const fr = (text: string) => redactPersonalData(text, 'fr');

describe('redactPersonalData', () => {
  it.each([
    ['Write to jane.doe+gov@example.ca please', 'Write to [removed] please'],
    ['MY EMAIL IS J_SMITH@Mail.Example.COM.', 'MY EMAIL IS [removed].'],
    ['courriel : élise.tremblay@exemple.qc.ca', 'courriel : [removed]'],
  ])('removes the e-mail address in %j', (text, expected) => {
    expect(en(text)).toBe(expected);
  });

  it.each([
    ['Call me at 613-555-0199 tomorrow', 'Call me at [removed] tomorrow'],
    ['(613) 555-0199', '[removed]'],
    ['(613)555-0199', '[removed]'],
    ['+1 613 555 0199', '[removed]'],
    ['+1-800-622-6232', '[removed]'],
    ['1-800-622-6232, ext. 42', '[removed]'],
    ['1 (800) 622-6232 x123', '[removed]'],
    ['613.555.0199', '[removed]'],
    ['6135550199', '[removed]'],
    ['my cell: 416 555 0123 Extension 7', 'my cell: [removed]'],
    ['the local number 555-0199', 'the local number [removed]'],
  ])('removes the telephone number in %j', (text, expected) => {
    expect(en(text)).toBe(expected);
  });

  it.each([
    ['SIN 046 454 286', 'SIN [removed]'],
    ['SIN: 046-454-286.', 'SIN: [removed].'],
    ['my SIN is 046454286', 'my SIN is [removed]'],
  ])('removes the Social Insurance Number in %j', (text, expected) => {
    expect(en(text)).toBe(expected);
  });

  it.each([
    ['I live near K1A 0B1 in Ottawa', 'I live near [removed] in Ottawa'],
    ['postal code k1a0b1', 'postal code [removed]'],
    ['H2X-1Y4', '[removed]'],
  ])('removes the postal code in %j', (text, expected) => {
    expect(en(text)).toBe(expected);
  });

  it.each([
    ['card 4111 1111 1111 1111 was charged twice', 'card [removed] was charged twice'],
    ['card 4111-1111-1111-1111', 'card [removed]'],
    ['Amex 3782 822463 10005', 'Amex [removed]'],
    ['account 12345678', 'account [removed]'],
    ['file number AB1234567', 'file number AB[removed]'],
    ['transit 12345-6789012', 'transit [removed]'],
  ])('removes the card or account number in %j', (text, expected) => {
    expect(en(text)).toBe(expected);
  });

  it.each([
    ['I live at 123 Main Street and waited', 'I live at [removed] and waited'],
    ['Send it to 12-456 King St. W, Apt 4 soon', 'Send it to [removed] soon'],
    ['1600 Pennsylvania Avenue', '[removed]'],
    ['at 42 Lakeshore Blvd', 'at [removed]'],
    ['at 221B Baker Street.', 'at [removed].'],
    ['at 10 123rd Ave NW', 'at [removed]'],
    ['my address is 7 main street', 'my address is [removed]'],
  ])('removes the street address in %j', (text, expected) => {
    expect(en(text)).toBe(expected);
  });

  it.each([
    ['J’habite au 45, rue Saint-Denis à Montréal.', 'J’habite au [retiré] à Montréal.'],
    ['1000 boul. René-Lévesque Ouest, bureau 200', '[retiré]'],
    ['au 12 chemin de la Côte-des-Neiges', 'au [retiré]'],
    ['5 avenue du Parc', '[retiré]'],
    ['au 3, rue de l’Église, j’ai attendu', 'au [retiré], j’ai attendu'],
    ['au 8 rue principale', 'au [retiré]'],
    ['Appelez-moi au 514 555-0123 poste 45.', 'Appelez-moi au [retiré].'],
    ['Mon NAS est le 046 454 286 !', 'Mon NAS est le [retiré] !'],
    ['code postal : h2x 1y4', 'code postal : [retiré]'],
    ['courriel : marie@exemple.ca', 'courriel : [retiré]'],
    ['carte 4500 1234 5678 9012', 'carte [retiré]'],
  ])('removes personal data in French: %j', (text, expected) => {
    expect(fr(text)).toBe(expected);
  });

  it.each([
    'I waited 3 weeks, then 2 days more.',
    'It took 3 weeks at the Main Street office.',
    'Since 2024 it has been better; 2023-2024 was hard.',
    'On 2024-03-15 I applied and on 15/03/2024 I called back.',
    'I paid $1,250.00 and then 1 250 $ again, 12 500 000 $ in all.',
    'Step 2 of 5 took 45 minutes.',
    'J’ai attendu 3 semaines, puis 2 jours. Il reste 3 places.',
    'Le 15 mars 2024, à 14 h 30, j’ai rappelé 2 fois.',
    'Room 101 was closed; try at 9:30.',
    'Form IMM 5257 and T4 slips, 10 of them.',
    '',
  ])('keeps dates and small numbers: %j', (text) => {
    expect(en(text)).toBe(text);
    expect(fr(text)).toBe(text);
  });

  it('removes several kinds in one comment and keeps the opinion', () => {
    expect(
      en('Slow: 3 weeks. Reach me at a.b@c.ca or 613-555-0199, 123 Elm Street, K2P 1L4. Staff were kind.'),
    ).toBe('Slow: 3 weeks. Reach me at [removed] or [removed], [removed], [removed]. Staff were kind.');
  });
});

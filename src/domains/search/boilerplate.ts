/**
 * Words that frame a need without saying it: question words, pronouns, articles, "I need", "je
 * voudrais", and "apply" or "demande", which every service asks of someone. They carry no weight in ranking, in either language (people mix them), so "comment faire
 * pour avoir un passeport" is ranked on "passeport" alone. Folded forms (no accents, lower case). Words
 * that mean something in the other language or inside a compound stay out: "son" (a child) is not
 * French's "his", and "ne" is half of "nouveau-né".
 */
const ENGLISH = `a about all am an and any anyone anything apply applying application are as at be been can cant could did do does doing dont for from
get getting give go going got had has have having he help her here hers him his how i id if im in into is
it its ive just know let like looking me might more most much must my myself need needed needs now of on
one or our please should so some somebody someone something than that the their them then there these they
this those to too trying every everything up us use want wanted wants was way we were what whats when where which who whom
why will with would you your`;

const FRENCH = `ai aider aimerais au aupres aussi aux avais avait avec avoir besoin ca ce cela ces cet cette ceux
chez chu comment dans de demande demander des dois doit donc du elle elles en est et etait etre eu faire fais faites fait faut il ils je
jai la le les leur leurs lui ma mais me mes moi mon nos notre nous obtenir on ont ou par pas peut peux
plus pour pourquoi pouvez puis puisje quand que quel quelle quelles quels qui quoi sa sais savoir se ses
si suis sur svp ta te tes toi ton tous tout toute toutes tu un une va vais vas veut veux voudrais vous votre vos`;

export const BOILERPLATE: ReadonlySet<string> = new Set(`${ENGLISH} ${FRENCH}`.split(/\s+/).filter(Boolean));

/** The words that say the need: boilerplate left out, unless nothing else is left. */
export function contentWords(tokens: readonly string[]): string[] {
  const content = tokens.filter((token) => !BOILERPLATE.has(token));
  return content.length > 0 ? content : [...tokens];
}

// "JL Mag published its monthly report on Friday. Its magnet shipments to Japan came to 305 t in
// November.": a sentence that opens on "Its", "Their" or "The group's" right after a sentence whose subject is a
// company speaks of that company's own figures, not of China's exports, whatever its numbers equal.

/** A sentence that opens on a possessive pronoun: "Its exports", "Their shipments", "The group's sales". */
const PRONOUN_OPENING = /^\W*(?:Its|Their|The (?:company|group|firm)['’]s)\s/;

/** Where the subject of a sentence ends: its first reporting verb or comma. */
const SUBJECT_END =
  /\s(?:said|says|published|posted|reported|reports|announced|released|issued|disclosed|filed|told|expects?|plans?|sold|shipped|made|produced|is|was|has|had)\b|,/;

/** An official body or China itself as the subject: what follows may well be China's figures. */
const OFFICIAL_SUBJECT =
  /\b(?:China|Chinese|Beijing|[Cc]ustoms|GACC?|[Mm]inistry|MOFCOM|[Gg]overnment|[Bb]ureau|[Aa]dministration|[Ee]xports?|[Ss]hipments?)\b/;

/**
 * True when `clause` opens its sentence on "Its"/"Their" and `previous`, the sentence before in
 * the same paragraph, has a company as its subject (`isCompany` tells a company's name).
 * @example companyPronoun("Its exports rose to 305 t", "JL Mag posted results.", (s) => /JL Mag/.test(s)) // true
 */
export function companyPronoun(
  clause: string,
  previous: string | null,
  isCompany: (subject: string) => boolean,
): boolean {
  if (previous === null || !PRONOUN_OPENING.test(clause)) return false;
  const cut = SUBJECT_END.exec(previous);
  const subject = previous.slice(0, cut ? cut.index : Math.min(previous.length, 60));
  return !OFFICIAL_SUBJECT.test(subject) && isCompany(subject);
}

// A destination's rank as the German, French, Spanish, Portuguese and Italian press state it:
// "Größter Abnehmer war Deutschland", "Deutschland war mit 1.288 Tonnen der größte Empfänger",
// "Hauptabnehmer war Japan", "l'Allemagne, le premier destinataire", "la Corée du Sud, le deuxième
// plus grand destinataire", "le Vietnam, classé troisième", "la Germania – il principale destinatario",
// "la Corea del Sud, al secondo posto", "Alemania, el principal destino", "a Alemanha continuou como
// principal destino". Each is read with the destination it is said of.

import type { DestinationRankHit } from "./find-destination-ranks.js";
import { GERMAN_NUMBERS, GERMAN_ORDINALS, ROMANCE_ORDINALS } from "./lexicon.js";
import type { PartnerMention } from "./subjects.js";

const ORD_STEMS = Object.keys(GERMAN_ORDINALS);
/** A word whose first letter may be a capital: "zweit" as "[Zz]weit". */
const eitherCase = (s: string) => `[${s.charAt(0).toUpperCase()}${s.charAt(0)}]${s.slice(1)}`;
/**
 * German: the top place as an adjective before a noun for a buyer, or the noun that says it
 * ("Hauptabnehmer"); a lower place glued to it ("zweitgrößte", "drittwichtigster").
 */
const DE_TOP = `(?:(?:${ORD_STEMS.map(eitherCase).join("|")})?(?:[Gg]rößte[rs]?|[Ww]ichtigste[rs]?|[Bb]edeutendste[rs]?))`;
const DE_ORD = new RegExp(`(${ORD_STEMS.join("|")})`, "i");
/** The place a German rank's words give: "zweitgrößte" 2, "größte" 1. */
const deRank = (words: string) => GERMAN_ORDINALS[DE_ORD.exec(words)?.[1]?.toLowerCase() ?? ""] ?? 1;
/** A place as a word or a digit: "Platz zwei", "Rang 3". */
const PLACE_NUMBER = "(zwei|drei|vier|fünf|[1-9])";
const placeNumber = (word: string) => GERMAN_NUMBERS[word.toLowerCase()] ?? Number(word);
/** Words between a destination and its rank, a figure's thousands dot among them ("mit 1.288 Tonnen"). */
const DE_BETWEEN = "(?:[^.;:!?]|(?<=\\d)\\.(?=\\d)){0,60}?";
const DE_NOUN =
  "(?:Abnehmer(?:land)?|Empfänger(?:land)?|Kunde|Käufer|Zielland|Absatzmarkt|Exportmarkt|Bestimmungsland)";
const DE_TOP_NOUN = `(?:${DE_TOP}\\s${DE_NOUN}|Hauptabnehmer(?:land)?|Hauptempfänger|Hauptzielland)`;
/** "Größter Abnehmer (chinesischer Magnete) war/blieb (im August) ": the destination follows. */
const DE_BEFORE = new RegExp(
  `(${DE_TOP_NOUN})(?:\\s[^\\d.;:!?]{0,60}?)?\\s(?:war|blieb|ist|bleibt|wurde)\\s(?:[^\\d.;:!?]{0,30}?\\s)?$`,
);
/** "Auf Platz zwei folgten (im Oktober) die USA", "An Rang drei lag Südkorea": the place, then the destination. */
const DE_PLACE_BEFORE = new RegExp(
  `(?:^|[\\s,;])(?:[Aa]uf|[Aa]n)\\s(?:Platz|Rang)\\s${PLACE_NUMBER}(?:\\s(?:folgten|folgte|folgen|folgt|lag|lagen|liegt|liegen|landete|landeten|kam|kamen|rangierte|rangierten))?(?:\\s[^\\d.;:!?]{0,30}?)?\\s(?:(?:die|der|das)\\s)?$`,
);
const PLACE_WORDS = /[Aa](?:uf|n)\s(?:Platz|Rang)\s\S+/;
/** "landeten (mit 656 Tonnen) auf Platz zwei": the destination, then its place. */
const DE_PLACE_AFTER = new RegExp(
  `^\\s(?:${DE_BETWEEN}\\s)?((?:auf|an)\\s(?:Platz|Rang)\\s${PLACE_NUMBER})(?![\\p{L}\\d])`,
  "u",
);
/**
 * "Deutschland war (im vergangenen Monat) (mit 1.288 Tonnen) der größte Empfänger", and as a
 * predicate without its article: "Deutschland blieb mit 1.106 Tonnen wichtigstes Abnehmerland".
 */
const DE_AFTER = new RegExp(
  `^\\s(?:war|blieb|ist|bleibt)\\s(?:${DE_BETWEEN}\\s)?((?:(?:der|das)\\s)?${DE_TOP}\\s${DE_NOUN})`,
);

const ORD = Object.keys(ROMANCE_ORDINALS).join("|");
const ROMANCE_NOUN =
  "(?:destinataire|destination|client|acheteur|marché|destino|cliente|comprador|mercado|destinatario|destinatário|acquirente|mercato)";
/**
 * After the destination, an aside or a verb of being: ", le premier destinataire", " — le premier
 * destinataire —", ", el principal destino", " continuou como principal destino", ", classé troisième".
 */
const ROMANCE_AFTER = new RegExp(
  `^\\s?(?:[,—–]\\s?|\\s(?:est|était|reste|restait|demeure|fue|es|sigue\\ssiendo|siguió\\ssiendo|se\\smantuvo\\scomo|continuó\\scomo|continuou\\scomo|foi|é|segue\\scomo|è|era|resta|rimane|è\\srimasta)\\s)(?:(?:le|la|l['’]|el|o|a|il|lo)\\s?)?(?:(${ORD})\\s(?:plus\\sgrand\\s|mayor\\s|maior\\s|più\\sgrande\\s)?${ROMANCE_NOUN}(?![\\p{L}])|class[ée]e?\\s(${ORD}|deuxième|troisième))|^\\s?[,—–]\\s?(?:al|au|en|em|in)\\s(${ORD})\\s(?:posto|rang|lugar)(?![\\p{L}])`,
  "iu",
);

/** Every destination's rank a German or Romance clause states, with its destination. */
export function findEuropeanDestinationRanks(
  clause: string,
  partners: readonly PartnerMention[],
): DestinationRankHit[] {
  if (
    !/(?:ößte|ichtigste|edeutendste|Haupt|Platz|Rang|premier|première|deuxième|troisième|principal|primer|segundo|primeiro|primo|secondo|terzo|class[ée])/i.test(
      clause,
    )
  )
    return [];
  const out: DestinationRankHit[] = [];
  for (const p of partners) {
    if (p.weak) continue;
    const before = DE_BEFORE.exec(clause.slice(Math.max(0, p.start - 140), p.start));
    if (before) {
      const start = Math.max(0, p.start - 140) + before.index;
      out.push(destinationRank(start, start + (before[1] as string).length, deRank(before[1] as string), p));
      continue;
    }
    const place = DE_PLACE_BEFORE.exec(clause.slice(Math.max(0, p.start - 90), p.start));
    const placeAt = place ? Math.max(0, p.start - 90) + place.index : 0;
    // "auf Platz drei Vietnam und Indien": the place is the first destination's only
    if (place && !partners.some((q) => q.start > placeAt && q.end <= p.start)) {
      const words = PLACE_WORDS.exec(place[0]) as RegExpExecArray;
      const start = placeAt + words.index;
      out.push(destinationRank(start, start + words[0].length, placeNumber(place[1] as string), p));
      continue;
    }
    const rest = clause.slice(p.end);
    // "die USA landeten mit 656 Tonnen auf Platz zwei", no other destination between
    const after = DE_PLACE_AFTER.exec(rest);
    if (after && !partners.some((q) => q.start >= p.end && q.start < p.end + after[0].length)) {
      const at = p.end + after[0].length - (after[1] as string).length;
      out.push(destinationRank(at, p.end + after[0].length, placeNumber(after[2] as string), p));
      continue;
    }
    const de = DE_AFTER.exec(rest);
    if (de) {
      const at = p.end + de[0].length - (de[1] as string).length;
      out.push(destinationRank(at, p.end + de[0].length, deRank(de[1] as string), p));
      continue;
    }
    const ro = ROMANCE_AFTER.exec(rest);
    const word = (ro?.[1] ?? ro?.[2] ?? ro?.[3] ?? "").toLowerCase();
    const n = ROMANCE_ORDINALS[word];
    if (ro && n !== undefined) {
      const at = p.end + ro[0].search(new RegExp(word, "i"));
      out.push(destinationRank(at, p.end + ro[0].length, n, p));
    }
  }
  return out;
}

/** A destination's place among a month's destinations, highest first. */
export function destinationRank(
  start: number,
  end: number,
  n: number,
  partner: PartnerMention,
): DestinationRankHit {
  return { start, end, type: "rank", n, direction: "high", scope: { type: "destinations" }, partner };
}

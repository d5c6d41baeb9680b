// A change said, in a clause without a subject of its own, right after a count: "Magnets went to 48
// markets in August, down from 53 in July, a 9% fall", "China issued 300 licences, 25% more than in
// July", "the number of destinations rose to 48 from 44, up 9%". The change is the count's (of
// countries, firms, licences, consignments), not the tonnage of the series the sentence names.

/** The things a reporter counts besides tonnes. */
import { allMatches } from "./all-matches.js";

const COUNTED =
  "(?:countries|markets|destinations|nations|economies|buyers|customers|firms|companies|exporters|importers|producers|licen[cs]es|permits|applications|approvals|consignments|shipments|cargoes|declarations|containers|orders|deals)";
/** A count: a number right before the counted noun ("48 markets", "1,200 consignments", "41 other countries"). */
const COUNT = new RegExp(
  `(?<![\\d.,])\\d[\\d,]*\\s(?:(?:new|other|more|different|separate|individual|foreign|overseas)\\s)?${COUNTED}\\b|\\bnumber of (?:\\w+\\s)?${COUNTED}\\b`,
  "gi",
);
/** A tonnage, or a subject of trade, between the count and the change: then the change is its own. */
const OWN_SUBJECT =
  /\d\s?(?:k?t|mt|tonnes?|tons?|kg|kilograms?)\b|\b(?:exports|imports|volumes?|tonnage|outflows?|deliveries|sales|value)\b|\bshipments\s(?:of|to|rose|fell|were|was)\b/i;

/** Whether the change at `start` in `input` is a count's, said right after the count in its sentence. */
export function changeOfCount(input: string, start: number): boolean {
  const from = Math.max(0, start - 200);
  const head = input.slice(from, start);
  const stop = Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"), head.lastIndexOf("; "));
  const sentence = stop >= 0 ? head.slice(stop + 1) : head;
  let last: RegExpExecArray | null = null;
  for (const m of allMatches(COUNT, sentence)) last = m as RegExpExecArray;
  if (last === null) return false;
  // the change stands in a clause after the count's ("..., down 9%"), with no subject of its own
  const between = sentence.slice(last.index + last[0].length);
  return between.includes(",") && !OWN_SUBJECT.test(between);
}

// A second place said by naming the one thing above it: "second only to January's 6,357 t", "behind
// only June", "surpassed only by August", "the second largest after November's 305 t" (a month), "second only to Germany", "trailing only the US"
// (a destination). Read as a rank of two: a month's over the months from the one named to its own,
// which holds wherever the writer's window starts; a destination's among the destinations of its month.

import type { DestinationRankHit } from "./find-destination-ranks.js";
import type { RankHit } from "./find-ranks.js";
import { MONTH_NAME, YEAR } from "./lexicon.js";
import type { PartnerMention } from "./subjects.js";
import { allMatches } from "./all-matches.js";
import { hinted, mayMatch } from "./hints.js";

/** The words that say only what follows them ranks above ("was second to March" too). */
const ONLY_ABOVE =
  "(?:second\\s+only\\s+to|(?<=\\b(?:was|were|is|are|came|comes|ranked|ranks|finished|placed)\\s+)second\\s+to|(?:behind|trail(?:ed|ing|s)?)\\s+only|(?:surpassed|beaten|bettered|topped|exceeded|outdone|eclipsed|outstripped)\\s+only\\s+by|second[-\\s]+(?:highest|largest|biggest|strongest|best)\\s+after)";
/** A month, with its year if given; a list of them ("January and August") ranks after each. */
const ONE_MONTH = `(?:${MONTH_NAME})\\b(?:\\s${YEAR}\\b)?`;
const MONTH_ABOVE = hinted(
  new RegExp(
    `\\b${ONLY_ABOVE}\\s(?:the\\s)?(${ONE_MONTH}(?:(?:,\\s|,?\\sand\\s)${ONE_MONTH})*)(?:['’]s)?`,
    "gi",
  ),
  /\bsecond\s+(?:only\s+)?to\b|\b(?:behind|trail(?:ed|ing|s)?)\s+only\b|\bonly\s+by\b|\bsecond[-\s]+(?:highest|largest|biggest|strongest|best)\s+after\b/i,
);
/**
 * The months above said as the subject: "only January was higher", "only January and August were
 * bigger this year", "only May had been lower", "only January and August saw more". A comparative
 * of size, so the side is the word's.
 */
const ONLY_MONTHS_BEYOND = hinted(
  new RegExp(
    `\\bonly\\s(?:in\\s)?(${ONE_MONTH}(?:(?:,\\s|,?\\sand\\s)${ONE_MONTH})*)(?:['’]s(?:\\s(?:figure|total|tally|level|volume))?)?\\s(?:(?:was|were|had\\sbeen|has\\sbeen|came\\sin|stood|ran)\\s(?:(higher|bigger|larger|stronger|greater|heavier|busier)|(lower|smaller|weaker|lighter))|(?:saw|had|recorded|shipped)\\s(?:(more)|(less|fewer)))\\b(?!\\sthan\\b)`,
    "gi",
  ),
  /\bonly\b/i,
  /\s(?:was|were|been|came\sin|stood|ran|saw|had|recorded|shipped)\s(?:higher|bigger|larger|stronger|greater|heavier|busier|lower|smaller|weaker|lighter|more|less|fewer)\b/i,
);
const LIST_JOIN = /^(?:,\s|,?\sand\s)$/;
const PLACE_ABOVE = new RegExp(`\\b${ONLY_ABOVE}\\s`, "gi");

/** "second only to January's": a month ranked second, counted from the month named (`fromNamed`). */
export function findSecondOnlyMonths(clause: string): RankHit[] {
  const above = mayMatch(MONTH_ABOVE, clause)
    ? allMatches(MONTH_ABOVE.re, clause).map((m) => secondToMonths(clause, m, "high"))
    : [];
  if (!mayMatch(ONLY_MONTHS_BEYOND, clause)) return above;
  // the side is the comparative's: "only May had been lower"
  const beyond = allMatches(ONLY_MONTHS_BEYOND.re, clause).map((m) =>
    secondToMonths(clause, m, m[3] === undefined && m[5] === undefined ? "high" : "low"),
  );
  return [...above, ...beyond];
}

/** The rank of a month after the months named above it (`m[1]`), with the writer's window. */
function secondToMonths(clause: string, m: RegExpExecArray, direction: "high" | "low"): RankHit {
  const hit = {
    start: m.index,
    end: m.index + m[0].length,
    type: "rank" as const,
    n: 1 + (m[1] ?? "").split(/,\s|,?\sand\s/).length,
    direction,
  };
  // "surpassed only by August this year": the writer's window is the year, and the month named
  // must still be the one above it ("second only to August this year" is wrong when January was)
  const year = YEAR_AFTER.exec(clause.slice(hit.end, hit.end + 30));
  if (year)
    return {
      ...hit,
      end: hit.end + year[0].length,
      scope: { type: "year", year: year[1] ? Number(year[1]) : null },
      fromNamed: true,
    };
  return { ...hit, scope: { type: "since", period: null }, fromNamed: true };
}

/** The year a second place is counted in, right after the months named. */
const YEAR_AFTER = new RegExp(
  `^,?\\s(?:(?:so far|yet)\\s)?(?:this year|of the year|in the year|(?:in|of) (${YEAR}))\\b`,
  "i",
);

/**
 * "Korea took 854 t, second only to Germany": the destination before the words ranks second among
 * the destinations, the one after them first. Only when both are named, and are not the same.
 */
export function findSecondOnlyDestinations(
  clause: string,
  partners: readonly PartnerMention[],
): DestinationRankHit[] {
  const out: DestinationRankHit[] = [];
  for (const m of allMatches(PLACE_ABOVE, clause)) {
    const end = m.index + m[0].length;
    const above = partners.find(
      (p) => !p.weak && (p.start === end || /^the\s$/i.test(clause.slice(end, p.start))),
    );
    const owner = partners.filter((p) => !p.weak && p.end <= m.index).pop();
    if (above === undefined || owner === undefined || owner.value === above.value) continue;
    // "behind only Germany and South Korea": third
    const named = [above];
    for (const p of partners.filter((x) => x.start > above.end)) {
      const last = named[named.length - 1] as PartnerMention;
      if (!LIST_JOIN.test(clause.slice(last.end, p.start)) || p.value === owner.value) break;
      named.push(p);
    }
    out.push({
      start: m.index,
      end: (named[named.length - 1] as PartnerMention).end,
      type: "rank",
      n: 1 + named.length,
      above: named.map((p) => p.value),
      direction: "high",
      scope: { type: "destinations" },
      partner: owner,
    });
  }
  return out;
}

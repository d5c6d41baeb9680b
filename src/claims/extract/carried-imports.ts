// A figure of imports whose importer its own clause does not name, after China's own imports were
// named earlier: "China's imports in May rose 3% to 13,000 t, while total imports for the
// January-May period fell 9% to 61,000 t" — the second figure is China's imports too, not its
// exports. Named in the same sentence, the importer is read as the clause's; named only in an
// earlier sentence, it is carried over (it can support, never contradict). A clause with no subject
// and no trade word of its own goes on with the clause before it: "Imports slipped 4% to 12,623 t in
// April, and were down 23.6% at 37,302 t over the four months" — the four months' figure is imports
// too.

import { mentionsChinaImports } from "./subjects.js";
import { allMatches } from "./all-matches.js";

/** The last trade noun or verb before a figure says what it counts. */
const TRADE_WORD =
  /\b(?:imports?|imported|importing|exports?|exported|exporting|shipments?|shipped|sales|sold|sent|outbound|outflows?|deliveries|delivered|purchases|bought)\b/gi;

/**
 * A clause that opens with "and" or "but" and a verb, its subject left to the clause before:
 * ", and were down 23.6% at", "but rose 5% to".
 */
const SUBJECTLESS =
  /^\W*(?:and|but|yet)\s(?:(?:were|was|had|has|have|also|then|further|still|been)\s)*(?:up|down|higher|lower|rose|risen|fell|fallen|dropped|slipped|slid|climbed|jumped|declined|increased|decreased|grew|grown|totall?ed|came|reached|stood)\b/i;

/** "imports from China", "imported from Chinese suppliers": another country buying from China. */
const FROM_CHINA = /\bfrom\s(?:the\s)?(?:China|Chinese|Beijing|the PRC)\b/i;

/**
 * Where the importer of the imports figure at `at` comes from: "sentence" when an earlier clause of
 * its sentence names China's own imports, "text" when only an earlier sentence does, null when the
 * figure is not a bare imports figure (its last trade word is not an import word, or its clause
 * names a buyer or says the goods came from China).
 */
export function importsCarried(
  clause: string,
  at: number,
  earlierClauses: () => readonly string[],
  namedInTextBefore: boolean,
  partnersInClause: number,
): "sentence" | "text" | null {
  if (partnersInClause > 0 || FROM_CHINA.test(clause)) return null;
  const before = clause.slice(Math.max(0, at - 300), at);
  const words = allMatches(TRADE_WORD, before);
  let last = words[words.length - 1];
  if (last === undefined && SUBJECTLESS.test(clause)) {
    const previous = earlierClauses().at(-1) ?? "";
    if (FROM_CHINA.test(previous)) return null;
    last = allMatches(TRADE_WORD, previous).pop();
  }
  if (last === undefined || !/^import/i.test(last[0])) return null;
  if (earlierClauses().some((x) => mentionsChinaImports(x))) return "sentence";
  return namedInTextBefore ? "text" : null;
}

/** Words that name exports and nothing else. */
const EXPORT_WORD = /^(?:exports?|exported|exporting|outbound|outflows?)$/i;

/**
 * Whether the last trade word before the figure at `at` names exports, in a clause read as China's
 * imports: "China imported 12,622.7 t and exported 4,784.8 t" — the second figure is an export.
 */
export function exportedAfterImports(clause: string, at: number): boolean {
  const words = allMatches(TRADE_WORD, clause.slice(Math.max(0, at - 300), at));
  const last = words[words.length - 1];
  return last !== undefined && EXPORT_WORD.test(last[0]) && words.some((w) => /^import/i.test(w[0]));
}

// Ranks as German outlets state them: "der zweithöchste Monatswert in diesem Jahr", "den höchsten
// Wert seit Januar", "das niedrigste Niveau seit 2020", "ein Sechsmonatshoch". ("Rekord" is read with
// the English record words in find-ranks.ts.) Only a rank with its window is read: "der höchste Wert"
// alone does not say over which months.

import type { RankHit } from "./find-ranks.js";
import { GERMAN_NUMBERS, GERMAN_ORDINALS } from "./lexicon.js";
import { allMatches } from "./all-matches.js";

const HIGH = "höchst|größt|stärkst|best";
/** Participles of a move, rising ones first, and its nouns: "gestiegen", "zurückgegangen", "Anstieg", "Rückgang". */
const DE_MOVED_UP = "gestiegen|gewachsen|geklettert|zugelegt|angezogen";
const DE_MOVED = `${DE_MOVED_UP}|gesunken|gefallen|zurückgegangen|geschrumpft|eingebrochen|nachgegeben`;
const DE_MOVE_NOUN = "Anstieg|Zuwachs|Plus|Rückgang|Minus|Einbruch";
const LOW = "niedrigst|geringst|schwächst|tiefst|kleinst";
const ENDING = "(?:e|en|er|es|em)";
const NOUN = "(?:Monats)?(?:wert|stand|niveau|volumen|ergebnis)|Monat|Exportvolumen|Ausfuhrvolumen";
/** "(der) zweithöchste Monatswert", "den höchsten Stand". */
const EXTREME = `(?<![\\p{L}])(?:(${Object.keys(GERMAN_ORDINALS).join("|")}))?(${HIGH}|${LOW})${ENDING}\\s(?:${NOUN})`;
/** The year spoken of: "in diesem Jahr", "des Jahres", "dieses Jahres", "im laufenden Jahr", "seit Jahresbeginn", "2025". */
const YEAR_AFTER = new RegExp(
  `${EXTREME}\\s(?:(?:bisher|bislang)\\s)?(?:in\\sdiesem\\sJahr|des\\s(?:laufenden\\s)?Jahres|dieses\\sJahres|im\\slaufenden\\sJahr|seit\\sJahresbeginn|(?:im\\sJahr|des\\sJahres|von)\\s((?:19|20)\\d{2}))(?![\\p{L}])`,
  "giu",
);
/** "seit Januar", "seit 2020", "seit März 2024": the window opens at the month or year named. */
const SINCE = new RegExp(
  `${EXTREME}\\sseit(?![\\p{L}])(?!\\s(?:Jahresbeginn|Beginn\\sder\\sAufzeichnungen))`,
  "giu",
);
/** "seit Beginn der Aufzeichnungen", "aller Zeiten": over everything on record. */
const RECORD = new RegExp(`${EXTREME}\\s(?:seit\\sBeginn\\sder\\sAufzeichnungen|aller\\sZeiten)`, "giu");
/** "ein Sechsmonatshoch", "ein Sieben-Monats-Tief", "ein 10-Monats-Hoch". */
const N_MONTH = new RegExp(
  `(?<![\\p{L}])(\\d{1,2}|${Object.keys(GERMAN_NUMBERS).join("|")})[-\\s]?Monats[-\\s]?(hoch|tief|höchststand|tiefststand)(?![\\p{L}])`,
  "giu",
);
/**
 * A run of rises or falls: "zum zweiten Mal in Folge zurückgegangen", "den dritten Monat in Folge
 * gestiegen", "der zweite Rückgang in Folge".
 */
const STREAK = new RegExp(
  `(?<![\\p{L}])(?:(?:zum|den)\\s(${Object.keys(GERMAN_ORDINALS).join("|")})en\\s(?:Mal|Monat)\\sin\\sFolge\\s(?:[\\p{L}]+\\s){0,3}?(${DE_MOVED})|(?:der|den|dem)\\s(${Object.keys(GERMAN_ORDINALS).join("|")})en?\\s(?:monatliche[nr]?\\s)?(${DE_MOVE_NOUN})\\sin\\sFolge)(?![\\p{L}])`,
  "giu",
);
const HINT = new RegExp(`${HIGH}|${LOW}|Monats-?\\s?(?:hoch|tief)|in\\sFolge`, "i");
/** Each window's pattern with the scope it gives, in the order they are read. */
const WINDOWS: Array<[RegExp, (m: RegExpMatchArray) => RankHit["scope"]]> = [
  [YEAR_AFTER, (m) => ({ type: "year", year: m[3] ? Number(m[3]) : null })],
  [SINCE, () => ({ type: "since", period: null })],
  [RECORD, () => ({ type: "record" })],
];

const IS_HIGH = new RegExp(`^(?:${HIGH})`, "i");
const direction = (word: string) => (IS_HIGH.test(word) ? "high" : "low");
const nth = (word: string | undefined) => (word ? (GERMAN_ORDINALS[word.toLowerCase()] ?? 1) : 1);
const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });

/** Every rank stated in German in a clause. */
export function findGermanRanks(clause: string): RankHit[] {
  if (!HINT.test(clause)) return [];
  const out: RankHit[] = [];
  for (const [re, scope] of WINDOWS)
    for (const m of allMatches(re, clause))
      out.push({ ...span(m), type: "rank", n: nth(m[1]), direction: direction(m[2] ?? ""), scope: scope(m) });
  for (const m of allMatches(N_MONTH, clause)) {
    const word = (m[1] ?? "").toLowerCase();
    const months = /^\d+$/.test(word) ? Number(word) : GERMAN_NUMBERS[word];
    if (months === undefined || months < 2 || months > 36) continue;
    out.push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: /^(?:hoch|höchst)/i.test(m[2] ?? "") ? "high" : "low",
      scope: { type: "months", months },
    });
  }
  for (const m of allMatches(STREAK, clause)) {
    const n = nth(m[1] ?? m[3]);
    const word = m[2] ?? m[4] ?? "";
    const up = new RegExp(`^(?:${DE_MOVED_UP}|Anstieg|Zuwachs|Plus)$`, "i").test(word);
    out.push({ ...span(m), type: "streak", n, direction: up ? "up" : "down", scope: null });
  }
  return out;
}

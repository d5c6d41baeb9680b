// Periods as the French, Spanish, Portuguese and Italian press names them: "entre enero y noviembre",
// "de janvier à novembre", "da gennaio a novembre", "nel 2024", "en 2025", "em 2025", "no primeiro
// bimestre de 2026", "el primer semestre", "nei primi undici mesi", "les sept premiers mois de 2023",
// "en lo que va de año". Cheap
// patterns, run only when the clause holds one of their words.

import { yearOf } from "../../domain/period.js";
import { MONTH_NAME, ROMANCE_NUMBERS, YEAR } from "./lexicon.js";
import { monthRange, range } from "./period-spans.js";
import { fromIndex, parseMonth, type PeriodAnchor, type RawMention } from "./periods.js";
import { allMatches } from "./all-matches.js";
import { hinted, mayMatch, type HintedPattern } from "./hints.js";

const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";
/** "de 2026", "del 2025", "dell'anno 2025", "di quest'anno" left out: the year a span names after it. */
const OF_YEAR = `(?:\\s(?:de|del|do|da|di|dell['’]anno)\\s(${YEAR}))?`;
const RANGE = hinted(
  new RegExp(
    `${L}(entre|de|desde|da|dal|tra|fra|du)\\s(${MONTH_NAME})(?:\\s(?:de\\s|del\\s)?(${YEAR}))?\\s(?:y|e|et|à|a|al|ao|hasta|até|jusqu['’]à|fino\\sa)\\s(${MONTH_NAME})(?:\\s(?:de\\s|del\\s)?(${YEAR}))?${R}`,
    "giu",
  ),
  new RegExp(`${L}(?:entre|de|desde|da|dal|tra|fra|du)\\s`, "iu"),
);
/**
 * "en janvier et février", "en enero y febrero", "em janeiro e fevereiro": two months running, named
 * together, are one span (China releases them as one); two months apart ("en enero y marzo") are not.
 */
const PAIR = hinted(
  new RegExp(
    `${L}(en|em|in|nel|durante)\\s(${MONTH_NAME})()\\s(?:y|e|et)\\s(${MONTH_NAME})(?:\\s(?:de\\s|del\\s)?(${YEAR}))?${R}`,
    "giu",
  ),
  new RegExp(`${L}(?:y|e|et)\\s`, "iu"),
);
/** "subieron un 12,4 % de octubre a noviembre": two months a change is measured between, not a span. */
const CHANGE_BEFORE = /\d\s?%[^.;:]{0,12}$/;
// "1,3 % de moins qu'en 2024", "un 5 % más que en 2024", "menos do que em 2024": the year a figure is
// set against is a base, not the clause's year. The whole year named so: "nell'intero 2025", "in tutto
// il 2025", "en todo 2025", "sur l'ensemble de 2025"
const YEAR_IN = hinted(
  new RegExp(
    `${L}(?<!qu['’]|\\bque\\s)(?:nel|nell['’]anno|nell['’]intero(?:\\sanno)?|in\\stutto\\sil|en\\stodo\\s(?:el\\s)?|en|em|durante|no\\sano\\sde|en\\sel\\saño|en\\sl['’]année|au\\scours\\sde\\sl['’]année|sur\\sl['’]ensemble\\sde)\\s(${YEAR})(?![-/\\d])`,
    "giu",
  ),
  new RegExp(`${L}(?:nel|nell['’]anno|nell['’]intero|in\\stutto|en|em|durante|no|au|sur)\\s`, "iu"),
);
/**
 * A year closed with its total: "cerró 2025 con 57.392 toneladas", "fechou 2025 com", "a clôturé
 * 2025 avec", "ha chiuso il 2025 con" (English "closed 2025 with", see period-spans.ts).
 */
const YEAR_CLOSED_VERB =
  "cerró|terminó|finalizó|acabó|fechou|encerrou|terminou|clôturé|terminé|achevé|bouclé|chiuso|terminato|concluso";
const YEAR_CLOSED = hinted(
  new RegExp(
    `${L}(?:${YEAR_CLOSED_VERB})\\s(?:el\\s|o\\s|il\\s|l['’]année\\s)?(${YEAR})\\s(?:con|com|avec|à|en|a)${R}`,
    "giu",
  ),
  new RegExp(`${L}(?:${YEAR_CLOSED_VERB})${R}`, "iu"),
);
const COUNT = Object.keys(ROMANCE_NUMBERS).join("|");
const FIRST_N = hinted(
  new RegExp(
    `${L}(?:primeros|primeiros|premiers|primi)\\s(\\d{1,2}|${COUNT})\\s(?:meses|mois|mesi)${R}${OF_YEAR}`,
    "giu",
  ),
  new RegExp(`${L}(?:primeros|primeiros|premiers|primi)\\s`, "iu"),
);
/** The count set before "first", as French always and Spanish and Portuguese often write it: "les sept premiers mois de 2023", "los dos primeros meses de 2026", "nos sete primeiros meses". */
const N_FIRST = hinted(
  new RegExp(
    `${L}(\\d{1,2}|${COUNT})\\s(?:primeros|primeiros|premiers)\\s(?:meses|mois)${R}${OF_YEAR}`,
    "giu",
  ),
  /\s(?:primeros|primeiros|premiers)\s/iu,
);
const PARTS: Record<string, [number, number]> = { bimestre: [1, 2], trimestre: [1, 3], semestre: [1, 6] };
const FIRST_PART = hinted(
  new RegExp(
    `${L}(primer|primero|primeiro|premier|primo|1er|1º|1°)\\s(bimestre|trimestre|semestre)${R}${OF_YEAR}`,
    "giu",
  ),
  /bimestre|trimestre|semestre/iu,
);
const SO_FAR =
  /(?<![\p{L}])(?:en lo que va (?:de|del) año|desde (?:o )?(?:início|inicio|comienzo) (?:do|del) ano|depuis le début de l['’]année|da inizio anno|dall['’]inizio dell['’]anno)(?![\p{L}])/giu;
const NEEDS =
  /(?<![\p{L}])(?:entre|de|desde|da|dal|tra|fra|du|nel|nell|en|em|durante|no|au|primeros|primeiros|premiers|primi|primer|primero|primeiro|premier|primo|1er|1º|1°|depuis|dall|cerró|terminó|finalizó|acabó|fechou|encerrou|terminou|clôturé|terminé|achevé|bouclé|chiuso|terminato|concluso)(?![\p{L}])/iu;

/** Every period named in French, Spanish, Portuguese or Italian in a clause. */
export function findRomancePeriods(clause: string, anchor: PeriodAnchor): RawMention[] {
  const out: RawMention[] = [];
  if (!NEEDS.test(clause)) return out;
  const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const latestYear = anchor.latest === null ? null : yearOf(anchor.latest);
  const firstMonths = (m: RegExpMatchArray, n: number | undefined, year: string | undefined) => {
    const y = year ? Number(year) : (anchor.year ?? latestYear);
    if (n !== undefined && n >= 1 && n <= 12 && y !== null)
      out.push({ ...span(m), period: range(y, 1, n, anchor, Boolean(year)), shape: "range", role: "main" });
  };
  const matches = (p: HintedPattern) => (mayMatch(p, clause) ? allMatches(p.re, clause) : []);
  for (const m of matches(RANGE)) {
    const r = monthRange(m, anchor, true);
    if (r === null) continue;
    if (CHANGE_BEFORE.test(clause.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) {
      // "aumentaram 32%, entre maio e junho": the change is the second month's, against the first
      const [from, to] = r.split("..") as [string, string];
      const at = m.index ?? 0;
      const second = at + m[0].lastIndexOf(m[4] ?? "");
      out.push({ start: at, end: second, period: from, shape: "month", role: "base" });
      out.push({ start: second, end: at + m[0].length, period: to, shape: "month", role: "main" });
      continue;
    }
    out.push({ ...span(m), period: r, shape: "range", role: "main" });
  }
  for (const m of matches(PAIR)) {
    const r = monthRange(m, anchor, true);
    if (r === null || CHANGE_BEFORE.test(clause.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) continue;
    const [from, to] = r.split("..").map(parseMonth);
    if (from != null && to != null && to - from === 1)
      out.push({ ...span(m), period: r, shape: "range", role: "main" });
  }
  for (const m of [...matches(YEAR_IN), ...matches(YEAR_CLOSED)])
    out.push({ ...span(m), period: `${m[1]}-01..${m[1]}-12`, shape: "year" });
  for (const m of [...matches(FIRST_N), ...matches(N_FIRST)]) {
    const w = (m[1] ?? "").toLowerCase();
    firstMonths(m, /^\d+$/.test(w) ? Number(w) : ROMANCE_NUMBERS[w], m[2]);
  }
  for (const m of matches(FIRST_PART)) firstMonths(m, PARTS[(m[2] ?? "").toLowerCase()]?.[1], m[3]);
  for (const m of allMatches(SO_FAR, clause)) {
    if (anchor.latest === null) continue;
    const period = `${yearOf(anchor.latest)}-01..${fromIndex(anchor.latest)}`;
    out.push({ ...span(m), period, shape: "range", toDate: true });
  }
  return out;
}

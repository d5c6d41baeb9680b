// A rank as a source's stored figure states it (`record`, `year:2025`, `since:2025-01`, `months:6`),
// read as the scope a claim's rank has, and put back into words for explanations.

import { MONTH_NAMES } from "../../../domain/period.js";
import type { RankScope } from "../../types.js";

/**
 * The scope of a stored rank, or null when it is not one the checker reads.
 * @example rankScope("since:2025-01") // { type: "since", period: "2025-01" }
 */
export function rankScope(text: string | null): RankScope | null {
  if (text === "record") return { type: "record" };
  const m = /^(since|months|year):(.+)$/.exec(text ?? "");
  if (!m) return null;
  if (m[1] === "since") return { type: "since", period: m[2]! };
  if (m[1] === "months") return { type: "months", months: Number(m[2]) };
  return { type: "year", year: Number(m[2]) };
}

/**
 * Whether two scopes count over the same window: the same record, year, month it runs since or
 * number of months up to the figure's month (a window the text leaves open is none of these).
 * @example sameScope({ type: "record" }, { type: "record" }) // true
 */
export function sameScope(a: RankScope, b: RankScope): boolean {
  switch (a.type) {
    case "record":
      return b.type === "record";
    case "year":
      return b.type === "year" && a.year === b.year;
    case "since":
      return b.type === "since" && a.period === b.period;
    case "months":
      return b.type === "months" && a.months === b.months && a.open !== true && b.open !== true;
    default:
      return false;
  }
}

/**
 * A rank in words.
 * @example rankWords(2, "high", { type: "record" }) // "2nd-highest on record"
 */
export function rankWords(n: number, direction: "high" | "low", scope: RankScope): string {
  const word = `${n === 1 ? "" : `${ordinal(n)}-`}${direction === "high" ? "highest" : "lowest"}`;
  switch (scope.type) {
    case "record":
      return `${word} on record`;
    case "since":
      return `${word} since ${scope.period}`;
    case "months":
      return `${word} in ${scope.months} months`;
    case "controls":
      return `${word} since the export controls`;
    case "destinations":
      return `${n === 1 ? "" : `${ordinal(n)}-`}largest destination`;
    case "span":
      return `${word} of ${scope.from}..${scope.to}`;
    case "calendar":
      return `${word} ${MONTH_NAMES[scope.month - 1] ?? ""}${scope.since === undefined ? " on record" : ` since ${scope.since}`}`;
    default:
      return `${word} of ${scope.year}`;
  }
}

/** @example ordinal(2) // "2nd" */
export function ordinal(n: number): string {
  const tail = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${tail}`;
}

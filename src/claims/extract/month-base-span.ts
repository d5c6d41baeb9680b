// A change measured against one named month is a month's change: "Between January and November they
// totalled 5,378 t; the month alone fell 11% from October" does not compare October with the span
// that another clause of the sentence names.

import type { Grounding } from "../types.js";
import type { ClauseRead, Figure } from "./read-clause.js";

/**
 * True when a change or direction whose own clause names a single month as its base was given a
 * span of months that its own clause does not name.
 * @example monthBaseOfSpan(clause, fell11, "2025-01..2025-11", "sentence") // true
 */
export function monthBaseOfSpan(c: ClauseRead, f: Figure, period: string | null, how: Grounding): boolean {
  if (f.kind !== "change" && f.kind !== "direction") return false;
  if (how === "clause" || period === null || !period.includes("..")) return false;
  return c.mentions.some((m) => m.role === "base" && m.shape === "month");
}

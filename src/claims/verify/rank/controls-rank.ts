// A rank over the months since export controls the words do not date ("the highest since the
// controls took effect"): the window starts after the month of an export control that concerns the
// series, taken from the data's events. Where several could be meant, the claim is supported only
// when the latest one's window bears it out and no other's refutes it, and contradicted only when
// every one's window refutes it.

import type { FigureBook } from "../../../analytics/figure-book.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { RankScope, StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { periodLabel } from "../format.js";

/**
 * The rank checked over the window since each export control that could be meant, latest first;
 * `rankOver` checks it over one window.
 * @example controlsRank(book, key, "2025-09", stated, (scope) => rank(book, key, "2025-09", { ...stated, scope }))
 */
export function controlsRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
  rankOver: (scope: RankScope) => Outcome,
): Outcome {
  const controls = book.controlsBefore(key, period);
  const raw = s.raw.trim();
  if (controls.length === 0)
    return unverifiable(
      `stated ${raw}: no export control that concerns ${key.series} took effect before ${periodLabel(period)} in the events known, so the window is unknown`,
    );
  const checked = controls.map((c) => ({
    label: `${periodLabel(c.month)} (${c.id})`,
    outcome: rankOver({ type: "since", period: c.month, atLeast: true }),
  }));
  const [latest] = checked as [(typeof checked)[number], ...typeof checked];
  const window = `the window runs from the month after the export controls of ${latest.label}`;
  if (checked.every((c) => c.outcome.verdict === "contradicted"))
    return {
      ...latest.outcome,
      explanation: `${latest.outcome.explanation}; ${window}${checked.length > 1 ? `, and the rank fails as well after ${checked.length - 1} earlier export control${checked.length > 2 ? "s" : ""} that concern it` : ""}`,
    };
  const borneOut =
    latest.outcome.verdict === "supported" && checked.every((c) => c.outcome.verdict !== "contradicted");
  if (checked.length === 1 || borneOut)
    return { ...latest.outcome, explanation: `${latest.outcome.explanation}; ${window}` };
  return unverifiable(
    `stated ${raw}: the export controls meant are not named, and the rank differs with them: ${[
      latest,
      ...checked.filter((c) => c.outcome.verdict !== latest.outcome.verdict).slice(0, 2),
    ]
      .map((c) => `since ${c.label} ${c.outcome.verdict}`)
      .join("; ")}`,
    latest.outcome.figures,
  );
}

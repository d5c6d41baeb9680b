// "The first rise in three months", "fell for the first time in four months": one phrase states a
// month's move and the run of opposite moves it ends. The reader checks the two apart (a direction and
// a streak of the same words); the move holds only as far as the run does, so a move the data bears
// out is not supported while the run it ends, read of the same destination, product and month, is
// unknown or wrong. The run's own claim keeps its own verdict.

import type { ExtractedClaim } from "../types.js";
import { unverifiable, type Outcome } from "./check-figures.js";

/**
 * The outcomes of direction claims whose words also state the run they end, held to that run:
 * a supported move whose run `runOf` does not support becomes unverifiable.
 * `runOf(run, move)` checks claim `run`'s streak on the reading that supported claim `move`.
 * @example "Japan's November volume rose, the first rise in three months": with September's move
 *   unknown (August missing), the rise is unverifiable, not supported.
 */
export function heldToRuns<O extends Outcome>(
  claims: readonly ExtractedClaim[],
  outcomes: readonly O[],
  runOf: (run: number, move: number) => Outcome,
): O[] {
  const runs = new Map<string, number>();
  for (const [j, c] of claims.entries())
    if (c.stated.type === "streak" && c.stated.before === true) runs.set(`${c.start}:${c.end}`, j);
  return outcomes.map((outcome, i) => {
    const claim = claims[i] as ExtractedClaim;
    if (claim.stated.type !== "direction" || outcome.verdict !== "supported") return outcome;
    const j = runs.get(`${claim.start}:${claim.end}`);
    if (j === undefined) return outcome;
    const run = runOf(j, i);
    if (run.verdict === "supported") return outcome;
    return {
      ...outcome,
      ...unverifiable(
        `${outcome.explanation}; but the run it ends is not borne out: ${run.explanation}`,
        outcome.figures,
      ),
    };
  });
}

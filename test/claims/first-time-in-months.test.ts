// "fell in October for the first time in four months": the move's own verb, then a run of at least
// the months between the other way, ending the month before, as "the first decline in four months" is.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function runOf(text: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.kind === "rank");
  const s = c?.stated;
  return s?.type === "streak"
    ? { n: s.n, direction: s.direction, before: s.before, atLeast: s.atLeast, verdict: c?.verdict }
    : null;
}

describe("a move 'for the first time in' some months", () => {
  it("reads the run before it the other way", async () => {
    // rare earths fell in July, August and September 2025, then rose in October
    expect(
      await runOf(
        "China's rare earth shipments climbed in October for the first time in four months.",
        "2025-11-21",
      ),
    ).toEqual({ n: 3, direction: "down", before: true, atLeast: true, verdict: "supported" });
  });

  it("is wrong when the months before moved the same way", async () => {
    expect(
      await runOf(
        "China's rare earth shipments were down for the first time in four months in October.",
        "2025-11-21",
      ),
    ).toMatchObject({ direction: "up", verdict: "contradicted" });
  });

  it("is no run when no move comes right before it", async () => {
    expect(
      await runOf(
        "Magnet exports topped 6,100 tonnes for the first time in three months in November.",
        "2025-12-22",
      ),
    ).toBeNull();
  });
});

describe("a run of months the move ended, told as 'a three-month run of gains'", () => {
  it("is read as the run before the claim's month", async () => {
    // magnets rose in June, July and August 2025, then fell in September
    expect(
      await runOf(
        "China's magnet exports slid 6.1% in September, halting a three-month run of increases.",
        "2025-10-22",
      ),
    ).toEqual({ n: 3, direction: "up", before: true, atLeast: undefined, verdict: "supported" });
  });

  it("is wrong when the run was shorter", async () => {
    expect(
      await runOf(
        "China's magnet exports slid 6.1% in September, halting a six-month streak of gains.",
        "2025-10-22",
      ),
    ).toMatchObject({ n: 6, verdict: "contradicted" });
  });
});

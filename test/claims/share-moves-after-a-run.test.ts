// "went from 14.8% in September to 10.4% in October and back to 13.7% in December: a drop of 4.4
// percentage points": a move of a share told after a run of three months may be between either pair
// of neighbouring months, so it is borne out by September-October and never refuted by
// September-December alone.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const moves = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-22" })).claims
    .filter((c) => c.kind === "change")
    .map((c) => [c.period, c.verdict]);

const run =
  "South Korea's portion of magnet exports went from 14.8% in September to 10.4% in October and back to 13.7% in December";

describe("a move of a share after a run of months", () => {
  it("is read between the neighbouring months that bear it out", async () => {
    expect(await moves(`${run}: a drop of 4.4 percentage points.`)).toEqual([["2025-10", "supported"]]);
  });

  it("is still refuted when no pair of neighbouring months bears it out", async () => {
    expect(await moves(`${run}: a drop of 7 percentage points.`)).toEqual([["2025-12", "contradicted"]]);
  });
});

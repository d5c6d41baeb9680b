// "In second place came the USA with 656 tonnes": a destination's place said first, the destination
// after its verb; "654 tons, third among destinations": a place among destinations after a figure.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const ranks = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-22" })).claims
    .filter((c) => c.kind === "rank")
    .map((c) => [c.text, c.partner, c.period, c.stated.type === "rank" ? c.stated.n : null, c.verdict]);

describe("a destination's place said before it or among destinations", () => {
  // a false place is left open where the rank's own words do not name the product
  it("reads the place said first", async () => {
    expect(
      await ranks("In October, Germany took 1,118 tonnes. In second place came the USA with 656 tonnes."),
    ).toEqual([["In second place", "USA", "2025-10", 2, "supported"]]);
    expect(await ranks("In first place was Korea with 569 tonnes of magnets in October.")).toEqual([
      ["In first place", "KOR", "2025-10", 1, "unverifiable"],
    ]);
  });

  it("reads a place among destinations after a figure", async () => {
    expect(
      await ranks("U.S.-bound magnet exports in December were 564 tons, third among destinations."),
    ).toEqual([["third", "USA", "2025-12", 3, "supported"]]);
  });
});

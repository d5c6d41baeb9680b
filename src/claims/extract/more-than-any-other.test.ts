// "..., more than any other single country" after a destination's figure places it first among the
// destinations; "more than any other country except Germany" does not.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const ranks = (t: string) =>
  extractClaims(t, { published: "2025-11-24" })
    .filter((c) => c.kind === "rank")
    .map((c) => [c.partner, c.period, c.stated.type === "rank" ? c.stated.n : null]);

describe("more than any other destination", () => {
  it.each([
    "In October Germany took 1,118 tonnes of magnets, more than any other country.",
    "In October Germany took 20.4% of the magnets, more than any other single buyer.",
  ])("%s", (t) => {
    expect(ranks(t)).toEqual([["DEU", "2025-10", 1]]);
  });

  it("reads no first place when an exception follows", () => {
    expect(ranks("In October the US took 656 tonnes, more than any other country except Germany.")).toEqual(
      [],
    );
  });
});

// "Since the start of the year, China has exported 39,817 t, 7.5% less than in the same period of
// 2024": a total said before the move dates the sentence as the year so far, and the move compares it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2025-10-22" })
    .filter((c) => c.kind !== "direction")
    .map((c) => [c.kind, c.period, c.stated.type === "change" ? c.stated.basis : null]);

describe("a total since the start of the year, then its change", () => {
  it("reads the total and its change as the year so far", () => {
    expect(
      read(
        "Since the start of the year, China has exported 39,817 tonnes of magnets, 7.5% less than in the same period of 2024.",
      ),
    ).toEqual([
      ["ytd", "2025-01..2025-09", null],
      ["change", "2025-01..2025-09", "yoy"],
    ]);
  });

  it("keeps a move said first as a change since the month", () => {
    const found = read("Since January, magnet exports have fallen 9% to 5,774 tonnes.");
    expect([found[0]?.[0], found[0]?.[2]]).toEqual(["change", "2025-01"]);
    expect(found.some((f) => f[0] === "ytd")).toBe(false);
  });
});

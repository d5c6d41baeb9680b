// "The second half of the year" in a text published early the next year is the half just over, and a
// bare "the first half" set against it in the same clause is of the same year.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.kind !== "direction")
    .map((c) => [c.stated.raw, c.period, c.stated.type === "change" ? c.stated.basis : null]);

describe("parts of the year", () => {
  it("reads a half of 'the year' that has not begun as last year's", () => {
    expect(
      read("In the second half of the year magnet exports came to 35,072 tonnes.", "2026-03-02"),
    ).toEqual([["35,072 tonnes", "2025-07..2025-12", null]]);
  });

  it("sets a bare part against the part named before it, in that part's year", () => {
    const found = read(
      "Magnet exports in the second half of the year reached 35,072 t, some 57% more than in the first half.",
      "2026-01-25",
    );
    expect(found).toContainEqual(["35,072 t", "2025-07..2025-12", null]);
    expect(found).toContainEqual(["some 57% more", "2025-07..2025-12", "2025-01..2025-06"]);
  });

  it("keeps a half of the year under way as the current one", () => {
    expect(
      read("In the second half of the year magnet exports could reach 36,000 tonnes.", "2025-08-20")[0]?.[1],
    ).toBe("2025-07..2025-12");
  });
});

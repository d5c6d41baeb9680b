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

// "The final month of last year" is December, not the year: a part at either end of a year names
// the months it holds, however the year is said.
describe("a part at either end of a year", () => {
  it.each([
    ["In the final month of last year, gallium exports came to 10,809 kg.", "2026-02-03", "2025-12"],
    ["Gallium exports in the closing month of the year were 10,809 kg.", "2026-01-28", "2025-12"],
    ["In the opening month of 2025 magnet shipments reached 6,357 t.", "2025-03-02", "2025-01"],
    ["Magnet shipments in the last quarter of 2025 added up to 17,575 t.", "2026-02-11", "2025-10..2025-12"],
    [
      "Over the final two months of last year, magnet shipments totalled 12,102 t.",
      "2026-01-30",
      "2025-11..2025-12",
    ],
    ["In the last six months of 2025 magnet shipments reached 35,072 t.", "2026-01-30", "2025-07..2025-12"],
  ])("%s", (text, published, period) => {
    expect(read(text, published).map((c) => c[1])).toEqual([period]);
  });

  it("leaves the last quarter of a year still under way unfinished", () => {
    const [claim] = extractClaims("Magnet shipments in the last quarter of this year may top 18,000 t.", {
      published: "2025-11-20",
    });
    expect(claim?.period).toBe("2025-10..2025-12");
  });
});

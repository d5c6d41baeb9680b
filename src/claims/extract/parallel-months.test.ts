// A list of months parallel to a list of figures: the n-th figure is the n-th month's, and the last
// two names of such a list ("March, April and May") are no span of their own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { parallelPeriods } from "./parallel-lists.js";

const read = (t: string, published = "2025-07-15") =>
  extractClaims(t, { published }).map(
    (c) => `${c.kind} ${c.text} ${c.partner} ${c.period} ${c.grounds.period}`,
  );

describe("each figure of a list takes its month from a parallel list of months", () => {
  it.each([
    [
      "Rare earth shipments in March, April and May reached 5,666 t, 4,785 t and 5,865 t.",
      [
        "level 5,666 t WLD 2025-03 clause",
        "level 4,785 t WLD 2025-04 clause",
        "level 5,865 t WLD 2025-05 clause",
      ],
    ],
    [
      "China's rare earth exports in February and March 2025 were 3,217 and 5,666 tonnes, respectively.",
      ["level 3,217 WLD 2025-02 clause", "level 5,666 tonnes WLD 2025-03 clause"],
    ],
    [
      "Outbound rare earths amounted to 4,392 t, 5,294 t and 3,217 t in December, January and February 2025.",
      [
        "level 4,392 t WLD 2024-12 clause",
        "level 5,294 t WLD 2025-01 clause",
        "level 3,217 t WLD 2025-02 clause",
      ],
    ],
    [
      // read before as a span of April and May, and every true figure contradicted against its total
      "Rare earth exports in March, April and May came to 5,666 t, 4,785 t and 5,865 t.",
      [
        "level 5,666 t WLD 2025-03 clause",
        "level 4,785 t WLD 2025-04 clause",
        "level 5,865 t WLD 2025-05 clause",
      ],
    ],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it("still reads months that go together as their span", () => {
    expect(read("Rare earth shipments in March, April and May combined reached 16,316 t.")).toEqual([
      "ytd 16,316 t WLD 2025-03..2025-05 clause",
    ]);
  });

  it("pairs no months that open a span ('between April and May')", () => {
    const s = "Between April and May, exports went from 4,785 t and 5,865 t.";
    const spans = ["4,785 t", "5,865 t"].map((w) => ({
      start: s.indexOf(w),
      end: s.indexOf(w) + w.length,
      kind: "level",
    }));
    expect(parallelPeriods(s, spans, (m, y) => `${y ?? 2025}-${String(m).padStart(2, "0")}`).size).toBe(0);
  });
});

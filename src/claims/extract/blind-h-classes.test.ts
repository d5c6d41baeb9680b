// Wordings an eighth blind batch showed misread: a figure set against another with a comparison
// verb in the present tense ("compares with 3,900 t in 2023"), whose period is the other figure's;
// the writer's own earlier statement set right in the next sentence ("Last month I wrote ... It
// was ..."); and a figure that a correction elsewhere in the text names as wrong.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string, published: string) =>
  extractClaims(t, { published }).map((c) => [t.slice(c.start, c.end), c.period, c.mode]);

describe("a figure set against another with a comparison verb", () => {
  it.each([
    [
      "Antimony shipments slid in 2024, though not by much: annual shipments of 31,200 t compare with 33,050 t in 2023.",
      "2025-02-20",
      ["31,200 t", "2024-01..2024-12"],
    ],
    [
      "Gallium sales to Japan held up in July; the 7.4 t sent compares with 9.1 t in May.",
      "2025-08-22",
      ["7.4 t", "2025-07"],
    ],
    [
      "Full-year terbium exports of 61 tonnes, comparing with 74 tonnes in 2023, were the lowest in years.",
      "2025-01-25",
      ["61 tonnes", "2024-01..2024-12"],
    ],
  ])("leaves the later period to the figure it is compared with: %s", (text, published, [figure, period]) => {
    const found = read(text, published).find(([f]) => f === figure);
    expect(found?.[1] ?? null).toBe(period);
  });
});

describe("the writer's own earlier statement, set right in the next sentence", () => {
  it.each([
    [
      "Last month I wrote that magnet shipments to Vietnam in August fell 12%. They rose 3%.",
      "2025-10-24",
      "fell 12%",
    ],
    [
      "In Tuesday's note we stated that rare-earth exports in March were 6,020 t. It was in fact 5,666 t.",
      "2025-04-25",
      "6,020 t",
    ],
  ])("reads the earlier figure as a correction: %s", (text, published, figure) => {
    expect(read(text, published).find(([f]) => f === figure)?.[2]).toBe("correction");
  });

  it("keeps a statement the writer stands by", () => {
    const text =
      "As we wrote on Friday, magnet exports to Korea in March were 702 t. They were the most since May.";
    expect(read(text, "2026-04-22").find(([f]) => f === "702 t")?.[2]).toBe("reported");
  });

  it("knows a correction the writer owns up to", () => {
    const text =
      "Something we got wrong in the last issue: we said March exports of rare earths were 6,020 t.";
    expect(read(text, "2025-04-25").find(([f]) => f === "6,020 t")?.[2]).toBe("correction");
  });
});

describe("a figure a correction elsewhere in the text names as wrong", () => {
  it("is the misstated figure wherever it stands", () => {
    const text = [
      "BULLETIN: China's October rare-earth exports 4,433.5 tonnes, up 10.8% on September",
      "BULLETIN CORRECTED: China's October rare-earth exports 4,343.5 tonnes (not 4,433.5 tonnes), up 8.6% on September",
    ].join("\n");
    const figures = read(text, "2025-11-09").filter(([f]) => f === "4,433.5 tonnes");
    expect(figures).toHaveLength(2);
    expect(figures.map(([, , mode]) => mode)).toEqual(["correction", "correction"]);
    expect(read(text, "2025-11-09").find(([f]) => f === "4,343.5 tonnes")?.[2]).toBe("reported");
  });

  it("leaves a short figure that recurs by chance", () => {
    const text =
      "Exports to Japan rose 35%, not 53% as one outlet said. Shipments to India rose 53% in the month.";
    const last = read(text, "2025-12-21").filter(([f]) => f?.includes("53%"));
    expect(last.at(-1)?.[2]).toBe("reported");
  });
});

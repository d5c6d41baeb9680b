// Wordings a blind batch (x: notices, notes and updates about magnets) showed read wrong: an
// analyst's or association's own earlier note set right in the next sentence.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a note's own earlier figure set right in the next sentence", () => {
  it.each([
    [
      "Update: This note previously gave China's June magnet exports to India as 271 tonnes. The correct figure is 172 tonnes.",
      "271 tonnes",
    ],
    [
      "Our notice earlier said magnet shipments to Japan were 350 t in November. The figure was 305 t.",
      "350 t",
    ],
  ])("reads the earlier figure as corrected: %s", (text, words) => {
    expect(find(text, "2025-12-22", words)?.mode).toBe("correction");
  });

  it("still reads the figure it sets right as reported", () => {
    const text =
      "Update: This note previously gave China's June magnet exports to India as 271 tonnes. The correct figure is 172 tonnes.";
    const c = find(text, "2025-07-22", "172 tonnes");
    expect(c?.mode).toBe("reported");
    expect(c?.stated).toMatchObject({ type: "level", value: 172 });
  });
});

describe("forecasts and open questions in a newsletter's or a terminal's own words", () => {
  const modes = (text: string, published: string) =>
    extractClaims(text, { published })
      .filter((c) => c.kind !== "direction")
      .map((c) => [text.slice(c.start, c.end), c.mode]);

  it.each([
    ["*TRADERS SEE JULY MAGNET EXPORTS NEAR 5,000 TONS", "2025-07-20", "5,000 TONS", "forecast"],
    ["Traders See July Magnet Exports Near 5,000 Tons", "2025-07-20", "5,000 Tons", "forecast"],
    ["*CHINA MAGNET EXPORTS IN MAY FALL TO 1,238 TONS", "2025-06-20", "1,238 TONS", "reported"],
    [
      "What we're watching: whether the general licences issued in December lift January magnet volumes above 6,000 t.",
      "2026-01-21",
      "above 6,000 t",
      "question",
    ],
    [
      "It is unclear whether magnet exports to the US can climb back above 600 t in January.",
      "2026-01-21",
      "above 600 t",
      "question",
    ],
  ])("%s", (text, published, words, mode) => {
    expect(modes(text, published)).toEqual([[words, mode]]);
  });
});

describe("a half said after a tonnage in words, a 'lift' and a year's 'pace'", () => {
  const stated = (text: string, published: string) =>
    extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.kind, c.period, c.stated]);

  it("reads 'four hundred and twenty and a half tonnes' as 420.5 t", () => {
    const text =
      "China's magnet exports to the US in September were four hundred and twenty and a half tonnes.";
    expect(stated(text, "2025-10-21")).toEqual([
      [
        "four hundred and twenty and a half tonnes",
        "level",
        "2025-09",
        expect.objectContaining({ type: "level", value: 420.5 }),
      ],
    ]);
  });

  it("reads 'a 10.2pc m/m lift' as a month-on-month change", () => {
    const text = "China exported 6,146t of permanent magnets in August, a 10.2pc m/m lift.";
    expect(stated(text, "2025-09-21")[1]).toEqual([
      "a 10.2pc m/m lift",
      "change",
      "2025-08",
      expect.objectContaining({ type: "change", pct: 10.2, basis: "mom" }),
    ]);
  });

  it("reads 'about 10pc behind the 2024 pace' as a fall on the year", () => {
    const text = "Year-to-date magnet exports of 34,041t remain about 10pc behind the 2024 pace.";
    expect(stated(text, "2025-09-21")[1]).toEqual([
      "about 10pc behind ",
      "change",
      "2025-01..2025-08",
      expect.objectContaining({ type: "change", pct: -10, basis: "yoy" }),
    ]);
  });
});

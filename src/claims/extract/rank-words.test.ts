import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const rank = (text: string) => {
  const c = extractClaims(text, { published: "2026-01-20" }).find((x) => x.kind === "rank");
  return c?.stated.type === "rank" ? c.stated : undefined;
};

describe("a rank its sentence dates to its own month", () => {
  it.each([
    "August's 6,146 t of magnet exports was the second-highest of the year so far.",
    "At that point, August's 6,146 t of magnet exports was the second-highest of 2025.",
    "August's 6,146 t of magnet exports was the year's second-highest to date.",
  ])("marks %j as ranked as it stood", (text) => {
    expect(rank(text)).toMatchObject({ n: 2, direction: "high", asItStood: true });
  });

  it("leaves a rank over the whole period unmarked", () => {
    const r = rank("August's 6,146 t of magnet exports was the second-highest of 2025.");
    expect(r).toMatchObject({ n: 2, direction: "high" });
    expect(r?.asItStood).toBeUndefined();
  });
});

describe("what a rank's own words say about its window", () => {
  it("marks a record counted over the data the writer had", () => {
    expect(
      rank("Magnet exports of 6,357 t in January 2025 were the highest in the available data."),
    ).toMatchObject({ n: 1, overTheData: true });
    expect(rank("Magnet exports of 6,357 t in January 2025 were a record.")?.overTheData).toBeUndefined();
  });

  it("marks a level said to be seen, not beaten, at the window's start", () => {
    expect(
      rank("Magnet exports climbed to 6,150 t in November 2025, a level not seen since August."),
    ).toMatchObject({ levelSeen: true });
    expect(
      rank("At 6,150 t in November 2025, magnet exports were the highest since August.")?.levelSeen,
    ).toBeUndefined();
  });

  it("marks 'since' whose start the reader could not date, not 'since records began'", () => {
    const records = rank("Magnet exports of 6,357 t in January 2025 were the highest since records began.");
    expect(records?.sinceStart).toBeUndefined();
    const undated = rank(
      "Magnet exports of 6,357 t in January 2025 were the highest since Beijing tightened its grip.",
    );
    expect(undated).toMatchObject({ scope: { type: "record" }, sinceStart: true });
  });
});

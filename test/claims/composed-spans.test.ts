// A comparison period no source states, made as an analyst makes it: the first half of 2024 is
// January-July 2024 less July 2024, January-July 2024 is January-June plus July. A change against
// it is supported when the data bears it out; one it does not bear out is left unverifiable, since
// revisions between the releases may have moved the made-up total, unless it states the wrong
// direction and no revision (a twentieth of each total) could have turned it.
import { describe, expect, it } from "vitest";
import { loadFigureBook, withRevisions } from "../../src/analytics/figure-book.js";
import { seriesKey } from "../../src/domain/series-key.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

const verify = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => ({
    verdict: c.verdict,
    explanation: c.explanation,
  }));

// magnets January-June: 22,319 t in 2025 against 27,534 t (32,812 t to July less July's 5,278 t)
// in 2024; rare earths January-July: 38,563.6 t against 34,032 t (29,095 t to June plus July's 4,937 t)
describe("a change against a span made from the totals held", () => {
  it.each([
    ["In the first half of 2025 China's magnet exports were 18.9% lower than a year before.", "2025-07-20"],
    ["Rare earth exports for January through July climbed 13.3% on the same months of 2024.", "2025-08-10"],
    ["Magnet exports in the first six months of 2025 shrank by about 19% year on year.", "2025-07-18"],
  ])("is supported when the data bears it out: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "supported")).toBe(true);
  });

  it.each([
    ["In the first half of 2025 China's magnet exports were 24.5% lower than a year before.", "2025-07-20"],
    ["Rare earth exports for January through July climbed 21% on the same months of 2024.", "2025-08-10"],
  ])("is never contradicted when it does not: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "unverifiable")).toBe(true);
  });
});

describe("a change whose direction the made-up span turns", () => {
  it.each([
    // -18.9%; even were each total a twentieth off, the first half fell by 12.9% to 24.2%
    ["In the first half of 2025 China's magnet exports were 11.9% higher than a year before.", "2025-07-20"],
    // -7.5% (39,817 t against 43,053 t, January-August 2024 plus September)
    ["Magnet exports in the first nine months of 2025 were 7.5% more than a year before.", "2025-10-20"],
  ])("is contradicted: %s", async (text, published) => {
    const got = await verify(text, published);
    expect(got).toMatchObject([{ verdict: "contradicted" }]);
    expect(got[0]?.explanation).toMatch(/move the other way were each of those totals off by a twentieth/);
  });

  // +8.2% on 9,944 t (January-May 2025 less March-May): a twentieth of each total could make it a fall
  it("is left open when revisions could turn it", async () => {
    const got = await verify(
      "China's magnet exports in January-February 2026 were 8.2% lower than a year earlier.",
      "2026-03-20",
    );
    expect(got).toMatchObject([{ verdict: "unverifiable" }]);
    expect(got[0]?.explanation).toMatch(/revisions may have moved/);
  });
});

describe("a made-up span in the figure book", () => {
  it("says how far revisions could have moved it, and the revised book widens it by that", async () => {
    const key = seriesKey({ series: "rare-earth-magnets" });
    const book = await loadFigureBook(store, [key]);
    const h1 = book.point(key, "2024-01..2024-06");
    expect(h1?.value).toBe(27534);
    // a twentieth of the 32,812 t and 5,278 t it is made from
    expect(h1?.revisionReach).toBeCloseTo(1904.5, 1);
    const wide = withRevisions(book).point(key, "2024-01..2024-06");
    expect(wide?.halfStep).toBeCloseTo((h1?.halfStep ?? 0) + 1904.5, 1);
    // a month held as released is not widened
    expect(withRevisions(book).point(key, "2025-11")).toEqual(book.point(key, "2025-11"));
  });
});

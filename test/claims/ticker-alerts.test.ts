// Capital-letter wire alerts: a month set right after a tonnage with no word between ("582 T NOV",
// "VS 5,473 T OCT") dates that tonnage, and "(PREV 5,493.9 T)" labels the figure before, read on
// the month before, as "(previous month: ...)" is.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string, published = "2026-01-21") =>
  (await verifyClaims(store, text, { published })).claims.map((c) => [
    c.text,
    c.kind,
    c.partner,
    c.period,
    c.verdict,
  ]);

describe("a month right after a tonnage in a wire alert", () => {
  it.each([
    ["14:10 CN DEC MAGNET EXPORTS TO US 564 T VS 582 T NOV", "582 T", "USA", "2025-11"],
    ["CN MAGNET SHIPMENTS TO US: 564 T DEC, 582 T NOV", "582 T", "USA", "2025-11"],
    ["CN NOV MAGNET EXPORTS 6,150 T VS 5,473 T OCT", "5,473 T", "WLD", "2025-10"],
    ["CN NOV MAGNET EXPORTS 6,150 T (5,473 T OCT)", "5,473 T", "WLD", "2025-10"],
    ["US-bound magnet shipments were 564 t in December, vs 582 t Nov.", "582 t", "USA", "2025-11"],
  ])("dates the tonnage by that month: %s", async (text, words, partner, period) => {
    const got = await read(text);
    expect(got.find(([w]) => w === words)).toEqual([words, "level", partner, period, "supported"]);
  });

  it("checks the tonnage against that month, so a figure of another month is contradicted", async () => {
    const got = await read("CN DEC MAGNET EXPORTS TO US 564 T VS 582 T OCT");
    expect(got.find(([w]) => w === "582 T")).toEqual(["582 T", "level", "USA", "2025-10", "contradicted"]);
  });

  it("leaves a month that opens the next words to them", async () => {
    const got = await read("Magnet exports to the US came to 564 t. December shipments to Japan were 280 t.");
    expect(got.find(([w]) => w === "564 t")?.[3]).toBeNull();
  });
});

describe("a figure labelled PREV in brackets", () => {
  it.each([
    ["CN DEC RARE EARTH EXPORTS 4,392 T (PREV 5,493.9 T)", "5,493.9 T", "WLD"],
    ["CN DEC MAGNET EXPORTS TO US 564 T (PREV: 582 T)", "582 T", "USA"],
    ["CN DEC RARE EARTH EXPORTS 4,392 T, PREV 5,493.9 T", "5,493.9 T", "WLD"],
    ["CN DEC RARE EARTH EXPORTS 4,392 T (PREV. 5,493.9 T)", "5,493.9 T", "WLD"],
    ["China's rare-earth exports were 4,392 t in December (prev. 5,493.9 t).", "5,493.9 t", "WLD"],
    ["China shipped 4,392 t of rare earths abroad in December (prior 5,493.9 t).", "5,493.9 t", "WLD"],
  ])("reads it on the month before: %s", async (text, words, partner) => {
    const got = await read(text);
    expect(got.find(([w]) => w === words)).toEqual([words, "level", partner, "2025-11", "supported"]);
  });
});

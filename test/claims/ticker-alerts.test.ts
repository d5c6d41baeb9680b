// Capital-letter wire alerts: "(PREV 5,493.9 T)" labels the figure before, read on the month
// before, as "(previous month: ...)" is.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

let store: Store;
useReferenceStore((s) => {
  store = s;
});

const read = async (text: string, published = "2026-01-21") =>
  (await verifyClaims(store, text, { published })).claims.map((c) => [
    c.text,
    c.kind,
    c.partner,
    c.period,
    c.verdict,
  ]);

describe("a figure labelled PREV in brackets", () => {
  it.each([
    ["CN DEC RARE EARTH EXPORTS 4,392 T (PREV 5,493.9 T)", "5,493.9 T", "WLD"],
    ["CN DEC MAGNET EXPORTS TO US 564 T (PREV: 582 T)", "582 T", "USA"],
    ["China shipped 4,392 t of rare earths abroad in December (prior 5,493.9 t).", "5,493.9 t", "WLD"],
  ])("reads it on the month before: %s", async (text, words, partner) => {
    const got = await read(text);
    expect(got.find(([w]) => w === words)).toEqual([words, "level", partner, "2025-11", "supported"]);
  });
});

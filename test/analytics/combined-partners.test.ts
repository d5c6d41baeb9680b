// The figure of several destinations together ("the US and Japan together"), asked of the figure
// book with the partners joined by "+": their figures of the same period added up, made from them.
import { describe, expect, it } from "vitest";
import { loadFigureBook } from "../../src/analytics/figure-book.js";
import { seriesKey } from "../../src/domain/series-key.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("a combined partner in the figure book", () => {
  it("adds up the partners' figures of the period", async () => {
    // October 2025 magnets: US 656 t, Japan 226 t
    const key = seriesKey({ series: "rare-earth-magnets", partner: "USA+JPN" });
    const book = await loadFigureBook(store, [key]);
    const f = book.point(key, "2025-10");
    expect(f?.value).toBe(882);
    expect(f?.parts?.map((p) => p.point.partner)).toEqual(["USA", "JPN"]);
    expect(f?.point.partner).toBe("USA+JPN");
    expect(f?.point.derived).toBe(true);
  });

  it("has no figure when one partner has none for the period", async () => {
    // Germany has no November 2025 figure in the data
    const key = seriesKey({ series: "rare-earth-magnets", partner: "USA+DEU" });
    const book = await loadFigureBook(store, [key]);
    expect(book.point(key, "2025-11")).toBeNull();
  });
});

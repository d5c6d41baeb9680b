// A move away from a peak or record dated by its month: the month is the level moved from, not the
// month of the move; and a base month said with one move is not the base of a later move of the
// same subject ("fell from June and then recovered in November").
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a move from a record or peak set in a month", () => {
  it.each([
    "Germanium shipments slipped from a record in March.",
    "Germanium shipments eased back from the peak set in March.",
    "Germanium shipments dropped from the all-time high reached in March.",
  ])("reads %s as a fall in April from March, the month after the peak", (text) => {
    const c = find(text, "2025-05-20", text.split(" ")[2] as string);
    expect(c?.kind).toBe("direction");
    expect(c?.series).toBe("germanium");
    expect(c?.period).toBe("2025-04");
    expect(c?.stated).toMatchObject({ type: "direction", direction: "down", basis: "mom" });
  });
});

describe("a later move of the same subject", () => {
  it("measures 'recovered in October' against September, not the month the earlier fall started from", () => {
    const text = "Graphite exports tumbled from a high in May and then recovered in October.";
    const c = find(text, "2025-11-20", "recovered");
    expect(c?.period).toBe("2025-10");
    expect(c?.stated).toMatchObject({ type: "direction", basis: "mom" });
  });
});

describe("a level on record in a month", () => {
  it("keeps 'climbed to their highest on record in April' dated by April", () => {
    const text = "Antimony exports climbed to their highest on record in April, the data showed.";
    expect(find(text, "2025-05-20", "climbed")?.period).toBe("2025-04");
    expect(find(text, "2025-05-20", "highest on record")?.period).toBe("2025-04");
  });
});

// How trade-press and foreign pages on gallium, germanium, antimony, graphite and rare earths state
// figures the reader dated, placed or classed wrongly: a month taken up by "when" without a comma.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a month taken up by 'when' without a comma", () => {
  it("dates the move after 'in October when' by October, not by the clause's own month", () => {
    const text =
      "Magnet shipments reached 6,150 tonnes last month, against 5,473 tonnes in October when they slid 5% from the month before.";
    const c = find(text, "2025-12-22", "slid 5%");
    expect(c?.period).toBe("2025-10");
    expect(c?.stated).toMatchObject({ type: "change", pct: -5 });
    expect(find(text, "2025-12-22", "6,150")?.period).toBe("2025-11");
  });

  it("leaves a move told before the month and its 'when' to the clause", () => {
    const c = find("Gallium exports rose 12% in November when buyers came back.", "2025-12-22", "12%");
    expect(c?.period).toBe("2025-11");
  });
});

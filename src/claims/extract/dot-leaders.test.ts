// Rows whose label is led to its figure by dots, as a filing's exhibit or a fact sheet sets them:
// each row reads as a table row, its figure dated by its label; an ellipsis in a sentence is left as it is.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

describe("dot leaders between a row's label and its figure", () => {
  it("reads each row as a table row", () => {
    const text =
      "Chinese exports of rare-earth magnets to Germany, tonnes\n\nJune 2025 ........ 764\nJuly 2025 ........ 1,116\nAugust 2025 ...... 1,346\n";
    const got = extractClaims(text, { published: "2025-10-01" }).map((c) => [
      c.partner,
      c.period,
      c.stated.type === "level" ? c.stated.value : null,
      text.slice(c.start, c.end),
    ]);
    expect(got).toEqual([
      ["DEU", "2025-06", 764, "764"],
      ["DEU", "2025-07", 1116, "1,116"],
      ["DEU", "2025-08", 1346, "1,346"],
    ]);
  });

  it("leaves an ellipsis in prose alone", () => {
    const text = "Magnet exports to Japan slipped... to 226 tonnes in October.";
    const c = extractClaims(text, { published: "2025-11-22" }).find((x) => x.stated.type === "level");
    expect(c?.period).toBe("2025-10");
    expect(text.slice(c?.start ?? 0, c?.end ?? 0)).toBe("226 tonnes");
  });
});

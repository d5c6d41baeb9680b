// A column headed only "value" under a caption that gives the table's unit in tonnes holds tonnages;
// a "value" column with no tonnes above it stays money.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const levels = (t: string) =>
  extractClaims(t, { published: "2025-11-25" })
    .filter((c) => c.kind === "level")
    .map((c) => [c.partner, c.period, c.stated.type === "level" ? c.stated.unit : null]);

describe("a value column", () => {
  it("reads the figures in the caption's tonnes", () => {
    const t =
      "China magnet exports, October 2025 (tonnes):\n\n| country | value |\n|---|---|\n| IND | 416 |\n| JPN | 226 |";
    expect(levels(t)).toEqual([
      ["IND", "2025-10", "t"],
      ["JPN", "2025-10", "t"],
    ]);
  });

  it("leaves a value column without tonnes above it as no tonnage", () => {
    const t =
      "China magnet exports, October 2025:\n\n| country | value |\n|---|---|\n| IND | 416 |\n| JPN | 226 |";
    expect(levels(t).filter((l) => l[2] === "t")).toEqual([]);
  });
});

// "fell back by about 3%", "climbed back 35%": the particle "back" between a verb and its size.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const changes = (t: string) =>
  extractClaims(t, { published: "2026-01-22" })
    .filter((c) => c.kind === "change")
    .map((c) => (c.stated.type === "change" ? [c.partner, c.period, c.stated.pct, c.stated.basis] : null));

describe("a move said with 'back'", () => {
  it.each([
    [
      "In December, magnet exports to Japan fell back by about 8% from November.",
      ["JPN", "2025-12", -8, "mom"],
    ],
    ["Magnet exports to Korea climbed back 43% in December from October.", ["KOR", "2025-12", 43, "2025-10"]],
  ])("%s", (t, want) => {
    expect(changes(t)).toEqual([want]);
  });
});

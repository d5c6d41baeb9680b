// "a third of what had left Chinese ports in June": what left the ports in a month is that month's
// exports, so the fraction compares with that month's level.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const changes = (t: string) =>
  extractClaims(t, { published: "2025-09-22" })
    .filter((c) => c.kind === "change")
    .map((c) => (c.stated.type === "change" ? [c.period, c.stated.pct, c.stated.basis] : null));

describe("a fraction of what left the ports", () => {
  it.each([
    "In May, magnet exports were about half of what had left Chinese ports in March.",
    "In May, magnet exports to India were about half of what left the country in March.",
  ])("%s", (t) => {
    expect(changes(t)).toEqual([["2025-05", -50, "2025-03"]]);
  });
});

import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const rank = (text: string) => {
  const c = extractClaims(text, { published: "2026-01-20" }).find((x) => x.kind === "rank");
  return c?.stated.type === "rank" ? c.stated : undefined;
};

describe("a rank its sentence dates to its own month", () => {
  it.each([
    "August's 6,146 t of magnet exports was the second-highest of the year so far.",
    "At that point, August's 6,146 t of magnet exports was the second-highest of 2025.",
    "August's 6,146 t of magnet exports was the year's second-highest to date.",
  ])("marks %j as ranked as it stood", (text) => {
    expect(rank(text)).toMatchObject({ n: 2, direction: "high", asItStood: true });
  });

  it("leaves a rank over the whole period unmarked", () => {
    const r = rank("August's 6,146 t of magnet exports was the second-highest of 2025.");
    expect(r).toMatchObject({ n: 2, direction: "high" });
    expect(r?.asItStood).toBeUndefined();
  });
});

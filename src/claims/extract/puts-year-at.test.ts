// "That puts 2024 at roughly 58,150 t": the year a sum puts at a figure is that figure's period.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const levels = (t: string) =>
  extractClaims(t, { published: "2026-01-25" })
    .filter((c) => c.kind === "level" || c.kind === "ytd")
    .map((c) => [c.stated.raw, c.period]);

describe("a year a sum puts at a figure", () => {
  it.each([
    ["In December magnet exports were 5,952 t. That puts 2025 at 57,392 t.", "57,392 t"],
    ["In December magnet exports were 5,952 t, bringing 2025 to 57,392 t.", "57,392 t"],
  ])("%s", (t, raw) => {
    expect(levels(t)).toContainEqual([raw, "2025-01..2025-12"]);
  });

  it("leaves a year that is no object of the sum alone", () => {
    expect(levels("In December magnet exports were 5,952 t, the best December since 2022.")).toEqual([
      ["5,952 t", "2025-12"],
    ]);
  });
});

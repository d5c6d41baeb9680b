// "2025 brought 57,392 t", "2024 in numbers: ...": a year that is its clause's subject or topic dates the
// clause's figures as that whole year.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2026-02-20" }).map((c) => [c.kind, c.stated.raw, c.period]);

describe("a year as the clause's subject or topic", () => {
  it.each([
    ["Magnets had an uneven year. Overall 2025 brought 57,392 t of exports.", "57,392 t"],
    ["Looking back, 2025 was a year of 57,392 t in magnet shipments.", "57,392 t"],
    ["Episode notes\n03:10 2024 in one number: 58,152 t of magnets shipped", "58,152 t"],
    ["Data desk. 2024 in figures: magnet exports of 58,152 t", "58,152 t"],
  ])("%s", (t, raw) => {
    expect(read(t).find((r) => r[1] === raw)?.[2]).toMatch(/^(2024|2025)-01\.\.\1-12$/);
  });

  it("reads the topic year's change on the year before", () => {
    expect(read("2025 in numbers: magnet exports of 57,392 t, down 1.3% on 2024")).toEqual([
      ["level", "57,392 t", "2025-01..2025-12"],
      ["change", "down 1.3%", "2025-01..2025-12"],
    ]);
  });

  it("leaves the year of a month, or a year that is a base, to the month or the clause", () => {
    expect(read("Exports in May 2025 were 1,238 t of magnets.")).toEqual([["level", "1,238 t", "2025-05"]]);
    expect(read("Magnet exports were lower than 2024 was, at 5,952 t in December.")[0]?.[2]).toBe("2025-12");
  });
});

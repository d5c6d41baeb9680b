import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const marks = (text: string) =>
  extractClaims(text, { published: "2026-05-20" })
    .filter((c) => c.kind === "level")
    .map((c) => [c.period, c.fiscalYear ?? false]);

describe("a full-year claim whose sentence names a fiscal year", () => {
  it("is marked, since the year may run April to March", () => {
    expect(marks("In fiscal 2025, China shipped 58,000 tonnes of rare-earth magnets abroad.")).toEqual([
      ["2025-01..2025-12", true],
    ]);
  });

  it("is not marked when the sentence says the year is the calendar one", () => {
    expect(marks("For FY2025, the January-December year, magnet exports reached 58,000 tonnes.")).toEqual([
      ["2025-01..2025-12", false],
    ]);
  });

  it("is not marked for a month, nor when no fiscal year is named", () => {
    expect(marks("Magnet exports were 2,900 tonnes in March 2025, the last month of FY2024.")).toEqual([
      ["2025-03", false],
    ]);
    expect(marks("Magnet exports in 2025 were 58,000 tonnes.")).toEqual([["2025-01..2025-12", false]]);
  });
});

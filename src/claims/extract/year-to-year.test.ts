// A move told over two whole years ("from 2023 to 2025", "between 2024 and 2025") runs from the first
// year, its base, to the second, its own period; a total over the years is not given either year.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2026-03-02" }).map((c) => [
    c.kind,
    c.period,
    c.stated.type === "change" ? c.stated.basis : null,
  ]);

describe("a move from one year to another", () => {
  it("reads the first year as the base and the second as the claim's year", () => {
    expect(read("Germanium exports slid by about a third from 2023 to 2025.")).toEqual([
      ["change", "2025-01..2025-12", "2023-01..2023-12"],
    ]);
  });

  it("reads 'between' the two years the same way", () => {
    expect(read("Rare-earth shipments grew 19.6% between 2023 and 2025.")).toEqual([
      ["change", "2025-01..2025-12", "2023-01..2023-12"],
    ]);
  });

  it("gives a total over the two years neither year", () => {
    const found = read("China sold 120,500 tonnes of rare earths abroad between 2024 and 2025.");
    expect(found.map((f) => f[1])).not.toContain("2025-01..2025-12");
    expect(found.map((f) => f[1])).not.toContain("2024-01..2024-12");
  });
});

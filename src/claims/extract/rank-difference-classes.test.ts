// Scoped ranks and differences in wordings the generated statements of
// test/claims/rank-difference-statements.ts found the reader missing or misreading: an amount said
// as "an extra" or "an additional" tonnage is a rise by that much, never the month's level.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import type { StatedChange } from "../types.js";

const claims = (t: string, published: string) => extractClaims(t, { published });
const change = (t: string, published: string) => {
  const c = claims(t, published).find((x) => x.kind === "change");
  return c ? { period: c.period, partner: c.partner, stated: c.stated as StatedChange } : null;
};

describe("an extra tonnage", () => {
  it.each([
    ["India bought an extra 64 tonnes of Chinese gallium in July compared with April.", 64, "2025-04"],
    ["Exporters shipped an additional 1,020 t of graphite in March than a year earlier.", 1020, "yoy"],
    ["Korea received an extra 45 tonnes of antimony in May versus the previous month.", 45, "mom"],
  ])("is a rise by it, not a level: %s", (text, pct, basis) => {
    const c = change(text, "2025-08-20");
    expect(c?.stated.unit).toBe("t");
    expect(c?.stated.pct).toBe(pct);
    expect(c?.stated.basis).toBe(basis);
    expect(claims(text, "2025-08-20").some((x) => x.kind === "level")).toBe(false);
  });
});

describe("a rank whose flow and destination follow it", () => {
  const rank = (t: string, published: string) => claims(t, published).find((x) => x.kind === "rank");
  it.each([
    ["March was the third-busiest month of 2025 for Chinese gallium exports to Japan, at 14 t.", "JPN"],
    ["June was the weakest month of the year for shipments of graphite bound for India.", "IND"],
    ["October ranked as the second-strongest month of 2025 for antimony sales to South Korea.", "KOR"],
  ])("is that destination's: %s", (text, partner) => {
    expect(rank(text, "2025-12-20")?.partner).toBe(partner);
  });

  it("leaves a rank with no destination after it the total's", () => {
    expect(
      rank("March was the third-busiest month of 2025 for Chinese gallium exports.", "2025-12-20")?.partner,
    ).toBe("WLD");
  });
});

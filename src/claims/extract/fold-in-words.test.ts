// "Threefold" in words is the multiple "tripled" names, within the same rounding (x2.7 to x3.3), not
// anything from x2 to x4; a large factor in words ("sevenfold") stays loose.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const band = (t: string) => {
  const c = extractClaims(t, { published: "2025-09-22" }).find((x) => x.kind === "change");
  return c?.stated.type === "change" ? [c.stated.readings?.[0]?.low, c.stated.readings?.[0]?.high] : null;
};

describe("a multiple in words", () => {
  it("reads 'threefold' as tightly as 'tripled'", () => {
    expect(band("In August, magnet exports to India grew threefold from May.")).toEqual([170, 230]);
  });

  it("reads 'fourfold' within a tenth of its factor", () => {
    expect(band("In August, magnet exports to India grew fourfold from May.")).toEqual([260, 340]);
  });

  it("keeps 'sevenfold' loose", () => {
    expect(band("In August, magnet exports to India grew sevenfold from May.")).toEqual([500, 700]);
  });
});

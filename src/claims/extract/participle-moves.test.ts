// A move told by a participle after a comma ("..., slumping 80.6% from September") is a change, as
// "falling 80.6%" already was; "slumping", "dipping", "leaping" and their kind were not known as moves.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const changes = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.kind === "change")
    .map((c) => [c.series, c.period, c.stated.type === "change" ? c.stated.pct : null]);

describe("participles of rising and falling", () => {
  it("reads a fall told by 'slumping' after a clause that names no trade", () => {
    const t = "Dysprosium went the other way, slumping 80.6% from September to 3,501 kg.";
    expect(changes(t, "2025-11-22")).toEqual([["dysprosium", "2025-10", -80.6]]);
  });

  it("reads 'dipping' as a fall on the month", () => {
    const t = "Rare earth exports were 4,392 tonnes in December, dipping 20.1% on the month.";
    expect(changes(t, "2026-01-22")).toEqual([["rare-earths", "2025-12", -20.1]]);
  });

  it("reads 'leaping' as a rise", () => {
    const t = "Magnet exports to Japan were 305 tonnes in November, leaping 35% from October.";
    expect(changes(t, "2026-01-22")).toEqual([["rare-earth-magnets", "2025-11", 35]]);
  });
});

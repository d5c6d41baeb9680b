// A level given as a bound ("well over 4,000 t") is not borne out by some total over many months
// that happens to exceed it, and a change's base ("down 74% on the year") does not make the
// sentence speak of a year's total.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("a bound on a month's level a year back", () => {
  it("stays unverifiable where the month is not held, whatever the year's totals", async () => {
    const r = await verifyClaims(
      store,
      "Magnet shipments were 1,238 tonnes in May. A year earlier the monthly figure had been well above 4,000 tonnes, for a fall of roughly 74% on the year.",
      { published: "2026-01-22" },
    );
    const bound = r.claims.find((c) => c.text.includes("4,000"));
    expect(bound?.period).toBe("2024-05");
    expect(bound?.verdict).toBe("unverifiable");
  });

  it("still lets an exact level be the half-year's total the sentence speaks of", async () => {
    const r = await verifyClaims(
      store,
      "Shipments of magnets to the United States rose to 353 tons in June from 46 tons in May. Over the half, US-bound magnets totalled 2,510 tons.",
      { published: "2025-07-25" },
    );
    expect(r.claims.find((c) => c.text.includes("2,510"))?.verdict).toBe("supported");
  });
});

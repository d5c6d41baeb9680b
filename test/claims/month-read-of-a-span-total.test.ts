// A figure first read as a running total over a span that the text carried, and borne out only as
// one month's figure, is reported as that month's level, not as a year-to-date total of one month.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("a span's total borne out as a month's figure", () => {
  it("is reported as the month's level", async () => {
    const text =
      "Working paper: the first half of the magnet squeeze\n\n1. Magnet exports sank to 1,238 tonnes in May 2025.\n2. America was worst hit: just 46 tonnes.";
    const r = await verifyClaims(store, text, { published: "2025-07-30" });
    const c = r.claims.find((x) => x.text.includes("46 tonnes"));
    expect(c?.verdict).toBe("supported");
    expect(c?.partner).toBe("USA");
    expect(c?.period).toBe("2025-05");
    expect(c?.kind).toBe("level");
  });
});

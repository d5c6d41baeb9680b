// "US-bound cargoes were 46 t in May, representing a 93% year-over-year decrease": a percentage a
// verb of sharing introduces ("representing", "accounting for") but a noun of movement follows,
// with its base written in any of the usual ways (year-over-year, y/y, YoY, month-over-month), is
// a change, not the destination's share of the total.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

async function claimWith(text: string, words: string, published: string) {
  const c = (await verifyClaims(store, text, { published })).claims.find((x) => x.text.includes(words));
  return { verdict: c?.verdict, kind: c?.kind };
}

describe("a share verb before a percentage of movement", () => {
  it.each([
    [
      "Magnet cargoes bound for the US were just 46 t in May, representing a 93% year-over-year decrease.",
      "93%",
    ],
    ["US-bound magnet cargoes came to 46 t in May, which represents a 93% y/y slide.", "93%"],
    ["US-bound magnet cargoes came to 46 t in May, accounting for a 93% YoY dip.", "93%"],
  ])("is a change: %s", async (text, quote) => {
    expect(await claimWith(text, quote, "2025-06-25")).toEqual({ verdict: "supported", kind: "change" });
  });

  it("still reads a share the words give of the total", async () => {
    const text = "US-bound magnet cargoes came to 353 t in June, representing 11% of the total.";
    expect(await claimWith(text, "11%", "2025-07-25")).toEqual({ verdict: "supported", kind: "share" });
  });
});

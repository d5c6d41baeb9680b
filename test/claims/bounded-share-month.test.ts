// "took less than 10 percent of December's magnets": "less than" bounds the percentage; the month
// after "of" is the whole the share is of, so the share is December's, not a month carried from
// before, and not a comparison with December.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const shareOf = async (text: string) => {
  const c = (await verifyClaims(store, text, { published: "2026-02-20" })).claims.find(
    (x) => x.kind === "share",
  );
  return [c?.partner, c?.period, c?.verdict];
};

describe("a share bounded by 'less than' or 'more than', of a month's whole", () => {
  it.each([
    [
      "Shipments hit bottom in May at 1,238 t. Germany got more than 15 percent of December's magnets.",
      "DEU",
      "supported",
    ],
    [
      "Shipments hit bottom in May at 1,238 t. The US got less than 5 percent of December's magnets.",
      "USA",
      "contradicted",
    ],
  ])("is the share of that month: %s", async (text, partner, verdict) => {
    expect(await shareOf(text)).toEqual([partner, "2025-12", verdict]);
  });
});

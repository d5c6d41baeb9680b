// A figure a body of another country publishes ("according to the Korea International Trade
// Association", "KITA data showed", "the Japan External Trade Organization said", "US Census data",
// "India's DGCIS data") is that country's
// own count of its imports, never China's customs figure: it is not checked against China's data.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

describe("another country's trade body as the source", () => {
  it.each([
    "Korea brought in 902 t of magnets from China in September, according to the Korea International Trade Association.",
    "South Korean buyers took 902 tonnes of Chinese magnets in September, KITA figures show.",
    "Japan received 298 t of magnets from China in October, the Japan External Trade Organization said.",
    "US Census data show America took in 710 t of Chinese magnets in October.",
    "India's DGCIS data showed 430 t of Chinese magnets arriving in October.",
  ])("is not China's figure: %s", async (text) => {
    const got = (await verifyClaims(store, text, { published: "2025-12-22" })).claims;
    expect(got.map((c) => [c.mode, c.verdict])).toEqual([["other-reporter", "unverifiable"]]);
  });

  it("still checks China's own figure told beside it", async () => {
    const got = await verdictsOf(
      store,
      "Chinese customs recorded 854 t of magnet exports to South Korea in September; the Korea International Trade Association counted more.",
      "2025-12-22",
    );
    expect(got).toContainEqual(["854 t", "supported"]);
  });
});

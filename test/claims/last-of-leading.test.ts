// "Japan received 226 t, the smallest amount among the six largest destinations": the last of the
// leading destinations a text counts ranks that many places down among the destinations of its
// month. Checked on the reference data (October 2025: Germany 1,118 t, the US 656 t, Korea 569 t,
// Vietnam 444 t, India 416 t, Japan 226 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rank = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-11-24" })).claims.find((c) => c.kind === "rank");

describe("the last of the leading destinations", () => {
  it.each([
    [
      "In October Japan took 226 t of Chinese magnets, the smallest amount among the six largest destinations.",
      "JPN",
      6,
    ],
    ["India's intake of Chinese magnets in October was 416 t, the least of the top five buyers.", "IND", 5],
  ])("ranks that many places down: %s", async (text, partner, n) => {
    const c = await rank(text);
    expect(c?.partner).toBe(partner);
    expect(c?.stated).toMatchObject({ n });
    expect(c?.verdict).toBe("supported");
  });

  it("is left open when destinations the data holds put it higher than said", async () => {
    // Japan's 226 t is below India's 416 t, but countries the data lacks may stand between
    const c = await rank(
      "In October India took 416 t of Chinese magnets, the smallest amount among the six largest destinations.",
    );
    expect(c?.verdict).toBe("unverifiable");
  });
});

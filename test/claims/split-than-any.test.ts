// "received more magnets in August than in any month since ...": a comparative split from its "than
// any month" by what was shipped and its month ranks the month over the window, as "more than in
// any month since" does. Checked on the reference data (Germany: May 2025 209 t, June 764 t, July
// 1,116 t, August 1,346 t; the US: January 2025 877 t, October 656 t; the total: June 3,188 t,
// October 5,473 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rank = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.find((c) => c.kind === "rank");

describe("a comparative split from 'than any month'", () => {
  it.each([
    [
      "Germany received more Chinese rare-earth magnets in August than in any month since the export controls began: 1,346 t.",
      "2025-09-22",
      "DEU",
    ],
    ["China shipped fewer rare-earth magnets in October than in any month since June.", "2025-11-20", "WLD"],
  ])("ranks the month: %s", async (text, published, partner) => {
    const c = await rank(text, published);
    expect(c?.partner).toBe(partner);
    expect(c?.verdict).toBe("supported");
  });

  it("is wrong when a month of the window beat it", async () => {
    const c = await rank(
      "The US received more Chinese rare-earth magnets in October than in any other month this year.",
      "2025-11-20",
    );
    expect(c?.verdict).toBe("contradicted");
  });
});

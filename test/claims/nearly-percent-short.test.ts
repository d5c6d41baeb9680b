// "Germany's share was nearly 22%" of 20.4%, "Japan's share was nearly 5.5%" of 5.0%: "nearly"
// says the percentage came close, so data short of it by more than a twentieth is not borne out,
// though the hedge's band reaches a tenth (as for tonnages already); it is neither right nor wrong.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verdicts = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims.map((c) => [c.kind, c.verdict]);

describe("'nearly' before a share or a change in percent", () => {
  it.each([
    "Germany's share of magnet exports in October was nearly 22%.",
    "Japan's share of magnet exports was nearly 5.5% in November.",
  ])("is not borne out far short of the figure: %s", async (text) => {
    expect(await verdicts(text)).toEqual([["share", "unverifiable"]]);
    const r = await verifyClaims(store, text, { published: "2025-12-20" });
    expect(r.claims[0]?.explanation).toMatch(/falls short by more than a twentieth/);
  });

  it.each([
    "Germany's share of magnet exports in October was nearly 21%.",
    "Japan's share of magnet exports was nearly 5% in November.",
    "Magnet exports rose nearly 12.5% in November from October.",
  ])("is borne out close to the figure: %s", async (text) => {
    expect((await verdicts(text)).map((v) => v[1])).toEqual(["supported"]);
  });

  it("leaves a change far short of 'nearly' its figure open", async () => {
    // +12.4%: within a tenth of 13.5%, but more than a twentieth short of it
    expect(await verdicts("Magnet exports rose nearly 13.5% in November from October.")).toEqual([
      ["change", "unverifiable"],
    ]);
  });
});

// A decimal comma before a percent ("20,1 %", "9,5 per cent") in a text whose tonnages are English
// ("4,392 t"). Read as the text stood, the figure lost its digits before the comma: "20,1 % less"
// became "1 % less" and was called wrong, a share of "9,5%" became 5%. English writes no figure that
// way, so it is read as the decimal it is, wherever the sentence is English.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function claim(text: string, published: string, words: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.text.includes(words));
  return c && { text: c.text, kind: c.kind, verdict: c.verdict, period: c.period, partner: c.partner };
}

describe("a decimal comma before a percent, among English figures", () => {
  it.each([
    ["Rare-earth exports were 4,392 t in December, 20,1 % less than in November.", "20,1 %"],
    ["In December rare-earth exports came to 4,392 t, a fall of 20,1 per cent.", "20,1 per cent"],
    ["Magnet shipments to the US fell to 564 tonnes in December, a drop of 3,1%.", "3,1%"],
    ["Magnet exports fell by 3,2 percent to 5,952 tonnes in December.", "3,2 percent"],
  ])("reads the whole figure and finds it right: %s", async (text, words) => {
    const c = await claim(text, "2026-01-20", words);
    expect(c).toMatchObject({ kind: "change", verdict: "supported", period: "2025-12" });
    expect(c?.text).toContain(words);
  });

  it("reads a share and its earlier value whole", async () => {
    const text =
      "The US share of magnet exports fell to 9,5% in November, from 12,0% in October, with 6,150 t shipped in all.";
    expect(await claim(text, "2025-12-20", "9,5%")).toMatchObject({ verdict: "supported", partner: "USA" });
    expect(await claim(text, "2025-12-20", "12,0%")).toMatchObject({
      verdict: "supported",
      period: "2025-10",
    });
  });

  it("still finds a wrong decimal wrong, on its whole figure", async () => {
    const c = await claim(
      "Rare-earth exports were 4,392 t in December, 2,1 % less than in November.",
      "2026-01-20",
      "%",
    );
    expect(c).toMatchObject({ text: "2,1 % less", verdict: "contradicted" });
  });
});

// A change said twice, in tonnes and in percent ("up 65 tonnes or 14.6% from October's 444 tonnes"),
// is one change: the base the words name after the second figure is the first's too. Checked on
// the reference data (Vietnam: 444 t in October 2025, 509 t in December 2025, no November figure).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claim = async (text: string, published: string, words: string) =>
  (await verifyClaims(store, text, { published })).claims.find((c) => c.text.includes(words));

describe("a change restated in another unit", () => {
  it.each([
    ["Vietnam took 509 t of Chinese magnets in December, up 65 t or 14.6% from October's 444 t.", "65 t"],
    ["Vietnam took 509 t of Chinese magnets in December, up 14.6%, or 65 t, on October's 444 t.", "65 t"],
  ])("takes the base named after the other figure: %s", async (text, words) => {
    const c = await claim(text, "2026-01-22", words);
    expect(c?.stated).toMatchObject({ basis: "2025-10" });
    expect(c?.verdict).toBe("supported");
  });

  it("is still wrong when its tonnes are", async () => {
    const c = await claim(
      "Vietnam took 509 t of Chinese magnets in December, up 75 t or 14.6% from October's 444 t.",
      "2026-01-22",
      "75 t",
    );
    expect(c?.verdict).toBe("contradicted");
  });
});

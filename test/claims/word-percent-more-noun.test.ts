// "eleven percent more germanium than in October": a percentage in words before "more" may name what
// there is more of before "than", as one in digits may; a second comparison may share that "than".
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changeAt = async (text: string, words: string) =>
  (await verifyClaims(store, text, { published: "2023-12-20" })).claims.find(
    (c) => c.kind === "change" && text.slice(c.start, c.end).includes(words),
  );

describe("a percentage in words more of a noun than", () => {
  it("is a change against the month after 'than'", async () => {
    const c = await changeAt(
      "Customs figures show 721 kilograms of germanium left China in November, eleven percent more germanium than in October.",
      "eleven percent",
    );
    expect(c).toMatchObject({ series: "germanium", period: "2023-11", verdict: "supported" });
    expect(c?.stated).toMatchObject({ type: "change", pct: 11, basis: "mom" });
  });

  it("shares the 'than' of a second comparison joined by 'and'", async () => {
    const c = await changeAt(
      "Customs figures show 1,530 kilograms of gallium and 721 kilograms of germanium left China in November: eleven percent more germanium and as much as 512 percent more gallium than in October.",
      "eleven percent",
    );
    expect(c).toMatchObject({ series: "germanium", period: "2023-11", verdict: "supported" });
    expect(c?.stated).toMatchObject({ pct: 11 });
  });

  it("is not supported when the words say another size", async () => {
    const c = await changeAt(
      "Customs figures show 721 kilograms of germanium left China in November, forty percent more germanium than in October.",
      "forty percent",
    );
    expect(c?.stated).toMatchObject({ pct: 40 });
    expect(c?.verdict).not.toBe("supported");
  });
});

// Changes in tenths as Japanese writes them (find-multiples.ts): "5割余り増えた" (up by more than half)
// and the verbs of exceeding and falling short, "1割強上回った" (exceeded by a little over a tenth),
// "2割下回った".
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changes = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.filter((c) => c.kind === "change");

describe("Japanese tenths", () => {
  it("reads 余り after the tenths as more than", async () => {
    const [c] = await changes(
      "10月のアメリカ向けのレアアース磁石は656トンで、前の月から5割余り増えました。",
      "2025-11-21",
    );
    expect(c).toMatchObject({
      partner: "USA",
      period: "2025-10",
      stated: { pct: 50, hedge: "more_than", basis: "mom" },
      verdict: "supported",
    });
  });

  it("reads 上回った and 下回った as a rise and a fall", async () => {
    const [up] = await changes("10月のレアアース磁石の輸出量は前年同月を1割強上回った。", "2025-11-21");
    expect(up?.stated).toMatchObject({ pct: 10, hedge: "just_over" });
    const [down] = await changes("10月のレアアース磁石の輸出量は前年同月を2割下回った。", "2025-11-21");
    expect(down?.stated).toMatchObject({ pct: -20 });
  });
});

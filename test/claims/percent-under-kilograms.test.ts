// "still about 30 percent under the 4,702 kilograms of March last year": a percentage "under" a
// figure in kilograms compares with it, as it does with one in tonnes.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changeAt = async (text: string, words: string) =>
  (await verifyClaims(store, text, { published: "2024-04-22" })).claims.find(
    (c) => c.kind === "change" && text.slice(c.start, c.end).includes(words),
  );

describe("a percentage under a figure in kilograms", () => {
  it("is a fall from that figure's month", async () => {
    const c = await changeAt(
      "China shipped 3,206 kilograms of germanium in March, still about 30 percent under the 4,702 kilograms of March last year.",
      "30 percent",
    );
    expect(c).toMatchObject({ series: "germanium", period: "2024-03", verdict: "supported" });
    expect(c?.stated).toMatchObject({ type: "change", pct: -30 });
  });

  it("is not supported when the fall is far from the data's", async () => {
    const c = await changeAt(
      "China shipped 3,206 kilograms of germanium in March, some 60 percent under the 4,702 kilograms of March last year.",
      "60 percent",
    );
    expect(c?.stated).toMatchObject({ type: "change", pct: -60 });
    expect(c?.verdict).not.toBe("supported");
  });

  it("still reads nothing of a percentage under a licence", async () => {
    const c = await changeAt("About 40% under licence went to Germany in March.", "40%");
    expect(c).toBeUndefined();
  });
});

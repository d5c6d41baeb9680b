// A number written as a difference ("topping October's volume by 677 tons", "370 tonnes fewer than")
// that the reader takes for a level may support nothing and contradict nothing: the checker doubts it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

const levels = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims
    .filter((c) => c.kind === "level")
    .map((c) => [c.text, c.verdict]);

describe("a level in words of a difference", () => {
  it("is never contradicted when 'by' introduces it", async () => {
    for (const text of [
      "Magnet exports reached 6,150 tonnes in November 2025, beating the October volume by 677 tonnes and the year's low.",
      "Magnet shipments to the US in November 2025 trailed Germany's by roughly 600 tonnes.",
      "Magnet exports reached 6,150 t in November 2025, exceeding the volume of October by about 677 t.",
    ]) {
      expect(
        (await levels(text)).filter(([, v]) => v === "contradicted"),
        text,
      ).toEqual([]);
    }
  });

  it("is never contradicted when 'more' or 'fewer' follows it", async () => {
    const text = "In November 2025 China shipped 1,200 tonnes more rare-earth magnets than in March.";
    expect((await levels(text)).filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("leaves a plain wrong level contradicted", async () => {
    expect(await levels("Rare-earth magnet exports were 677 tons in November 2025.")).toEqual([
      ["677 tons", "contradicted"],
    ]);
  });
});

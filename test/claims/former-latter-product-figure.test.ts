// "The latter" after two products names whose figure follows: a tonnage that fits only the other
// product is not borne out by it (the writer may have slipped, so it is not called wrong either).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

const level = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-25" })).claims.find((c) => c.kind === "level");

describe("a product's figure after 'the former' or 'the latter'", () => {
  it.each([
    "Rare earths and magnets both gained in November; the latter reached 5,493.9 t.",
    "Magnets and rare earths both gained in November, the former climbing to 5,493.9 t.",
  ])("is left open when it fits only the other product: %s", async (text) => {
    const c = await level(text);
    expect(c?.series).toBe("rare-earth-magnets");
    expect(c?.verdict).toBe("unverifiable");
  });

  it.each([
    ["Rare earths and magnets both gained in November; the latter reached 6,150 t.", "rare-earth-magnets"],
    ["Magnets and rare earths both gained in November; the latter reached 5,493.9 t.", "rare-earths"],
  ])("is borne out on the product it names: %s", async (text, series) => {
    const c = await level(text);
    expect(c?.series).toBe(series);
    expect(c?.verdict).toBe("supported");
  });
});

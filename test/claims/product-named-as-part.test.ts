// A product named as a part of the figure's subject ("rare-earth products, including magnets") may be
// what a careless writer gave the figure of, so a figure that fits only the part is not called wrong;
// but it is not borne out either: the words give it to the whole.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function levelOf(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-08-22" });
  const c = r.claims.find((x) => x.kind === "level");
  return { verdict: c?.verdict, series: c?.series };
}

describe("a product named as part of the subject", () => {
  it("bears out the whole's own figure", async () => {
    // rare-earth products 6,422 t in July; magnets 5,577 t
    const got = await levelOf("Shipments of rare-earth products, such as magnets, came to 6,422 t in July.");
    expect(got).toEqual({ verdict: "supported", series: "rare-earth-products" });
  });

  it.each([
    "Shipments of rare-earth products, such as magnets, came to 5,577 t in July.",
    "Rare-earth product shipments, which include magnets, came to 5,577 t in July.",
  ])("leaves open a figure that is only the part's: %s", async (text) => {
    expect(await levelOf(text)).toEqual({ verdict: "unverifiable", series: "rare-earth-products" });
  });
});

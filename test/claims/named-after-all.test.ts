// Parts of a reading that a figure's own sentence names, though not right next to the figure: the
// reader must take them as named, so a wrong figure is contradicted like any other, while a part
// only carried over from earlier text still never contradicts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

/** The claim whose words are `quote`. */
async function claimOf(text: string, quote: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.text.includes(quote) || quote.includes(x.text));
  return { verdict: c?.verdict, explanation: c?.explanation ?? "", partner: c?.partner, period: c?.period };
}

describe("a possessive of the clause's own subject", () => {
  it("leaves China the subject of 'its best month' after a figure China is said to have sold", async () => {
    const text = "Beijing sold 6,400 tonnes of magnets abroad in November, its strongest month of 2025.";
    const level = await claimOf(text, "6,400 tonnes", "2025-12-22");
    expect(level.partner).toBe("WLD");
    expect(level.verdict).toBe("contradicted");
    expect((await claimOf(text, "strongest month of 2025", "2025-12-22")).verdict).toBe("contradicted");
  });

  it("still supports the right figure", async () => {
    const got = await claimOf(
      "China sold 6,150 tonnes of magnets in November, their highest since January.",
      "6,150 tonnes",
      "2025-12-22",
    );
    expect(got.verdict).toBe("supported");
  });

  it("still reads 'its' with no subject of the clause before it as pointing back", async () => {
    const got = await claimOf(
      "Japan took 305 tonnes of magnets in November. Shipments reached 4,000 tonnes, its best month.",
      "4,000 tonnes",
      "2025-12-22",
    );
    expect(got.verdict).not.toBe("contradicted");
  });
});

// A long text read in one call: its verdicts are those its claims get read at once, and a request
// that is abandoned while it is checked stops with the signal's reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractClaims, verifyClaims } from "../../src/claims/index.js";
import { openLodestone } from "../../src/ingest/reference-data.js";
import type { Store } from "../../src/store/open-store.js";

let store: Store;
beforeAll(async () => {
  store = await openLodestone({ path: ":memory:" });
});
afterAll(() => store.close());

const ARTICLE = [
  "China sent 6,150 tonnes of rare-earth magnets abroad in November, the customs office said.",
  "Shipments to the United States dropped 11% from October to 582 tonnes.",
  "Japan took 305 tonnes, 35% more than a month earlier.",
  "Germany remained the largest buyer.",
].join("\n\n");
// long enough to be read over many steps
const LONG = Array.from({ length: 60 }, () => ARTICLE).join("\n\n");

describe("verifying a long text", () => {
  it("gives the verdicts that the claims read at once get", async () => {
    const r = await verifyClaims(store, LONG, { published: "2025-12-20" });
    expect(r.claims).toHaveLength(extractClaims(LONG, { published: "2025-12-20" }).length);
    const short = await verifyClaims(store, ARTICLE, { published: "2025-12-20" });
    const verdicts = short.claims.map((c) => c.verdict);
    expect(verdicts).toContain("supported");
    expect(r.claims.slice(0, short.claims.length).map((c) => c.verdict)).toEqual(verdicts);
  });

  it("stops when its signal aborts, with the signal's reason", async () => {
    const controller = new AbortController();
    const reason = new Error("the client went away");
    const verdicts = verifyClaims(store, LONG, { published: "2025-12-20", signal: controller.signal });
    controller.abort(reason);
    await expect(verdicts).rejects.toBe(reason);
  });
});

// A comparison period no source states, made as an analyst makes it: the first half of 2024 is
// January-July 2024 less July 2024, January-July 2024 is January-June plus July. A change against
// it is supported when the data bears it out; one it does not bear out is left unverifiable, since
// revisions between the releases may have moved the made-up total.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { verdictsOf } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

// magnets January-June: 22,319 t in 2025 against 27,534 t (32,812 t to July less July's 5,278 t)
// in 2024; rare earths January-July: 38,563.6 t against 34,032 t (29,095 t to June plus July's 4,937 t)
describe("a change against a span made from the totals held", () => {
  it.each([
    ["In the first half of 2025 China's magnet exports were 18.9% lower than a year before.", "2025-07-20"],
    ["Rare earth exports for January through July climbed 13.3% on the same months of 2024.", "2025-08-10"],
    ["Magnet exports in the first six months of 2025 shrank by about 19% year on year.", "2025-07-18"],
  ])("is supported when the data bears it out: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "supported")).toBe(true);
  });

  it.each([
    ["In the first half of 2025 China's magnet exports were 24.5% lower than a year before.", "2025-07-20"],
    ["Rare earth exports for January through July climbed 21% on the same months of 2024.", "2025-08-10"],
  ])("is never contradicted when it does not: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "unverifiable")).toBe(true);
  });
});

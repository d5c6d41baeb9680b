// A rank counted since a policy whose month is told after it ("since Beijing imposed curbs in April",
// "since the licensing rules took effect in April"): the window is the months after the policy's
// month, and that month is not the period of the figure ranked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

async function rankOf(text: string) {
  const r = await verifyClaims(store, text, { published: "2026-01-22" });
  const c = r.claims.find((x) => x.kind === "rank");
  return { verdict: c?.verdict, partner: c?.partner, period: c?.period, explanation: c?.explanation ?? "" };
}

describe("a rank since a policy told with its month after it", () => {
  it.each([
    "Japan bought 305 tonnes of the magnets in November, its biggest month since Beijing imposed curbs in April.",
    "Japan bought 305 tonnes of the magnets in November, its biggest month since the licensing rules took effect in April.",
  ])("%s", async (text) => {
    const got = await rankOf(text);
    expect([got.verdict, got.partner, got.period]).toEqual(["supported", "JPN", "2025-11"]);
    expect(got.explanation).toMatch(/November 2025/);
  });
});

// A headline's figure whose month comes on the line under it ("China's magnet exports hit 6,150 t"
// over "November shipments second-highest on record") had no period and was left unread. It takes
// the one month the line under it names, carried over: shown right when it fits, never wrong.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function headline(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-12-20" });
  const c = r.claims.find((x) => x.start < text.indexOf("\n"));
  return c && { period: c.period, period_grounds: c.grounds.period, verdict: c.verdict };
}

describe("a headline's figure dated by the line under it", () => {
  it.each([
    "China's magnet exports hit 6,150 t\nNovember shipments second-highest on record",
    "China magnet exports at 6,150 t\n\nShipments in November were the second-highest on record, customs data showed.",
  ])("takes that month: %s", async (text) => {
    expect(await headline(text)).toEqual({
      period: "2025-11",
      period_grounds: "carried",
      verdict: "supported",
    });
  });

  it("never contradicts on it", async () => {
    expect(
      await headline("China's magnet exports hit 5,473 t\nNovember shipments second-highest on record"),
    ).toMatchObject({ period: "2025-11", verdict: "unverifiable" });
  });

  it("takes no month when the line under it names two", async () => {
    expect(
      await headline(
        "Magnet exports hit 6,150 t\nNovember shipments beat October's 5,473 t and September's 5,774 t",
      ),
    ).toMatchObject({ period: null });
  });
});

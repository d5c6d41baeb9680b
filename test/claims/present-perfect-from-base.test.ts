// A move told in the present perfect from a base month ("have risen 158% from May's low"), with no
// month of its own, runs up to the latest month the story could report, not to the month after the
// base: in a December story it is May to November. Read as May to June, a wrong figure for the
// whole climb had been supported by June's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// Magnets: May 2025 1,238 t, June 3,188 t (+157.5%), November 6,150 t (+396.8% on May)
describe("a present-perfect move from a base month", () => {
  it.each([
    ["Magnet exports have risen 397% from May's trough.", "risen 397%"],
    ["Chinese magnet shipments have almost quintupled from the May low of 1,238 t.", "almost quintupled"],
  ])("is checked up to the latest month: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, "2025-12-20");
    expect([c?.period, c?.verdict]).toEqual(["2025-11", "supported"]);
  });

  it.each([
    ["Magnet exports have risen 158% from May's trough.", "risen 158%"],
    ["Chinese magnet shipments have almost tripled from the May low of 1,238 t.", "almost tripled"],
  ])("is not supported by the month after the base: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, "2025-12-20");
    expect(c?.period).toBe("2025-11");
    expect(c?.verdict).not.toBe("supported");
  });

  it("keeps the month after the base when that is the latest month", async () => {
    const c = await claimAt(
      store,
      "Magnet exports have more than doubled from May.",
      "more than doubled",
      "2025-07-20",
    );
    expect([c?.period, c?.verdict]).toEqual(["2025-06", "supported"]);
  });

  it("keeps the month after the base for a move in the simple past", async () => {
    // "rose from May" may be told of June; only the present perfect says it runs to now
    const c = await claimAt(store, "Magnet exports rose 158% from May's trough.", "rose 158%", "2025-12-20");
    expect(c?.period).toBe("2025-06");
  });
});

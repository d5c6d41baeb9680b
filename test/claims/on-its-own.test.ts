// "September on its own was 5,774 tonnes": "on its own" means "by itself", said of a month or a
// destination; it does not make the figure a company's own. "Its own" said of a firm still does.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a month or a destination taken on its own", () => {
  it("checks the month's figure as China's exports", async () => {
    const text =
      "Customs data show China shipped 17,497 tonnes of rare-earth magnets over July-September. September on its own was 5,774 tonnes, down 6% from August.";
    expect(await readingAt(store, text, "5,774 tonnes", "2025-11-05")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-09",
    });
    expect((await readingAt(store, text, "down 6%", "2025-11-05")).verdict).toBe("supported");
  });

  it("still reads a firm's own tonnage as the firm's", async () => {
    const text = "JL Mag said its own magnet shipments came to 5,774 tonnes in September.";
    const c = await claimAt(store, text, "5,774 tonnes", "2025-11-05");
    expect(c?.mode).toBe("company");
    expect(c?.verdict).toBe("unverifiable");
  });
});

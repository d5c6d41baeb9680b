// A level set at the front of a sentence whose subject a month owns ("At 6,150 t, November's total
// trailed only January's") is that month's, even when the sentence before spoke of another month.
// Found by saying a corpus text's "November's total of 6,150 t" another way.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a level fronted before a month's subject", () => {
  it("is that month's, after a sentence on another month", async () => {
    const got = await claimAt(
      store,
      "Magnet exports in October were 5,473 t. At 6,150 tonnes, November's total trailed only January's 6,357 t.",
      "6,150 tonnes",
      "2025-12-20",
    );
    expect(got?.period).toBe("2025-11");
    expect(got?.verdict).toBe("supported");
  });

  it("is named, so a wrong one is contradicted", async () => {
    const got = await claimAt(
      store,
      "Magnet exports in October were 5,473 t. At 6,105 tonnes, November's total trailed only January's 6,357 t.",
      "6,105 tonnes",
      "2025-12-20",
    );
    expect(got?.period).toBe("2025-11");
    expect(got?.grounds.period).toBe("clause");
  });

  it("leaves a fronted level without a month's subject alone", async () => {
    const got = await claimAt(
      store,
      "Magnet exports came to 5,473 t in October. At 5,473 t, the figure was 5.2% below September.",
      "5.2% below",
      "2025-11-21",
    );
    expect(got?.verdict).toBe("supported");
  });
});

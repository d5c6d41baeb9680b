// A base month written after "compared with" or "compared to", found by saying a corpus text's
// "from May" another way: the month was taken for the modal verb and the change read on the year.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a month after 'compared with'", () => {
  it("is read as May, the change's base, not as the modal verb", async () => {
    const got = await claimAt(
      store,
      "Rare earth exports reached 7,742.2 tonnes in June, up 32 per cent compared with May and 60.3 per cent on the year.",
      "up 32 per cent",
      "2025-07-21",
    );
    expect(got?.verdict).toBe("supported");
    expect(got?.explanation).toMatch(/May 2025/);
  });

  it("gives the same after 'compared to' behind a change on the year", async () => {
    const got = await claimAt(
      store,
      "June rare earth exports were up 60.3 per cent on the year and up 32 per cent compared to May, at 7,742.2 tonnes.",
      "up 32 per cent",
      "2025-07-21",
    );
    expect(got?.verdict).toBe("supported");
    expect(got?.explanation).toMatch(/May 2025/);
  });
});

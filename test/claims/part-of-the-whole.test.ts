// "Germany took 1,288 of the 5,774 tonnes of magnets exported in September": the second figure is
// the whole the first is taken of, so it is the total, not Germany's, even when the part's unit is
// left to the whole's. A whole said to go to a destination ("of the 2,140 t shipped to the EU") is
// that destination's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a part of the whole", () => {
  it.each([
    ["Korea received 854 of the 5,774 tonnes of magnets exported in September.", "5,774 tonnes"],
    ["Germany's buyers took 1,288 of the 5,774 t of rare-earth magnets shipped in September.", "5,774 t"],
  ])("reads the whole as the total: %s", async (text, whole) => {
    const got = await readingAt(store, text, whole, "2025-10-22");
    expect(got).toMatchObject({ partner: "WLD", verdict: "supported" });
  });

  it("still finds a wrong whole", async () => {
    const got = await readingAt(
      store,
      "Korea received 854 of the 5,477 tonnes of magnets exported in September.",
      "5,477 tonnes",
      "2025-10-22",
    );
    expect(got).toMatchObject({ partner: "WLD", verdict: "contradicted" });
  });

  it("gives a whole shipped to a destination to that destination", async () => {
    const got = await readingAt(
      store,
      "In July, Germany took 1,116 of the 2,140 tonnes of magnets shipped to the EU.",
      "2,140 tonnes",
      "2025-08-22",
    );
    expect(got).toMatchObject({ partner: "EU27", verdict: "supported" });
  });
});

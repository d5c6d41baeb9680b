// "No destination took less than 200 t", "none of the other buyers took more than 600 t": a bound
// said of every destination (but those set apart), not of the one the sentence names. Read as the
// named destination's level, "Other than the US, no destination took less than 200 tonnes" had the
// US's 582 t contradict a true statement.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// November 2025: 582 t of magnets to the United States; October 2025: 1,118 t to Germany
describe("a figure said of no destination or every one", () => {
  it.each([
    "Other than the US, no destination took less than 200 tonnes of magnets in November 2025.",
    "No destination other than Germany took more than 1,000 tonnes of magnets in October 2025.",
    "Besides the United States, none of the other buyers took more than 600 tonnes of magnets in November 2025.",
  ])("is never the named destination's: %s", async (text) => {
    const got = await verdictsOf(store, text, "2025-12-21");
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v !== "contradicted")).toBe(true);
  });

  it("leaves a destination's own figure in the same sentence to it", async () => {
    const text =
      "Germany took 1,118 tonnes of magnets in October 2025; no other destination took more than 1,000 tonnes.";
    const got = await verdictsOf(store, text, "2025-12-21");
    expect(got).toContainEqual(["1,118 tonnes", "supported"]);
  });
});

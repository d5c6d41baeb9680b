// A tonnage set as a part of a total ("29,379 t, including 23,483 t of oxide") whose own product the
// reader did not read is not checked as the total: it is never contradicted as the whole.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a part of a total whose product is not read", () => {
  it("does not contradict 'including 23,483 t of oxide' as the antimony total", async () => {
    expect(
      await verdictsOf(
        store,
        "Total antimony exports in January-August were 29,379 t, including 23,483 t of oxide.",
        "2024-09-20",
      ),
    ).toEqual([
      ["29,379 t", "supported"],
      ["23,483 t", "unverifiable"],
    ]);
  });
});

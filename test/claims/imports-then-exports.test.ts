// A clause that names China's imports and then its exports ("China imported 12,622.7 t and exported
// 4,784.8 t") gives each figure the flow of the verb nearest before it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("imports and exports in one clause", () => {
  it("checks the figure after 'exported' against exports, not the imports named first", async () => {
    expect(
      await verdictsOf(
        store,
        "China imported 12,622.7 t and exported 4,784.8 t of rare earths in April.",
        "2025-05-20",
      ),
    ).toEqual([
      ["12,622.7 t", "supported"],
      ["4,784.8 t", "supported"],
    ]);
  });
});

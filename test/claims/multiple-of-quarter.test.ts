// "17,497 t in the third quarter, roughly two and a half times the second quarter": a multiple of a
// quarter named right after "times" is a change on that quarter, as "as much as in the second
// quarter" is.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const text = (factor: string) =>
  `China shipped 17,497 t of rare-earth magnets abroad in the third quarter, ${factor} times the second quarter.`;

describe("a multiple of a quarter", () => {
  it("is read as the change on that quarter and supported", async () => {
    const c = await claimAt(
      store,
      text("roughly two and a half"),
      "roughly two and a half times",
      "2025-11-05",
    );
    expect([c?.kind, c?.period, c?.verdict]).toEqual(["change", "2025-07..2025-09", "supported"]);
    expect(c?.stated).toMatchObject({ type: "change", basis: "2025-04..2025-06" });
  });

  it("is contradicted when the quarter's own words name it and the factor is far off", async () => {
    const c = await claimAt(store, text("five"), "five times", "2025-11-05");
    expect([c?.period, c?.verdict]).toEqual(["2025-07..2025-09", "contradicted"]);
  });
});

// "Monthly shipments to the US went from over 400 t in 2024 to 46 t by May 2025": the month after
// "by" may mean the year so far up to it, but only for a figure it dates. The first tonnage, dated
// by its own "in 2024", was supported as January-May 2025's total, a reading the words never gave.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("a 'by' month in a sentence that dates another level itself", () => {
  it("gives that level no year-to-date reading", async () => {
    const r = await verifyClaims(
      store,
      "Chinese magnet shipments to the US dropped from more than 400 tonnes in 2024 to only 46 tonnes by May 2025.",
      { published: "2025-10-21" },
    );
    const first = r.claims.find((c) => c.text.startsWith("more than 400"));
    expect(first?.verdict).not.toBe("supported");
    expect(r.claims.find((c) => c.text === "46 tonnes")?.verdict).toBe("supported");
  });

  it("keeps the year so far for a level the month dates", async () => {
    const r = await verifyClaims(store, "By October, magnet exports had reached 45,290 tonnes.", {
      published: "2025-11-20",
    });
    expect(r.claims.find((c) => c.text === "45,290 tonnes")?.verdict).toBe("supported");
  });
});

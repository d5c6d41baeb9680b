// ", then" with a verb after it opens a clause of its own, with its own month: "halved in April to
// 2,626 t, then more than halved again in May, to 1,238 t, the lowest monthly total in the data".
// The second move and the rank after its level are May's, not April's. A list of figures joined by
// ", then to" stays one clause. Checked on the reference data (magnets: March 2025 5,324 t, April
// 2,626 t, May 1,238 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { segment } from "../../src/claims/extract/segment.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claims = async (text: string) => (await verifyClaims(store, text, { published: "2026-01-21" })).claims;

describe("a clause opened by ', then' and a verb", () => {
  it("is a clause of its own", () => {
    const clauses = segment("Magnet exports halved in April, then fell again in May to 1,238 t.");
    expect(clauses.map((c) => c.text.trim())).toEqual([
      "Magnet exports halved in April",
      "then fell again in May to 1,238 t.",
    ]);
  });

  it("leaves a list of figures one clause", () => {
    expect(segment("Magnet exports fell from 5,324 t in March, then to 2,626 t in April.")).toHaveLength(1);
  });

  it("dates its move and the rank after its level by its own month", async () => {
    const found = await claims(
      "Magnet exports halved in April to 2,626 t, then more than halved again in May, to 1,238 t, the lowest monthly total in the data.",
    );
    const again = found.find((c) => c.text.includes("more than halved"));
    const rank = found.find((c) => c.kind === "rank");
    expect(again?.period).toBe("2025-05");
    expect(again?.verdict).toBe("supported");
    expect(rank?.period).toBe("2025-05");
    expect(rank?.verdict).toBe("supported");
  });
});

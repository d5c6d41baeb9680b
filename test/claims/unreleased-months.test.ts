// A month named without its year, over but not yet reported when the text came out ("November" on 5
// December): last year's month, whose figures were out, is weighed too where the data holds it.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const first = async (text: string, published: string) => {
  const c = (await verifyClaims(store, text, { published })).claims.find((x) => x.kind === "level");
  return [c?.period, c?.verdict, c?.explanation] as const;
};

describe("a month whose figures were not out at publication", () => {
  it("is read as last year's month where that bears the figure out", async () => {
    // November 2024: 4,416 t; November 2025 (5,493.9 t) came out after 5 December
    const [period, verdict, why] = await first("Rare earth exports in November were 4,416 t.", "2025-12-05");
    expect(period).toBe("2024-11");
    expect(verdict).toBe("supported");
    expect(why).toMatch(/may be last year's, whose figure was out/);
  });

  it("is this year's month once its figures were out", async () => {
    const [period, verdict] = await first("Rare earth exports in November were 4,416 t.", "2025-12-20");
    expect(period).toBe("2025-11");
    expect(verdict).toBe("contradicted");
  });

  it("stays contradicted where last year's month is held and wrong too", async () => {
    const [period, verdict] = await first(
      "China's rare earth exports in November rose to 5,800 t.",
      "2025-12-03",
    );
    expect(period).toBe("2025-11");
    expect(verdict).toBe("contradicted");
  });
});

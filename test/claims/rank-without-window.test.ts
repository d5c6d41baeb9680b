// A month's rank whose words name no stretch of months ("was the low", "peaked in"): read over the
// months of its year, never over a few months picked around it.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rankOf = async (text: string, published: string) => {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.kind === "rank");
  return [c?.period, c?.verdict, c?.explanation] as const;
};

describe("a rank with no window named", () => {
  it("is not borne out by the few months after it when the year has a lower one", async () => {
    // June's 3,188 t is below July and August, but May's 1,238 t was lower
    const [period, verdict, why] = await rankOf(
      "China exported 6,150 t of magnets in November. June's 3,188 t was the low.",
      "2025-12-20",
    );
    expect(period).toBe("2025-06");
    expect(verdict).toBe("unverifiable");
    expect(why).toMatch(/name no stretch of months; over the months of 2025 .* May 2025 beside it was lower/);
  });

  it("is supported when the month is the extreme of its year", async () => {
    const [period, verdict, why] = await rankOf(
      "Magnet exports bottomed out in May, at 1,238 t.",
      "2025-12-20",
    );
    expect(period).toBe("2025-05");
    expect(verdict).toBe("supported");
    expect(why).toMatch(/read over 2025: 1,238 t ranks 1 of the \d+ months held/);
  });

  it("is supported as a turn the months beside it bear out, though the year has a higher one", async () => {
    // Germany: July 1,116 t, August 1,346 t, September 1,288 t; November is missing
    const [period, verdict] = await rankOf(
      "Magnet shipments to Germany peaked in August at 1,346 t.",
      "2025-12-20",
    );
    expect(period).toBe("2025-08");
    expect(verdict).toBe("supported");
  });

  it("keeps a stretch the words name, however short", async () => {
    const [, verdict] = await rankOf(
      "Rare earth exports in November were the most in three months.",
      "2025-12-20",
    );
    expect(verdict).toBe("supported");
  });
});

// A rank within a year ("the highest monthly total of 2025") is counted over the months up to the
// one it ranks. Written after the year went on, the text may mean the whole year: when a later month
// of that year, out before publication, beats the figure, the rank is unverifiable rather than
// supported, unless the sentence dates the rank to its month ("at that point", "so far").
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rankOf = async (text: string, published: string) => {
  const claims = (await verifyClaims(store, text, { published })).claims.filter((c) => c.kind === "rank");
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

// rare earths 2025: March 5,666.3 t above January and February; May to August higher still (June 7,742.2 t)
const MARCH =
  "China's rare earth exports rose to 5,666.3 tonnes in March 2025, the highest monthly total of 2025.";

describe("a rank within a year, read after later months came out", () => {
  it("is borne out while the later months were not yet out", async () => {
    expect((await rankOf(MARCH, "2025-04-25")).verdict).toBe("supported");
  });

  it("is not supported once a later, higher month of the year was out", async () => {
    const c = await rankOf(MARCH, "2026-02-10");
    expect(c.verdict).toBe("unverifiable");
    expect(c.explanation).toMatch(/June 2025/);
  });

  it("is borne out when the sentence ranks the month as it stood then", async () => {
    const text =
      "China's rare earth exports rose to 5,666.3 tonnes in March 2025, the highest monthly total of 2025 at that point.";
    expect((await rankOf(text, "2026-02-10")).verdict).toBe("supported");
  });
});

describe("a rank within a year, read early in the month after a later month", () => {
  // magnets 2025: July 5,577 t second to January; August 6,146 t came out in the second week of September
  const JULY =
    "China exported 5,577 tonnes of rare earth magnets in July 2025, the second-highest month of 2025.";

  it("is borne out when the text came before the later month's figures", async () => {
    expect((await rankOf(JULY, "2025-09-03")).verdict).toBe("supported");
  });

  it("is not supported once that later month's figures were out", async () => {
    expect((await rankOf(JULY, "2025-09-25")).verdict).toBe("unverifiable");
  });
});

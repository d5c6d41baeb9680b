// A highest or lowest said with the months it excepts ranks after them: "the lowest since the
// controls apart from April and May" is a third place, and the excepted months never open the window
// (they were read as "since ... from April"); "the highest of the year apart from January" needs
// January above it.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function rankOf(text: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.kind === "rank");
  const s = c?.stated;
  return {
    n: s?.type === "rank" ? s.n : undefined,
    scope: s?.type === "rank" ? s.scope.type : undefined,
    verdict: c?.verdict,
  };
}

describe("a rank with months excepted after its window", () => {
  it("counts a place for each month excepted, and keeps the window the words name", async () => {
    // since the April controls: May 1,238 t, June 3,188 t; the text excepts April and May
    const got = await rankOf(
      "At 3,188 t, China's magnet exports in June were the weakest since the licensing rules, other than April and May.",
      "2025-07-23",
    );
    expect(got.n).toBe(3);
    expect(got.scope).toBe("controls");
    expect(got.verdict).not.toBe("contradicted");
  });

  it("counts the excepted month after a window opened by a month", async () => {
    // rare earths since February 2025: September 4,000.3 t, then October 4,343.5 t
    expect(
      await rankOf(
        "Rare earth exports of 4,343.5 t in October were the lowest since February, excluding September.",
        "2025-11-21",
      ),
    ).toEqual({ n: 2, scope: "since", verdict: "supported" });
  });
});

describe("a highest of the year with a month excepted", () => {
  it("is borne out when that month is above it", async () => {
    expect(
      await rankOf(
        "November's 6,150 t of magnet exports was the biggest monthly total of 2025 except for January.",
        "2025-12-23",
      ),
    ).toEqual({ n: 2, scope: "year", verdict: "supported" });
  });

  it("is not borne out when the month excepted is not above it", async () => {
    const got = await rankOf(
      "November's 6,150 t of magnet exports was the biggest monthly total of 2025 except for March.",
      "2025-12-23",
    );
    expect(got.verdict).toBe("contradicted");
  });
});

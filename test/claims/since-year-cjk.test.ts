// "2014년 이후 최대" (the most since 2014), "2014年以来新高": the year a rank counts from is not the
// year of the months the sentence names. Taken as the sentence's year, "6월" (June) became June 2014,
// so a May or June 2025 tonnage had no data to be checked against.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

describe("a year a CJK rank counts from", () => {
  it.each([
    ["5월 희토류 수출은 5,864.6톤으로 2014년 이후 가장 많았다.", "5,864.6톤"],
    ["5月稀土出口量为5864.6吨，创2014年以来新高。", "5864.6吨"],
  ])("does not date the months named: %s", async (text, claim) => {
    const r = await verifyClaims(store, text, { published: "2025-07-14" });
    const c = r.claims.find((x) => x.text === claim);
    expect(c?.period).toBe("2025-05");
    expect(c?.verdict).toBe("supported");
  });
});

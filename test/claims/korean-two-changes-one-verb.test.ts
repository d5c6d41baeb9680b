// "전달보다 75.5%, 1년 전보다 4.8% 늘어난 619t" (619 t, up 75.5% on the month before and 4.8% on a
// year before): two changes, each after its own base, share the verb after the second, which gives
// the first its sign.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changes = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-08-20" })).claims.filter((c) => c.kind === "change");

const LEAD = "중국의 7월 희토류 자석 수출량이 5,577t을 기록했다. ";

describe("two Korean changes before one verb", () => {
  it("reads the first with the verb's sign and its own base", async () => {
    const [first, second] = await changes(
      `${LEAD}미국으로 간 물량도 전달보다 75.5%, 1년 전보다 4.8% 늘어난 619t이었다.`,
    );
    expect(first).toMatchObject({ partner: "USA", period: "2025-07", verdict: "supported" });
    expect(first?.stated).toMatchObject({ type: "change", pct: 75.5, basis: "mom" });
    expect(second?.stated).toMatchObject({ type: "change", pct: 4.8, basis: "yoy" });
  });

  it("reads '한 달 전보다' as the month before", async () => {
    const [first] = await changes(
      `${LEAD}미국으로 간 물량은 619t으로 한 달 전보다 75.5%, 1년 전보다 4.8% 늘었습니다.`,
    );
    expect(first).toMatchObject({ partner: "USA", verdict: "supported" });
    expect(first?.stated).toMatchObject({ pct: 75.5, basis: "mom" });
  });

  it("gives both a fall when the shared verb is one", async () => {
    const [first] = await changes(
      "중국의 9월 희토류 자석 수출은 5,774t으로 전월 대비 6.1%, 전년 동월 대비 17.5% 줄었다.",
    );
    expect(first?.stated).toMatchObject({ pct: -6.1, basis: "mom" });
  });

  it("reads nothing of a percentage that is no change before a comma", async () => {
    const found = await changes("미국의 점유율은 12%, 전년 대비 4.8% 늘었다.");
    expect(found.map((c) => (c.stated as { pct: number }).pct)).toEqual([4.8]);
  });
});

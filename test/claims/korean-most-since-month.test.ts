// "7월 수출량이 5,577t으로 1월(6,356t) 이후 가장 많았다" (July's 5,577 t was the most since January's
// 6,356 t): "가장 많았다" after "이후" is a rank since the month, as "최대" there is, and the month's
// figure may be written with 천 ("1월(6천356t) 이후").
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rankOf = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-08-20" })).claims.find((c) => c.kind === "rank");

describe("a Korean 'most since' a month", () => {
  it("ranks the month since the one named, with its figure in brackets", async () => {
    const c = await rankOf(
      "중국 해관총서는 7월 희토류 자석 수출량이 5,577t으로 1월(6,356t) 이후 가장 많았다고 밝혔습니다.",
    );
    expect(c).toMatchObject({ series: "rare-earth-magnets", period: "2025-07", verdict: "supported" });
    expect(c?.stated).toMatchObject({
      type: "rank",
      n: 1,
      direction: "high",
      scope: { type: "since", period: "2025-01" },
    });
  });

  it("reads the bracketed figure written with 천", async () => {
    const c = await rankOf("7월 희토류 자석 수출량이 5천577t으로 1월(6천356t) 이후 가장 많았다고 전했다.");
    expect(c).toMatchObject({ period: "2025-07", verdict: "supported" });
    expect(c?.stated).toMatchObject({ scope: { type: "since", period: "2025-01" } });
  });

  it("is a low when the words say the least", async () => {
    const c = await rankOf("5월 희토류 자석 수출량은 1,238t으로 1월 이후 가장 적었다.");
    expect(c?.stated).toMatchObject({ type: "rank", n: 1, direction: "low" });
    expect(c?.verdict).not.toBe("contradicted");
  });
});

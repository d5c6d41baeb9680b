// "前年同月比では4.8%増え、米政権が4月に相互関税を打ち出してから、初めて前年を上回った": the April
// there dates the tariffs the first rise is counted from, not the 4.8%, which stays the month the
// text is about.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changeAt = async (text: string, words: string) =>
  (await verifyClaims(store, text, { published: "2025-08-20" })).claims.find(
    (c) => c.kind === "change" && text.slice(c.start, c.end).includes(words),
  );

describe("a Japanese or Korean month that dates an event counted from", () => {
  it("does not date the change before it (Japanese 'に…てから')", async () => {
    const c = await changeAt(
      "中国から米国へのレアアース磁石の輸出量が7月に前月比75.5%増の619トンとなった。前年同月比では4.8%増え、米政権が4月に相互関税を打ち出してから、初めて前年を上回った。",
      "4.8%",
    );
    expect(c?.period).toBe("2025-07");
    expect(c?.verdict).toBe("unverifiable");
  });

  it("does not date the change before it (Korean '에 … 한 이후')", async () => {
    const c = await changeAt(
      "중국의 대미 희토류 자석 수출은 7월 619t으로 늘었다. 1년 전보다 4.8% 늘어 미국이 4월에 관세를 발표한 이후 처음으로 증가했다.",
      "4.8%",
    );
    expect(c?.period).toBe("2025-07");
    expect(c?.verdict).toBe("unverifiable");
  });

  it("still dates a change that the month itself names", async () => {
    const c = await changeAt("中国のレアアース輸出量は4月に前年同月比4.8%増えた。", "4.8%");
    expect(c).toMatchObject({ series: "rare-earths", period: "2025-04", verdict: "supported" });
  });
});

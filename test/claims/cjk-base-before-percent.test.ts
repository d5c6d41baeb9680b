// A base month or "the month before" named right before a percentage in Japanese and Korean:
// "10月から12%増えた" (up 12% from October), "전월보다 157% 늘었지만" (157% more than the month before).
// The month is what the change runs from, not the month the figures are of, and a later "than last
// June" after a turn ("하지만", "지만") does not make the change year on year.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => ({
    words: text.slice(c.start, c.end),
    partner: c.partner,
    period: c.period,
    verdict: c.verdict,
    explanation: c.explanation ?? "",
  }));

describe("a Japanese month right before 'から' and a percentage", () => {
  it("is the base of the change, so the figures keep the text's month", async () => {
    const got = await read(
      "11月の中国の磁石輸出は6,150トンで、10月から12%増えた。米国向けは582トンと10月から11%減った。",
      "2025-12-22",
    );
    expect(got.find((c) => c.words.includes("12%"))).toMatchObject({
      period: "2025-11",
      verdict: "supported",
    });
    expect(got.find((c) => c.words.includes("582"))).toMatchObject({
      partner: "USA",
      period: "2025-11",
      verdict: "supported",
    });
    expect(got.find((c) => c.words.includes("11%"))).toMatchObject({
      partner: "USA",
      period: "2025-11",
      verdict: "supported",
    });
  });

  it("still reads 'N月から M月まで' as a span", async () => {
    const got = await read("1月から10月までの磁石輸出は45,290トンだった。", "2025-11-21");
    expect(got.find((c) => c.words.includes("45,290"))).toMatchObject({
      period: "2025-01..2025-10",
      verdict: "supported",
    });
  });
});

describe("Korean 'than the month before' after a level", () => {
  it("keeps the change month on month though a turn compares with last June", async () => {
    const got = await read(
      "6월 중국의 희토류 자석 수출은 3천188t이었다. 전월보다 157% 늘었지만 작년 6월보다는 적은 수준이다.",
      "2025-07-21",
    );
    expect(got.find((c) => c.words.includes("157%"))).toMatchObject({
      period: "2025-06",
      verdict: "supported",
    });
  });

  it("checks a wrong month-on-month rise against May, not a year before", async () => {
    const got = await read(
      "6월 중국의 희토류 자석 수출은 3천188t이었다. 전월에 비해 90% 늘었지만 작년 6월보다는 적은 수준이다.",
      "2025-07-21",
    );
    const c = got.find((x) => x.words.includes("90%"));
    expect(c?.period).toBe("2025-06");
    expect(c?.verdict).not.toBe("supported");
    expect(c?.explanation).toMatch(/May 2025 to 3,188 t in June 2025/);
  });
});

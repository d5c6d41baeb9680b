// A high over a run of months as Chinese, Korean and Indonesian outlets write it besides the forms
// already read: "六個月高點" and "半年高點" (a six-month high point), "6개월 만에 가장 많았다" (the most
// in six months), "반년 만에 최대" (the largest in half a year), and in Indonesian "tertinggi sejak
// Januari", "tertinggi dalam sembilan bulan", "level tertinggi tujuh bulan", "tertinggi kedua
// sepanjang sejarah", and a run of falls, "penurunan dua bulan berturut-turut"; a Korean run told by
// its month, "2개월째 증가했다". "7月高點" stays July's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";
import { findRanks } from "../../src/claims/extract/find-ranks.js";

const store = useReferenceStore();

describe("highs over a run of months, in Chinese, Korean and Indonesian", () => {
  it.each([
    ["中國稀土磁鐵出口7月回到六個月高點，為5,577公噸。", "六個月高點", "2025-08-21", "2025-07", "WLD"],
    ["中國稀土磁鐵出口7月升至半年高點，為5,577公噸。", "半年高點", "2025-08-21", "2025-07", "WLD"],
    [
      "7월 희토류 자석 수출량이 5577t으로 6개월 만에 가장 많았다.",
      "6개월 만에 가장 많",
      "2025-08-21",
      "2025-07",
      "WLD",
    ],
    [
      "7월 희토류 자석 수출량이 5577t으로 반년 만에 최대를 기록했다.",
      "반년 만에 최대",
      "2025-08-21",
      "2025-07",
      "WLD",
    ],
    [
      "Pada Oktober, ekspor magnet tanah jarang ke AS melonjak 56,1% menjadi 656 ton, tertinggi sejak Januari.",
      "tertinggi sejak",
      "2025-11-20",
      "2025-10",
      "USA",
    ],
    [
      "Ekspor magnet tanah jarang China pada Oktober turun 5,2% secara bulanan, penurunan dua bulan berturut-turut.",
      "dua bulan berturut-turut",
      "2025-11-20",
      "2025-10",
      "WLD",
    ],
    [
      "Ekspor magnet tanah jarang sebelumnya sempat menyentuh level tertinggi tujuh bulan pada Agustus.",
      "tertinggi tujuh bulan",
      "2025-11-20",
      "2025-08",
      "WLD",
    ],
    [
      "Pada November ekspor magnet tanah jarang China mencapai 6.150 ton, tertinggi kedua sepanjang sejarah.",
      "tertinggi kedua sepanjang sejarah",
      "2025-12-20",
      "2025-11",
      "WLD",
    ],
  ])("supports the rank in %s", async (text, quote, published, period, partner) => {
    const c = await claimAt(store, text, quote, published);
    expect([c?.kind, c?.series, c?.partner, c?.period, c?.verdict]).toEqual([
      "rank",
      "rare-earth-magnets",
      partner,
      period,
      "supported",
    ]);
  });

  it("counts the months and the place it reads", () => {
    const [six] = findRanks("中國稀土磁鐵出口7月回到六個月高點。");
    expect(six).toMatchObject({
      type: "rank",
      n: 1,
      direction: "high",
      scope: { type: "months", months: 6 },
    });
    const [second] = findRanks("mencapai level tertinggi kedua sepanjang sejarah");
    expect(second).toMatchObject({ type: "rank", n: 2, direction: "high", scope: { type: "record" } });
    const [falls] = findRanks("turun 5,2% secara bulanan, penurunan dua bulan berturut-turut");
    expect(falls).toMatchObject({ type: "streak", n: 2, direction: "down" });
    // "N개월째": the Nth month of a run, as "N개월 연속"
    const [rises] = findRanks("시장 예상과 일치했으며 2개월째 증가했다");
    expect(rises).toMatchObject({ type: "streak", n: 2, direction: "up" });
  });

  it("does not read a month's own high point as a run of months", () => {
    expect(findRanks("7月高點為5,577公噸").filter((r) => r.scope?.type === "months")).toEqual([]);
  });
});

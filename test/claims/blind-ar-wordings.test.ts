// Wordings of press text in the language it was published in that a blind batch (ar: Chinese,
// Japanese, Korean, German, French, Spanish, Portuguese and Indonesian outlets) showed read wrong: a
// signed percentage right after its basis ("环比-5.2%"), a year a rank counts from ("2014年以降"), a
// dateline written day first ("Madrid, 21 nov.-"), ranks and runs on record, over half a year and since
// a month, "im vergangenen Jahr", a year set against ("qu'en 2024"), and forecasts in German, Spanish
// and Indonesian.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimsOf, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a signed percentage right after its basis word", () => {
  it("measures each of two signed changes on the basis before it", async () => {
    const text = "稀土：10月出口稀土4343.5吨，同比-8.6%，环比+8.6%。";
    const got = (await claimsOf(store, text, "2025-11-25")).filter((c) => c.kind === "change");
    expect(got.map((c) => [c.text, c.period, c.verdict])).toEqual([
      ["同比-8.6%", "2025-10", "supported"],
      ["环比+8.6%", "2025-10", "supported"],
    ]);
  });

  it("reads a full-width sign after 前月比 and a Korean basis with its sign", async () => {
    const ja = "・9月のレアアース磁石輸出：5774トン（前月比－6.1％）";
    expect(await readingAt(store, ja, "前月比－6.1％", "2025-10-25")).toMatchObject({
      verdict: "supported",
      period: "2025-09",
    });
    const ko = "9월 희토류 자석 수출 5,774t (전월 대비 -6.1%)";
    expect(await readingAt(store, ko, "전월 대비 -6.1%", "2025-10-25")).toMatchObject({
      verdict: "supported",
      period: "2025-09",
    });
  });
});

describe("a year that a rank counts from", () => {
  it("does not date the month figures of a memo that ranks a month since 2014", async () => {
    const text = [
      "・6月のレアアース輸出：7742.2トン",
      "6月のレアアース輸出は2014年以降で最も多い水準とされる。",
    ].join("\n");
    expect(await readingAt(store, text, "7742.2トン", "2025-07-25")).toMatchObject({
      verdict: "supported",
      period: "2025-06",
    });
  });
});

describe("a dateline written day first", () => {
  it("does not take the filing day's month for the figure's", async () => {
    const text =
      "Madrid, 21 nov (Agencia).- China vendió 5.473 toneladas de imanes de tierras raras en octubre.";
    expect(await readingAt(store, text, "5.473 toneladas", "2025-11-21")).toMatchObject({
      verdict: "supported",
      period: "2025-10",
    });
  });
});

describe("ranks on record, over half a year and since a month", () => {
  it.each([
    ["11月稀土永磁出口6150吨，为有记录以来的第二高。", "有记录以来的第二高"],
    ["11月のレアアース磁石輸出は6150トンで、統計が残る中で2番目に多かった。", "統計が残る中で2番目に多"],
    ["11월 희토류 자석 수출은 6,150t으로 통계 작성 이후 두 번째로 많았다.", "통계 작성 이후 두 번째로 많"],
    ["11월 희토류 자석 수출 6,150t…사상 두 번째 규모", "사상 두 번째 규모"],
    [
      "Les exportations d'aimants ont atteint 6 150 tonnes en novembre, le deuxième plus haut niveau jamais enregistré.",
      "deuxième plus haut niveau jamais enregistré",
    ],
  ])("supports November's second place on record: %s", async (text, quote) => {
    const c = (await claimsOf(store, text, "2025-12-21")).find((x) => x.text === quote);
    expect(c).toMatchObject({ kind: "rank", period: "2025-11", verdict: "supported" });
  });

  it.each([
    ["6月の稀土類輸出は7742.2トンで過去最高となった。", "過去最高"],
    ["6월 희토류 수출은 7,742.2t으로 통계 작성 이후 최대치를 기록했다.", "통계 작성 이후 최대치"],
  ])("supports June's rare-earth record: %s", async (text, quote) => {
    const c = (await claimsOf(store, text, "2025-07-25")).find((x) => x.text === quote);
    expect(c).toMatchObject({ kind: "rank", period: "2025-06", verdict: "supported" });
  });

  it("leaves a record that is only what the month comes second to", async () => {
    const text = "11月のレアアース磁石輸出は6150トンで、1月の過去最高に次ぐ水準だった。";
    const ranks = (await claimsOf(store, text, "2025-12-21")).filter((x) => x.kind === "rank");
    expect(ranks.map((r) => [r.text, r.verdict])).toEqual([["過去最高に次ぐ", "supported"]]);
  });

  it.each([
    ["8月のレアアース磁石輸出は6146トンと半年ぶりの高水準だった。", "半年ぶりの高水準"],
    ["中國8月稀土磁鐵出口6146噸，創半年高位。", "半年高位"],
    [
      "En août, la Chine a exporté 6 146 tonnes d'aimants, au plus haut depuis janvier.",
      "au plus haut depuis",
    ],
  ])("supports August's high over half a year or since January: %s", async (text, quote) => {
    const c = (await claimsOf(store, text, "2025-09-22")).find((x) => x.text === quote);
    expect(c).toMatchObject({ kind: "rank", period: "2025-08", verdict: "supported" });
  });

  it("reads a run of two falls counted with 两", async () => {
    const text = "10月稀土磁铁出口5473吨，连续两个月下滑。";
    const c = (await claimsOf(store, text, "2025-11-21")).find((x) => x.kind === "rank");
    expect(c).toMatchObject({ text: "连续两个月下滑", period: "2025-10", verdict: "supported" });
  });

  it("reads the largest buyer among the destinations", async () => {
    const text = "10月德國仍是稀土磁鐵最大買家，輸往德國1118噸。";
    const c = (await claimsOf(store, text, "2025-11-21")).find((x) => x.kind === "rank");
    expect(c).toMatchObject({ text: "最大買家", partner: "DEU", period: "2025-10", verdict: "supported" });
  });
});

describe("the year of a figure in German and French", () => {
  it("dates a total 'im vergangenen Jahr' to the year before publication", async () => {
    const text = "China verkaufte im vergangenen Jahr 62.585 Tonnen Seltene Erden ins Ausland.";
    expect(await readingAt(store, text, "62.585 Tonnen", "2026-01-22")).toMatchObject({
      verdict: "supported",
      period: "2025-01..2025-12",
    });
  });

  it("does not take the year a French total is set against for its own", async () => {
    const text =
      "En 2025, la Chine a vendu 62 585 tonnes de terres rares. Sur l'ensemble de l'année, c'est 12,9 % de plus qu'en 2024.";
    expect(await readingAt(store, text, "12,9 % de plus", "2026-01-22")).toMatchObject({
      verdict: "supported",
      period: "2025-01..2025-12",
    });
  });
});

describe("forecasts in German, Spanish and Indonesian", () => {
  it.each([
    ["Händler rechnen für Dezember mit Magnetexporten von rund 5.952 Tonnen.", "5.952 Tonnen"],
    ["Beobachter halten es für möglich, dass China im Dezember 10,8 Tonnen Gallium ausführt.", "10,8 Tonnen"],
    ["Los operadores prevén que China venda 6.150 toneladas de imanes en noviembre.", "6.150 toneladas"],
    ["Analis memperkirakan ekspor magnet China pada Desember mencapai 5.952 ton.", "5.952 ton"],
  ])("gives no verdict on a figure said as a forecast: %s", async (text, quote) => {
    // the figures are the data's own, so read as statements they would be supported
    const got = await readingAt(store, text, quote, "2025-12-05");
    expect(got.verdict === null || got.verdict === "unverifiable").toBe(true);
  });
});

describe("a headline above a dateline, in the present tense of headlines", () => {
  it.each([
    [
      "Las ventas chinas de imanes de tierras raras suben un 12,4 % en noviembre\nMadrid, 21 dic.- China vendió 6.150 toneladas de imanes en noviembre.",
      "suben un 12,4 %",
    ],
    [
      "Les ventes chinoises d'aimants aux terres rares reculent de 5,2 % en octobre\nPÉKIN, 21 nov. - La Chine a vendu 5 473 tonnes d'aimants en octobre.",
      "reculent de 5,2 %",
    ],
    [
      "Venda chinesa de terras raras cresce 12,9% em 2025\nA China vendeu 62.585 toneladas de terras raras no ano passado.",
      "cresce 12,9%",
    ],
  ])("reads the headline's change apart from the story below it: %s", async (text, quote) => {
    const c = (await claimsOf(store, text, "2026-01-22")).find((x) => x.text === quote);
    expect(c).toMatchObject({ kind: "change", verdict: "supported" });
  });

  it("keeps the dateline's first figure on the story's own month", async () => {
    const text =
      "Las ventas chinas de imanes de tierras raras bajan en octubre\nMadrid, 21 nov.- China vendió 5.473 toneladas de imanes de tierras raras en octubre.";
    expect(await readingAt(store, text, "5.473 toneladas", "2025-11-21")).toMatchObject({
      verdict: "supported",
      period: "2025-10",
    });
  });
});

describe("shares of the whole named by its noun, and runs of rises and falls, in other languages", () => {
  it.each([
    [
      "En août, l'Allemagne a reçu 1 346 tonnes d'aimants, soit 21,9 % des volumes.",
      "21,9 % des volumes",
      "2025-09-22",
    ],
    [
      "En octobre, l'Allemagne a reçu 1 118 tonnes d'aimants chinois, 20,4 % des exportations.",
      "20,4 % des exportations",
      "2025-11-22",
    ],
  ])("supports Germany's share: %s", async (text, quote, published) => {
    const c = (await claimsOf(store, text, published)).find((x) => x.text === quote);
    expect(c).toMatchObject({ kind: "share", partner: "DEU", verdict: "supported" });
  });

  it.each([
    [
      "Chinas Magnetexporte sind im Oktober zum zweiten Mal in Folge zurückgegangen.",
      "zum zweiten Mal in Folge zurückgegangen",
      "2025-10",
    ],
    [
      "En août, les exportations d'aimants ont signé leur troisième hausse mensuelle consécutive.",
      "troisième hausse mensuelle consécutive",
      "2025-08",
    ],
    [
      "En octubre, las exportaciones de imanes sufrieron su segunda caída consecutiva.",
      "segunda caída consecutiva",
      "2025-10",
    ],
  ])("supports the run the month closes: %s", async (text, quote, period) => {
    const c = (await claimsOf(store, text, "2025-11-22")).find((x) => x.text === quote);
    expect(c).toMatchObject({ kind: "rank", period, verdict: "supported" });
  });

  it("does not support a run the data does not show", async () => {
    const text = "Chinas Magnetexporte sind im November zum zweiten Mal in Folge gestiegen.";
    const c = (await claimsOf(store, text, "2025-12-22")).find((x) => x.kind === "rank");
    expect(c?.text).toBe("zum zweiten Mal in Folge gestiegen");
    expect(c?.verdict).not.toBe("supported");
  });
});

// Forms outlets in Portuguese, Spanish, German, Japanese and Korean use that the reader missed:
// Portuguese months with capitals ("em Novembro"), a signed percentage in brackets after a level
// ("1.238 toneladas (-52,9%)"). A wrong figure in such a sentence stays unverifiable, never
// contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("Portuguese months with capitals", () => {
  it("dates a level and its change by 'em Setembro' and 'face a Agosto'", async () => {
    // September 5,774 t, -6.05% on August's 6,146 t
    const text = "Em Setembro a China exportou 5.774 toneladas de ímãs, uma queda de 6,1% face a Agosto.";
    expect(await readingAt(store, text, "5.774 toneladas", "2025-10-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-09",
    });
    const change = await claimAt(store, text, "queda de 6,1%", "2025-10-21");
    expect(change).toMatchObject({ period: "2025-09", verdict: "supported" });
    expect(change?.stated).toMatchObject({ basis: "mom" });
  });

  it("does not take Rio de Janeiro for January", async () => {
    const text = "Uma fábrica no Rio de Janeiro recebeu 20 toneladas de ímãs de terras raras.";
    expect((await claimAt(store, text, "20 toneladas", "2025-12-22"))?.period).toBeNull();
  });
});

describe("Spanish months with capitals", () => {
  it("dates the figures by 'en Octubre'", async () => {
    // the US, October: 656 t
    const text =
      "Los envíos de imanes de tierras raras a Estados Unidos subieron a 656 toneladas en Octubre.";
    expect(await readingAt(store, text, "656 toneladas", "2025-11-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-10",
    });
  });

  it("does not take the name Julio for July", async () => {
    const text = "Rare-earth magnet exports to the US came to 656 tonnes, analyst Julio Ramos said.";
    expect((await claimAt(store, text, "656 tonnes", "2025-11-21"))?.period).toBeNull();
  });
});

describe("a signed percentage in brackets after a level", () => {
  it.each([
    ["Im Mai sanken die Exporte von Seltenerdmagneten auf 1.238 Tonnen (-52,9%) gegenüber April."],
    [
      "En mayo, las exportaciones de imanes de tierras raras cayeron a 1.238 toneladas (-52,9%) frente a abril.",
    ],
  ])("reads the change on the month before: %s", async (text) => {
    // May 1,238 t against April's 2,626 t: -52.86%
    const c = await claimAt(store, text, "-52,9%", "2025-06-21");
    expect(c).toMatchObject({ kind: "change", period: "2025-05", verdict: "supported" });
    expect(c?.stated).toMatchObject({ pct: -52.9 });
  });

  it("leaves a wrong one unverifiable", async () => {
    const text = "Im Mai sanken die Exporte von Seltenerdmagneten auf 1.238 Tonnen (-25,9%) gegenüber April.";
    const c = await claimAt(store, text, "-25,9%", "2025-06-21");
    expect(c).toMatchObject({ kind: "change", verdict: "unverifiable" });
  });
});

describe("bounds said after a Korean or Japanese figure", () => {
  it.each([
    // India, October: 416 t
    ["10월 인도로의 희토류 자석 수출은 450톤 미만이었다.", "450톤"],
    ["10月のインド向けレアアース磁石輸出は450トン以下だった。", "450トン"],
    ["10월 인도로의 희토류 자석 수출은 410톤 이상이었다.", "410톤"],
  ])("reads the bound and supports: %s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2025-11-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "IND",
      period: "2025-10",
    });
  });

  it("reads a share's bound before the verb of taking up ('20% 이상을 차지')", async () => {
    // Germany, October: 1,118 t of 5,473 t, 20.4%
    const text = "10월 독일은 중국 희토류 자석 수출의 20% 이상을 차지했다.";
    expect(await readingAt(store, text, "20% 이상", "2025-11-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "DEU",
      period: "2025-10",
    });
  });
});

describe("a Japanese destination's share said with 'の'", () => {
  it("gives each share the destination before it", async () => {
    // October: Germany 1,118 t (20.4%), the US 656 t (12.0%) of 5,473 t
    const text = "10月のレアアース磁石輸出を仕向け先別にみると、ドイツの20.4%が最大で、米国の12.0%が続いた。";
    expect(await readingAt(store, text, "20.4%", "2025-11-21")).toMatchObject({
      verdict: "supported",
      partner: "DEU",
    });
    expect(await readingAt(store, text, "12.0%", "2025-11-21")).toMatchObject({
      verdict: "supported",
      partner: "USA",
    });
  });

  it("leaves a change said with 'の' a change", async () => {
    // Japan, November: 305 t after October's 226 t, +35%
    const c = await claimAt(store, "11月の日本の35%増は大きい。", "35%増", "2025-12-21");
    expect([c?.kind, c?.partner, c?.period, c?.verdict]).toEqual(["change", "JPN", "2025-11", "supported"]);
  });
});

describe("rare earths named as the goods of a policy ('レアアース関連の輸出規制')", () => {
  it("does not make the figure beside it a rare-earths figure", async () => {
    // magnets, October: 5,473 t
    const text =
      "中国のレアアース磁石の輸出が回復している。レアアース関連の輸出規制が始まって以降も、10月の輸出量は5473トンだった。";
    expect(await readingAt(store, text, "5473トン", "2025-11-21")).toMatchObject({
      verdict: "supported",
      series: "rare-earth-magnets",
    });
  });
});

describe("German ranks with their window", () => {
  it.each([
    // 2025: January 6,357 t, November 6,150 t, August 6,146 t, December 5,952 t
    [
      "Mit 5.952 Tonnen lagen die Ausfuhren von Seltenerdmagneten im Dezember auf dem vierthöchsten Stand des Jahres.",
      "2026-01-21",
      "vierthöchsten Stand des Jahres",
      "2025-12",
    ],
    // September 5,774 t; July 5,577 t was lower, August 6,146 t higher
    [
      "Im September lagen die Exporte von Seltenerdmagneten bei 5.774 Tonnen, der niedrigste Wert seit Juli.",
      "2025-10-21",
      "niedrigste Wert seit",
      "2025-09",
    ],
    // November 6,150 t: nothing higher from February on
    [
      "Im November erreichten die Ausfuhren von Seltenerdmagneten mit 6.150 Tonnen ein Zehnmonatshoch.",
      "2025-12-22",
      "Zehnmonatshoch",
      "2025-11",
    ],
  ])("reads and supports: %s", async (text, published, quote, period) => {
    const c = await claimAt(store, text, quote, published);
    expect(c).toMatchObject({ kind: "rank", period, verdict: "supported" });
  });

  it("leaves a wrong one unverifiable", async () => {
    const text =
      "Im Oktober erreichten die Ausfuhren von Seltenerdmagneten mit 5.473 Tonnen den höchsten Wert des Jahres.";
    const c = await claimAt(store, text, "höchsten Wert des Jahres", "2025-11-21");
    expect(c).toMatchObject({ kind: "rank", period: "2025-10", verdict: "unverifiable" });
  });
});

describe("German 'im Vormonat'", () => {
  it("dates a level by the month before the one the text is on", async () => {
    // Korea: September 854 t, October 569 t
    const text =
      "Im Oktober exportierte China 569 Tonnen Seltenerdmagnete nach Südkorea. Im Vormonat waren es 854 Tonnen.";
    expect(await readingAt(store, text, "854 Tonnen", "2025-11-21")).toMatchObject({
      verdict: "supported",
      period: "2025-09",
    });
  });
});

describe("German destination ranks", () => {
  it.each([
    // September: Germany 1,288 t, Korea 854 t, Vietnam 456 t, the US 420.5 t
    [
      "Deutschland war im September mit 1.288 Tonnen der größte Empfänger von Seltenerdmagneten.",
      "der größte Empfänger",
      "DEU",
      1,
    ],
    [
      "Südkorea war im September mit 854 Tonnen der zweitgrößte Abnehmer von Seltenerdmagneten.",
      "der zweitgrößte Abnehmer",
      "KOR",
      2,
    ],
    [
      "Bei den Seltenerdmagneten folgte im September auf Platz drei Vietnam mit 456 Tonnen.",
      "auf Platz drei",
      "VNM",
      3,
    ],
    [
      "Im September kamen die USA mit 420,5 Tonnen Seltenerdmagneten auf Platz vier.",
      "auf Platz vier",
      "USA",
      4,
    ],
  ])("reads the place of: %s", async (text, quote, partner, n) => {
    const c = await claimAt(store, text, quote, "2025-10-21");
    expect(c).toMatchObject({ kind: "rank", partner, period: "2025-09", verdict: "supported" });
    expect(c?.stated).toMatchObject({ n });
  });

  it("gives a place after a list to the destination right before it, not to one further back", async () => {
    const text =
      "Im Oktober lagen die USA mit 656 Tonnen Seltenerdmagneten vorn, Südkorea mit 569 Tonnen auf Platz drei.";
    const c = await claimAt(store, text, "auf Platz drei", "2025-11-21");
    expect(c).toMatchObject({ kind: "rank", partner: "KOR", verdict: "supported" });
  });
});

describe("a destination's place in Japanese and Chinese ('2位', '位居第二')", () => {
  // September: Germany 1,288 t, Korea 854 t, Vietnam 456 t, the US 420.5 t
  it.each([
    ["9月の韓国向けレアアース磁石輸出は854トンで、ドイツに次ぐ2位だった。", "2位", "KOR", 2],
    [
      "9月の米国向けレアアース磁石輸出は420.5トンで、ドイツ、韓国、ベトナムに次ぐ4位だった。",
      "4位",
      "USA",
      4,
    ],
    ["9月中国对越南出口稀土磁铁456吨，位列第三。", "位列第三", "VNM", 3],
  ])("reads and supports: %s", async (text, quote, partner, n) => {
    const c = await claimAt(store, text, quote, "2025-10-21");
    expect(c).toMatchObject({ kind: "rank", partner, period: "2025-09", verdict: "supported" });
    expect(c?.stated).toMatchObject({ n });
  });

  it("gives the place after 'X、Yに次ぐ' to the destination before the list, and leaves a wrong one unverifiable", async () => {
    const text = "9月の米国向けレアアース磁石輸出は420.5トンで、ドイツ、韓国に次ぐ3位だった。";
    const c = await claimAt(store, text, "3位", "2025-10-21");
    expect(c).toMatchObject({ kind: "rank", partner: "USA", verdict: "unverifiable" });
  });

  it("does not read '単位' (unit) as a place", async () => {
    const text = "単位はトン。9月のレアアース磁石輸出は5774トンだった。";
    expect(await verdictsOf(store, text, "2025-10-21")).toEqual([["5774トン", "supported"]]);
  });
});

describe("Portuguese share nouns and a Spanish past 'siguió siendo'", () => {
  it("reads 'A fatia da Alemanha ... ficou em 20,4%' as Germany's share", async () => {
    // October: 1,118 t of 5,473 t
    const text = "Em Outubro, a fatia da Alemanha nas exportações chinesas de ímãs ficou em 20,4%.";
    expect(
      await readingAt(
        store,
        text,
        "fatia da Alemanha nas exportações chinesas de ímãs ficou em 20,4%",
        "2025-11-21",
      ),
    ).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "DEU",
      period: "2025-10",
    });
  });

  it("reads 'siguió siendo el principal destino' as first place", async () => {
    const text =
      "En septiembre, Alemania siguió siendo el principal destino de los imanes chinos, con 1.288 toneladas.";
    const c = await claimAt(store, text, "principal destino", "2025-10-21");
    expect(c).toMatchObject({ kind: "rank", partner: "DEU", period: "2025-09", verdict: "supported" });
  });
});

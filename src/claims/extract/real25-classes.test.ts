// How trade-press and foreign pages on gallium, germanium, antimony, graphite and rare earths state
// figures the reader dated, placed or classed wrongly: a month taken up by "when" without a comma.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a month taken up by 'when' without a comma", () => {
  it("dates the move after 'in October when' by October, not by the clause's own month", () => {
    const text =
      "Magnet shipments reached 6,150 tonnes last month, against 5,473 tonnes in October when they slid 5% from the month before.";
    const c = find(text, "2025-12-22", "slid 5%");
    expect(c?.period).toBe("2025-10");
    expect(c?.stated).toMatchObject({ type: "change", pct: -5 });
    expect(find(text, "2025-12-22", "6,150")?.period).toBe("2025-11");
  });

  it("leaves a move told before the month and its 'when' to the clause", () => {
    const c = find("Gallium exports rose 12% in November when buyers came back.", "2025-12-22", "12%");
    expect(c?.period).toBe("2025-11");
  });
});

describe("China's own imports in Italian, Spanish, Portuguese and Indonesian", () => {
  it("reads the adjective and the subject of 'import' as China's imports", () => {
    const it_ = "Le importazioni cinesi di terre rare sono salite a 12.400 tonnellate a marzo.";
    expect(find(it_, "2024-04-20", "12.400")).toMatchObject({ flow: "import", period: "2024-03" });
    const es = "Las importaciones chinas de tierras raras bajaron a 9.700 toneladas en octubre.";
    expect(find(es, "2024-11-20", "9.700")?.flow).toBe("import");
    const pt = "As importações chinesas de terras raras somaram 11.300 toneladas em agosto.";
    expect(find(pt, "2024-09-20", "11.300")?.flow).toBe("import");
    const id = "Impor logam tanah jarang China mencapai 10.200 ton pada bulan Mei.";
    expect(find(id, "2024-06-20", "10.200")?.flow).toBe("import");
  });

  it("leaves imports from China, another country's, as they were", () => {
    const id = "Impor logam tanah jarang dari China mencapai 3.200 ton pada bulan Mei.";
    expect(find(id, "2024-06-20", "3.200")?.flow).toBe("export");
  });
});

describe("a year-on-year base in Italian and Portuguese", () => {
  it("reads 'rispetto all'anno precedente' and 'em relação ao ano anterior' as year on year", () => {
    const it_ = "Le esportazioni di gallio sono cresciute del 14% rispetto all'anno precedente a giugno.";
    expect(find(it_, "2024-07-20", "14%")?.stated).toMatchObject({ type: "change", basis: "yoy" });
    const pt = "As exportações de germânio caíram 21% em relação ao ano anterior em maio.";
    expect(find(pt, "2024-06-20", "21%")?.stated).toMatchObject({ type: "change", basis: "yoy" });
  });
});

describe("Chinese 'the month before' and 'the whole year'", () => {
  it("reads '前一個月' written with the character for one as the month before, not the first month", () => {
    const text = "10月輸往韓國的稀土磁鐵為569噸，比前一個月的854噸下降33%。";
    expect(find(text, "2025-11-25", "854")?.period).toBe("2025-09");
    const c = find(text, "2025-11-25", "33%");
    expect(c?.period).toBe("2025-10");
    expect(c?.stated).toMatchObject({ type: "change", basis: "mom" });
  });

  it("keeps '前11个月' and '前三个月' as the first months of the year", () => {
    expect(find("中国前三个月稀土出口14178吨。", "2025-04-20", "14178")?.period).toBe("2025-01..2025-03");
  });

  it("reads '2024一整年' and '去年全年' as the whole year", () => {
    expect(find("2024一整年，中國共出口58152噸稀土磁鐵。", "2025-02-10", "58152")?.period).toBe(
      "2024-01..2024-12",
    );
    expect(find("中國去年全年共出口57392噸稀土磁鐵。", "2026-01-25", "57392")?.period).toBe(
      "2025-01..2025-12",
    );
  });
});

describe("a change over a span of months named 'from January to October'", () => {
  it("keeps the span against the same months a year before as a reading of the change", () => {
    const text = "Gallium shipments climbed 9% from January to August to 41.2 tonnes.";
    const c = find(text, "2024-09-25", "climbed 9%");
    expect(c?.alternatives).toContainEqual(
      expect.objectContaining({ period: "2024-01..2024-08", basis: "yoy" }),
    );
  });

  it("adds no such reading for a change between two months not named as a span", () => {
    const text = "Gallium shipments climbed 9% in August from January.";
    const c = find(text, "2024-09-25", "climbed 9%");
    expect(c?.alternatives.some((a) => a.period?.includes(".."))).toBe(false);
  });
});

describe("Indonesian 'dari' right after a percentage", () => {
  it("reads the month after it as the base and the level after 'menjadi' as the clause's month", () => {
    const text = "Ekspor magnet tanah jarang pada bulan Juli naik 350% dari Mei menjadi 5.577 ton.";
    expect(find(text, "2025-08-25", "350%")?.stated).toMatchObject({ type: "change", basis: "2025-05" });
    expect(find(text, "2025-08-25", "5.577")?.period).toBe("2025-07");
  });
});

describe("antimony oxide and metal in Japanese and Chinese, and 米 before its figure", () => {
  it("reads '酸化アンチモン' and '氧化锑' as the oxide, '锑锭' as the metal", () => {
    expect(find("中国の5月の酸化アンチモン輸出は2,870トンだった。", "2024-06-20", "2,870")?.series).toBe(
      "antimony-oxide",
    );
    const zh = "中国2024年5月氧化锑出口2870吨，锑锭出口311吨。";
    expect(find(zh, "2024-06-20", "2870")?.series).toBe("antimony-oxide");
    expect(find(zh, "2024-06-20", "311")?.series).toBe("antimony-metal");
  });

  it("reads 米 before a bracketed figure in a list of buyers as the United States", () => {
    const text = "中国の3月のガリウム輸出は主に米(1,250kg)、韓国(430kg)向けだった。";
    expect(find(text, "2023-04-20", "1,250")?.partner).toBe("USA");
    expect(find(text, "2023-04-20", "430")?.partner).toBe("KOR");
  });
});

describe("a German move's noun as the subject of a verb of amount", () => {
  it("reads 'betrug das Minus ... 4,1 Prozent' and 'das Plus ... lag bei 9 Prozent' as changes", () => {
    const a = "Im März betrug das Minus bei den Galliumausfuhren 4,1 Prozent gegenüber dem Vormonat.";
    expect(find(a, "2024-04-20", "4,1")?.stated).toMatchObject({ type: "change", pct: -4.1, basis: "mom" });
    const b = "Das Plus bei den Germaniumexporten lag im Mai bei 9 Prozent zum Vorjahresmonat.";
    expect(find(b, "2024-06-20", "9 Prozent")?.stated).toMatchObject({
      type: "change",
      pct: 9,
      basis: "yoy",
    });
  });
});

describe("a Romance extreme over a count of months", () => {
  it("reads 'un máximo de siete meses' and 'il livello più alto in 10 mesi' as ranks over that many months", () => {
    const es = "Los envíos de galio subieron en julio a 9,0 toneladas, un máximo de siete meses.";
    expect(find(es, "2025-08-20", "máximo")).toMatchObject({
      kind: "rank",
      stated: { type: "rank", n: 1, direction: "high", scope: { type: "months", months: 7 } },
    });
    const it_ = "Le esportazioni di gallio sono scese a marzo, il livello più basso in 10 mesi.";
    expect(find(it_, "2025-04-20", "basso")).toMatchObject({
      kind: "rank",
      stated: { type: "rank", direction: "low", scope: { type: "months", months: 10 } },
    });
  });
});

describe("Indonesian whole years and the year so far", () => {
  it("reads 'sepanjang 2024' and 'selama tahun 2024' as the whole year", () => {
    const a = "Ekspor galium China sepanjang 2024 mencapai 60,9 ton.";
    expect(find(a, "2025-01-25", "60,9")?.period).toBe("2024-01..2024-12");
    const b = "Ekspor galium China selama tahun 2024 mencapai 60,9 ton.";
    expect(find(b, "2025-01-25", "60,9")?.period).toBe("2024-01..2024-12");
  });

  it("reads 'Sejak awal tahun,' set first as the year so far, also before a change", () => {
    const text =
      "Sejak awal tahun, ekspor magnet tanah jarang mencapai 45.290 ton, turun 5,2% secara tahunan.";
    expect(find(text, "2025-11-25", "45.290")?.period).toBe("2025-01..2025-10");
  });
});

describe("a new high or low in a named year", () => {
  it("reads 'a new high in 2024' as the year's top and leaves the year off the change after it", () => {
    const text =
      "Gallium shipments reached 11.2 tonnes in August, marking a new high in 2024 and up 9% from the previous month.";
    expect(find(text, "2024-09-25", "new high")).toMatchObject({
      kind: "rank",
      period: "2024-08",
      stated: { type: "rank", n: 1, direction: "high", scope: { type: "year", year: 2024 } },
    });
    const c = find(text, "2024-09-25", "up 9%");
    expect(c?.period).toBe("2024-08");
    expect(c?.stated).toMatchObject({ type: "change", pct: 9, basis: "mom" });
  });
});

describe("bare imports in a story on China's own trade figures", () => {
  it("reads them as China's imports, carried from the story", () => {
    const text =
      "China's exports of gallium fell 8% in the first quarter. Imports slipped 12% to 5,400 tonnes over the same months.";
    const c = find(text, "2025-04-20", "5,400");
    expect(c?.flow).toBe("import");
    expect(c?.mode).toBe("reported");
  });
});

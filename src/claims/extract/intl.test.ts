// Claims in Chinese, Korean and German read as classes of wording, not as sentences: units (吨, 톤,
// Tonnen), bases (同比, 环比, 전년 대비, Vorjahr), months and "last month", destinations, and shares
// (占...的 X%, 비중, Anteil).
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const PUB = { published: "2025-12-20" };
const read = (t: string) =>
  extractClaims(t, PUB).map((c) => {
    const s = c.stated;
    const v =
      s.type === "level"
        ? s.value
        : s.type === "change"
          ? `${s.pct}% ${s.basis}`
          : s.type === "share"
            ? `${s.pct}% share`
            : s.type;
    return [c.kind, c.series, c.partner, c.period, v];
  });

describe("products named in Chinese", () => {
  it("reads 稀土磁体 as magnets, not as rare earths", () => {
    expect(read("11月对日本出口稀土磁体305吨。")).toEqual([
      ["level", "rare-earth-magnets", "JPN", "2025-11", 305],
    ]);
  });
});

describe("'last month' in Chinese, Korean and German", () => {
  it.each([
    ["上月稀土永磁出口6150吨。"],
    ["上个月中国稀土永磁出口量为6150吨。"],
    ["지난달 중국의 희토류 자석 수출은 6,150톤이었다."],
    ["Im vergangenen Monat exportierte China 6.150 Tonnen Magnete."],
  ])("reads %s as the month before publication", (t) => {
    expect(read(t).map((r) => r[3])).toEqual(["2025-11"]);
  });

  it("keeps 上月 a base after 较", () => {
    expect(read("11月出口6150吨，较上月增长12.4%。").map((r) => r[3])).toEqual(["2025-11", "2025-11"]);
  });
});

describe("German figures and changes", () => {
  it("reads a German decimal tonnage ('4.343,5 Tonnen')", () => {
    expect(read("Im Oktober sanken die Exporte von Seltenen Erden auf 4.343,5 Tonnen.")).toEqual([
      ["level", "rare-earths", "WLD", "2025-10", 4343.5],
    ]);
  });

  it("reads a change whose verb stands far from its figure", () => {
    expect(
      read(
        "Chinas Exporte von Seltenerdmagneten stiegen im November im Vergleich zum Vormonat um 12,4 Prozent auf 6.150 Tonnen.",
      ),
    ).toContainEqual(["change", "rare-earth-magnets", "WLD", "2025-11", "12.4% mom"]);
  });

  it("reads '11,7 Prozent über dem Vorjahreszeitraum' as a change on the year", () => {
    expect(
      read("Von Januar bis November lagen die Ausfuhren 11,7 Prozent über dem Vorjahreszeitraum."),
    ).toEqual([["change", "rare-earth-magnets", "WLD", "2025-01..2025-11", "11.7% yoy"]]);
  });
});

describe("a year ago in Korean", () => {
  it("reads '1년 전보다' as a change on the year", () => {
    expect(read("11월 대미 자석 수출은 582톤으로 1년 전보다 20% 늘었다.")[1]?.[4]).toBe("20% yoy");
  });
});

describe("shares in Chinese, Korean and German", () => {
  it.each([
    ["11月中国对德国出口稀土永磁1288吨，占出口总量的20.9%。", "DEU", 20.9],
    ["11月，美国占中国稀土永磁出口的比重为9.5%。", "USA", 9.5],
    ["11月德国所占份额为20.9%。", "DEU", 20.9],
    ["11월 중국 자석 수출에서 미국이 차지하는 비중은 9.5%였다.", "USA", 9.5],
    ["Der Anteil der USA an den chinesischen Magnetexporten lag im November bei 9,5 Prozent.", "USA", 9.5],
  ])("reads %s", (t, partner, pct) => {
    expect(read(t).filter((r) => r[0] === "share")).toEqual([
      ["share", "rare-earth-magnets", partner, "2025-11", `${pct}% share`],
    ]);
  });
});

describe("what is not a share of exports", () => {
  it("marks a share of production as such", () => {
    const r = extractClaims("中国占全球稀土产量的70%。", PUB);
    expect(r.filter((c) => c.kind === "share" && !(c.stated.type === "share" && c.stated.of))).toEqual([]);
  });
});

describe("a base figure named with its month in German, Japanese and Korean", () => {
  const levels = (t: string) =>
    read(t)
      .filter((x) => x[0] === "level")
      .map((x) => `${x[3]} ${x[4]}`);

  it.each([
    // German: the month or "Vormonat"/"Vorjahresmonat" after the base figure
    [
      "Nach Südkorea gingen im November 815 Tonnen, nach 649 Tonnen im Oktober.",
      ["2025-11 815", "2025-10 649"],
    ],
    [
      "Die Lieferungen nach Indien erreichten im November 388 Tonnen, nach 416 Tonnen im Vormonat.",
      ["2025-11 388", "2025-10 416"],
    ],
    [
      "Nach Japan gingen im November 305 Tonnen, gegenüber 212 Tonnen im Vorjahresmonat.",
      ["2025-11 305", "2024-11 212"],
    ],
    // Japanese and Korean: the month (or "the month before", "the same month a year before") before it
    ["11月の韓国向けは815トンで、10月の649トンを上回った。", ["2025-11 815", "2025-10 649"]],
    ["11月のインド向けは388トンと、前月の416トンから減った。", ["2025-11 388", "2025-10 416"]],
    ["11월 인도 수출은 388톤으로 전월 416톤보다 줄었다.", ["2025-11 388", "2025-10 416"]],
    ["11월 일본 수출은 305톤으로 전년 동월 212톤보다 늘었다.", ["2025-11 305", "2024-11 212"]],
  ])("reads %s", (text, want) => {
    expect(levels(text)).toEqual(want);
  });

  it("leaves 'last month' (先月) as the month before publication, not before the figure's", () => {
    expect(levels("11月の韓国向けは815トンで、先月の649トンを上回った。")).not.toContain("2025-10 649");
  });
});

describe("destinations named in Japanese", () => {
  it.each([
    ["11月のドイツ向け輸出は1,180トンだった。", "DEU"],
    ["11月の米国向けは590トン。", "USA"],
    ["11月の米向け出荷は590トン。", "USA"],
    ["11月のアメリカ向けは590トン。", "USA"],
    ["11月の韓国向けは812トン。", "KOR"],
    ["11月のインド向けは402トン。", "IND"],
    ["11月のベトナム向けは470トン。", "VNM"],
    ["11月のメキシコ向けは88トン。", "MEX"],
  ])("reads %s", (text, iso) => {
    expect(read(text).map((x) => x[2])).toEqual([iso]);
  });

  it("leaves 米 (rice) alone when it is no destination", () => {
    expect(read("11月の輸出は5,400トンで、米の価格は上がった。").map((x) => x[2])).toEqual(["WLD"]);
  });
});

describe("a destination written before 輸出 in Japanese (対米, 対日, 対独, 対韓)", () => {
  it.each([
    ["10月の対米輸出は640トンにとどまった。", "USA", 640],
    ["磁石の対日輸出は9月に251トンとなった。", "JPN", 251],
    ["対独輸出は10月、1,095トンだった。", "DEU", 1095],
    ["10月の対韓輸出は733トン。", "KOR", 733],
  ])("reads %s", (text, iso, tonnes) => {
    expect(read(text).map((x) => [x[2], x[4]])).toEqual([[iso, tonnes]]);
  });

  it("leaves 対 before a word that is no destination alone", () => {
    expect(read("10月の対前月比の輸出は5,400トンだった。").map((x) => x[2])).toEqual(["WLD"]);
  });
});

describe("arrows before or after a percentage, as posts and dashboards write them", () => {
  it("reads an arrow's sign in English text too", () => {
    const text =
      "Rare-earth magnets, October 2025:\n- Korea: 569t ↓33%\n- US: 656t ⬆️ 56%\n- World 5,473t, 5.2%↓ m/m";
    const changes = read(text).filter((r) => r[0] === "change");
    expect(changes.map((r) => [r[2], r[4]])).toEqual([
      ["KOR", "-33% mom"],
      ["USA", "56% mom"],
      ["WLD", "-5.2% mom"],
    ]);
  });
});

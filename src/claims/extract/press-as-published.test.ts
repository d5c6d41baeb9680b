// How newspapers and wires print a story: a "Read more:" link to another story's headline set between
// paragraphs, whose product is that story's, not what the next paragraph goes on about.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a link to another story between paragraphs", () => {
  it.each([
    "Read more: Beijing's Rare-Earth Curbs Bite Harder",
    "Related: Why rare earths matter to carmakers",
    "See also — Rare earth prices climb in Shanghai",
  ])("does not hand its product to the paragraph after it: %s", (link) => {
    const text = `China shipped 5,774 tons of rare-earth magnets in September.\n\n${link}\n\nShipments to the US fell 28.7% from August to 420.5 tons.`;
    expect(find(text, "2025-10-20", "28.7%")).toMatchObject({
      kind: "change",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-09",
    });
    expect(find(text, "2025-10-20", "420.5")).toMatchObject({ kind: "level", series: "rare-earth-magnets" });
  });
});

describe("a share in one clause and another destination's tonnage in the next", () => {
  it("keeps the other clause's destination from being a reading of the share", () => {
    const text =
      "Japan's share of China's magnet exports dropped to 3 percent in November, while Korea, at 700 tonnes, came second.";
    const share = find(text, "2025-12-20", "3 percent");
    expect(share).toMatchObject({ kind: "share", partner: "JPN", period: "2025-11" });
    expect(share?.otherClausePartners).toEqual(["KOR"]);
  });

  it("leaves a sentence with a sum of destinations alone", () => {
    const text =
      "Japan's share of China's magnet exports was 5 percent in November, while Korea and Vietnam together took 1,200 tonnes.";
    expect(find(text, "2025-12-20", "5 percent")?.otherClausePartners).toBeUndefined();
  });
});

describe("a product named only to say what another is used for", () => {
  it.each([
    [
      "Shipments of dysprosium, a key input for magnets in wind turbines, fell to 3.5 tonnes in October.",
      "dysprosium",
    ],
    ["Terbium exports, used to make magnets that tolerate heat, came to 12.2 tonnes in October.", "terbium"],
    ["Gallium, needed for chips and magnets alike, saw exports of 9 tonnes in July.", "gallium"],
  ])("is not the figure's product: %s", (text, series) => {
    const c = find(text, "2025-11-20", "tonnes");
    expect(c).toMatchObject({ kind: "level", series });
  });

  it("still reads a product the clause is about", () => {
    const text = "Exports of magnets used in electric cars rose to 6,150 tonnes in November.";
    expect(find(text, "2025-12-20", "6,150")).toMatchObject({ series: "rare-earth-magnets" });
  });
});

describe("a German destination rank said as a predicate without its article", () => {
  it.each([
    ["Deutschland blieb im September mit 1.288 Tonnen wichtigstes Abnehmerland chinesischer Magnete.", 1],
    ["Südkorea war im September zweitgrößter Abnehmer.", 2],
  ])("is read with its destination: %s", (text, n) => {
    const c = extractClaims(text, { published: "2025-10-21" }).find((x) => x.kind === "rank");
    expect(c).toMatchObject({ kind: "rank", period: "2025-09" });
    expect(c?.stated).toMatchObject({ type: "rank", n, scope: { type: "destinations" } });
  });
});

describe("a full-width semicolon in Chinese text", () => {
  it("ends the clause, so a year-to-date span after it is not the month's figure", () => {
    const text = "11月稀土永磁出口6150吨。当月稀土出口4300吨；1—11月累计出口稀土5.8万吨。";
    expect(find(text, "2025-12-21", "4300吨")).toMatchObject({
      kind: "level",
      series: "rare-earths",
      period: "2025-11",
    });
    expect(find(text, "2025-12-21", "5.8万吨")).toMatchObject({ kind: "ytd", period: "2025-01..2025-11" });
  });
});

describe("twice the tonnage another destination took", () => {
  it("is a ratio of the two destinations", () => {
    const text = "Korea received 854 tonnes in September, almost twice the 456 tonnes shipped to Vietnam.";
    const c = find(text, "2025-10-20", "twice");
    expect(c).toMatchObject({ kind: "change", partner: "KOR", period: "2025-09" });
    expect(c?.stated).toMatchObject({ type: "change", pct: 100, versus: "VNM" });
  });
});

describe("a share said as a bare 'half'", () => {
  it("is read after a share noun", () => {
    const text = "Korea's portion of China's September magnet exports was well under half.";
    const c = find(text, "2025-10-20", "half");
    expect(c).toMatchObject({ kind: "share", partner: "KOR", period: "2025-09" });
    expect(c?.stated).toMatchObject({ type: "share", pct: 50 });
  });

  it("is not a share when it compares with another month", () => {
    const text = "Korea's share in October was half what it was in September.";
    expect(extractClaims(text, { published: "2025-11-20" }).some((c) => c.kind === "share")).toBe(false);
  });
});

describe("a direction against one month and a multiple of another, joined by 'and'", () => {
  it("keeps both comparisons", () => {
    const text =
      "Japan took 305 tonnes in November, a little above July's 232 tonnes and more than twice the 131 tonnes of June.";
    const claims = extractClaims(text, { published: "2025-12-20" });
    const dir = claims.find((c) => c.kind === "direction");
    expect(dir).toMatchObject({ partner: "JPN", period: "2025-11" });
    expect(dir?.stated).toMatchObject({ type: "direction", direction: "up", basis: "2025-07" });
    expect(
      claims.some((c) => c.kind === "change" && c.stated.type === "change" && c.stated.basis === "2025-06"),
    ).toBe(true);
  });
});

describe("a destination moving 'into' a place", () => {
  it.each([
    ["Vietnam overtook India into fourth place in October.", "VNM", 4],
    ["India moved into fifth place in October.", "IND", 5],
  ])("is read as that place: %s", (text, partner, n) => {
    const c = extractClaims(text, { published: "2025-11-20" }).find((x) => x.kind === "rank");
    expect(c).toMatchObject({ partner, period: "2025-10" });
    expect(c?.stated).toMatchObject({ type: "rank", n, scope: { type: "destinations" } });
  });
});

describe("a move with its month between the verb and a fraction", () => {
  it.each([
    ["Shipments of magnets to Korea fell in October by about a third.", -100 / 3],
    ["Shipments of magnets to Korea fell in October — by about a third.", -100 / 3],
  ])("reads the fraction as the size: %s", (text, pct) => {
    const c = find(text, "2025-11-20", "third");
    expect(c).toMatchObject({ kind: "change", partner: "KOR", period: "2025-10" });
    expect(c?.stated.type === "change" ? c.stated.pct : null).toBeCloseTo(pct);
  });

  it("keeps a dash before 'by' and digits a clause break", () => {
    const text = "Shipments of magnets to Korea fell in October — by 33 per cent.";
    expect(find(text, "2025-11-20", "33 per cent")).toMatchObject({ kind: "change", partner: "KOR" });
  });
});

describe("a multiple of a destination named bare at the end of its clause", () => {
  it("is a ratio of the two destinations", () => {
    const text = "Korea took 854 tonnes in September, nearly twice the US.";
    const c = find(text, "2025-10-20", "twice");
    expect(c).toMatchObject({ kind: "change", partner: "KOR", period: "2025-09" });
    expect(c?.stated).toMatchObject({ type: "change", pct: 100, versus: "USA" });
  });

  it("is no ratio when a noun other than an amount follows the destination", () => {
    const text = "Korea's imports rose at twice the US pace in September.";
    expect(
      extractClaims(text, { published: "2025-10-20" }).some(
        (c) => c.stated.type === "change" && c.stated.versus,
      ),
    ).toBe(false);
  });
});

describe("a hedged fraction after a destination's tonnage, set off by dashes", () => {
  it("is that destination's share", () => {
    const text =
      "Of the 5,774 tonnes shipped in September, 1,288 tonnes went to Germany — roughly a fifth — and 854 tonnes to Korea.";
    const c = find(text, "2025-10-20", "roughly a fifth");
    expect(c).toMatchObject({ kind: "share", partner: "DEU", period: "2025-09" });
    expect(c?.stated).toMatchObject({ type: "share", pct: 20 });
    expect(find(text, "2025-10-20", "854")).toMatchObject({ kind: "level", partner: "KOR" });
  });
});

describe("a German share 'of all exports'", () => {
  it("is read as a share of the total", () => {
    const text = "Im Oktober gingen 1.118 Tonnen Magnete nach Deutschland, rund 20 Prozent aller Ausfuhren.";
    const c = find(text, "2025-11-20", "Prozent");
    expect(c).toMatchObject({ kind: "share", partner: "DEU", period: "2025-10" });
    expect(c?.stated).toMatchObject({ type: "share", pct: 20 });
  });
});

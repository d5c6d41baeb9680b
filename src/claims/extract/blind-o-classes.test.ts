// Wordings a fifteenth blind batch (structured text, minor metals, machine output) showed misread:
// destinations written in lower case by auto-captions and chat ("to the us", "japan"), and a figure
// the text itself calls a slip ("(it was 45,920 t, a typing error)", "had been stored as 402.5 t").
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a destination written in lower case", () => {
  const captions =
    "and magnets to the us went from forty six tons in may to three hundred fifty three tons in june";

  it("reads 'the us' as the United States", () => {
    const c = find(captions, "2025-07-22", "three hundred fifty three");
    expect(c?.partner).toBe("USA");
  });

  it("reads lower-case country names", () => {
    const text = "magnet exports to japan were 305 tonnes in november and germany took about 1,100";
    expect(find(text, "2025-12-22", "305 tonnes")?.partner).toBe("JPN");
  });

  it("leaves the pronoun alone", () => {
    const text = "China's magnet exports were 6,150 tonnes in November, the agency told us.";
    expect(find(text, "2025-12-22", "6,150 tonnes")?.partner).toBe("WLD");
  });
});

describe("a figure the text calls a slip", () => {
  it("is a correction when an apposition calls it an error", () => {
    const text =
      "- Fixed: the January-October magnet total now reads 45,290 t (it was 45,920 t, a typing error).";
    const wrong = find(text, "2025-12-02", "45,920");
    expect(wrong?.mode).toBe("correction");
    expect(find(text, "2025-12-02", "45,290")?.mode).toBe("reported");
  });

  it("is a correction when the text says it had been recorded so", () => {
    const text =
      "- Fixed: September magnets to the US had been stored as 402.5 t; the customs figure is 420.5 t.";
    expect(find(text, "2025-12-02", "402.5")?.mode).toBe("correction");
    expect(find(text, "2025-12-02", "420.5")?.mode).toBe("reported");
  });
});

describe("a table pasted from a spreadsheet", () => {
  const grid = [
    "China magnet exports by partner (HS 85051110)",
    "Partner\tJul-25\tAug-25\tSep-25\tOct-25",
    "World\t5577\t6146\t5774\t5473",
    "Japan\t232\t\t228\t226",
    "Source: China customs; tonnes. A blank cell = not published.",
  ].join("\n");

  it("keeps an empty cell's place, so the figures after it stay under their months", () => {
    const c = find(grid, "2025-11-21", "228");
    expect(c).toMatchObject({ partner: "JPN", period: "2025-09" });
    expect(c?.stated).toMatchObject({ type: "level", value: 228 });
  });

  it("takes the unit from the source line under the table", () => {
    const c = find(grid, "2025-11-21", "6146");
    expect(c).toMatchObject({ partner: "WLD", period: "2025-08", series: "rare-earth-magnets" });
    expect(c?.stated).toMatchObject({ type: "level", value: 6146 });
  });

  it("keeps an empty cell's place between pipes too", () => {
    const text = [
      "Magnet exports by destination (t)",
      "| Destination | Oct 2025 | Nov 2025 | Dec 2025 |",
      "|---|---|---|---|",
      "| Korea |  | 569 | 815 |",
    ].join("\n");
    const c = find(text, "2026-01-21", "569");
    expect(c).toMatchObject({ partner: "KOR", period: "2025-11" });
  });
});

describe("a broker's period code with a two-digit year", () => {
  const summary = [
    "CN RARE EARTH EXPORTS - PERIOD SUMMARY",
    "10M25: 52,699.2 t (+10.5% YoY)",
    "9M25: 48,355.7 t (+12.6% YoY)",
  ].join("\n");

  it("reads '10M25' as January to October 2025", () => {
    expect(find(summary, "2025-11-25", "52,699.2")?.period).toBe("2025-01..2025-10");
    expect(find(summary, "2025-11-25", "+10.5%")).toMatchObject({ period: "2025-01..2025-10" });
  });

  it("reads '9M25' as January to September 2025", () => {
    expect(find(summary, "2025-11-25", "48,355.7")?.period).toBe("2025-01..2025-09");
  });

  it("never reads millions of tonnes as months", () => {
    const text = "China's rare-earth exports were 9M 25 t short of the forecast in 2025.";
    expect(extractClaims(text, { published: "2025-11-25" }).every((c) => !c.period?.includes(".."))).toBe(
      true,
    );
  });
});

describe("a lead that dates its list in brackets", () => {
  const box = [
    "Key data (May 2025, China customs):",
    "- Rare-earth magnets: 1,238 t (-52.9% m/m)",
    "- of which to Germany 209 t, to the US 46 t",
  ].join("\n");

  it("carries the bracketed month to the items", () => {
    expect(find(box, "2025-06-25", "1,238 t")).toMatchObject({ period: "2025-05" });
    expect(find(box, "2025-06-25", "209 t")).toMatchObject({ partner: "DEU", period: "2025-05" });
  });

  it("still passes over a month in brackets beside a figure", () => {
    const text = "Exports reached 5,774 t in September (Sep '24 was 4,915 t). Japan took 228 t.";
    expect(find(text, "2025-10-20", "228 t")).toMatchObject({ period: "2025-09" });
  });
});

describe("a table whose block opens with a title or notes above its header", () => {
  it("reads a screen's title line as the caption", () => {
    const screen = [
      "CHINA RARE EARTH EXPORTS   <CUSTOMS>   12/08/25  10:02",
      "----------------------------------------------",
      "PERIOD        VOL(T)      M/M%      Y/Y%",
      "NOV 25       5,493.9     +26.5     +24.4",
      "OCT 25       4,343.5      +8.6      -8.6",
    ].join("\n");
    const c = find(screen, "2025-12-08", "5,493.9");
    expect(c).toMatchObject({ series: "rare-earths", period: "2025-11", kind: "level" });
    const yoy = find(screen, "2025-12-08", "-8.6");
    expect(yoy).toMatchObject({ kind: "change", period: "2025-10" });
  });

  it("reads a line of key: value notes as the caption", () => {
    const grid = [
      "Category: Rare-earth magnets | Source: customs | Refreshed 21-Jan-2026 08:00",
      "ISO | Dec-25 (t) | Nov-25 (t) | MoM",
      "USA | 564 | 582 | -3.1%",
    ].join("\n");
    expect(find(grid, "2026-01-21", "564")).toMatchObject({
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-12",
    });
    expect(find(grid, "2026-01-21", "-3.1%")).toMatchObject({ kind: "change", period: "2025-12" });
  });
});

describe("a plain-text list of labels and figures set out with spaces", () => {
  const list = [
    "HEAVY RARE EARTH EXPORTS, AUGUST 2025",
    "  Dysprosium ........ 16,686 kg   (Jul 1,400 kg)",
    "  Terbium:             5,500 kg   (Jul 7,000 kg)",
  ].join("\n");

  it("reads each line as an item, not as a table whose first line is the header", () => {
    expect(find(list, "2025-09-05", "16,686")).toMatchObject({ series: "dysprosium", period: "2025-08" });
    expect(find(list, "2025-09-05", "5,500")).toMatchObject({ series: "terbium", period: "2025-08" });
    expect(find(list, "2025-09-05", "7,000")).toMatchObject({ series: "terbium", period: "2025-07" });
  });
});

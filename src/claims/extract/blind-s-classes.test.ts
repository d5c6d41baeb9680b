// Wordings a nineteenth blind batch (mainstream news: wires, business dailies, trade press, regional
// outlets) showed misread.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("another country's ministry named with capitals", () => {
  it("keeps its figure out of China's customs ('Korea's Trade Ministry')", () => {
    const text = "Korea's Trade Ministry counted 731 t of magnet arrivals from China in December.";
    expect(find(text, "2026-01-25", "731")?.mode).toBe("other-reporter");
  });

  it("does the same for a 'Finance Ministry' and a 'Commerce Ministry'", () => {
    const a = "Japan's Finance Ministry recorded 390 tons of magnets reaching Japan in October.";
    const b = "India's Commerce Ministry put October's magnet arrivals at 472 tonnes.";
    expect(find(a, "2025-11-30", "390")?.mode).toBe("other-reporter");
    expect(find(b, "2025-11-30", "472")?.mode).toBe("other-reporter");
  });

  it("leaves China's own ministry and customs reported", () => {
    const text = "China's Commerce Ministry said magnet exports reached 6,150 t in November.";
    expect(find(text, "2025-12-21", "6,150")?.mode).toBe("reported");
  });
});

describe("a figure told as another piece's and called wrong after it", () => {
  it("is a correction when the piece 'said in error'", () => {
    const text = "Magnet exports rose 9.1% in November, a weekly digest said in error.";
    expect(find(text, "2025-12-22", "9.1%")?.mode).toBe("correction");
  });

  it("is a correction when 'an earlier version' said it", () => {
    const text =
      "Shipments to Korea were 958 tonnes in September, an earlier version of a ministry memo said.";
    expect(find(text, "2025-10-25", "958")?.mode).toBe("correction");
  });

  it("is a correction when the writer printed it in an early edition", () => {
    const text = "November's magnet exports were 6,510 t, a number we printed in our first edition.";
    expect(find(text, "2025-12-22", "6,510")?.mode).toBe("correction");
  });

  it("is a correction when the rest of the sentence sets it right", () => {
    const a = "Magnet exports fell 31% in September, one popular dashboard claimed; in fact they fell 6.1%.";
    const b =
      "Tungsten exports to Japan were 318 t, a dealer's circular stated on its cover; its own table has 138 t.";
    expect(find(a, "2025-10-25", "31%")?.mode).toBe("correction");
    expect(find(a, "2025-10-25", "6.1%")?.mode).toBe("reported");
    expect(find(b, "2025-12-30", "318")?.mode).toBe("correction");
  });

  it("leaves a figure customs or an official gave reported", () => {
    const a = "Magnet exports rose 12.4% in November, customs said on Saturday.";
    const b =
      "Shipments to the US fell 11% in November, a customs official said; in fact they were within the range seen since July.";
    expect(find(a, "2025-12-21", "12.4%")?.mode).toBe("reported");
    expect(find(b, "2025-12-21", "11%")?.mode).toBe("reported");
  });
});

describe("the writer's own earlier figure, set right by naming the other product", () => {
  it("is a correction when 'that was the rare-earth total' follows", () => {
    const text = "On Monday we said November's magnet exports were 5,494 t; that was the rare-earth total.";
    expect(find(text, "2025-12-22", "5,494")?.mode).toBe("correction");
  });

  it("is a correction when 'that was magnets' follows", () => {
    const text = "Last week I wrote that rare-earth exports in August were 6,146 t; that was magnets.";
    expect(find(text, "2025-09-25", "6,146")?.mode).toBe("correction");
  });
});

describe("a country's buyers named by their nationality, as the subject of a verb of receiving", () => {
  it("names the destination ('German manufacturers received')", () => {
    const text = "German manufacturers received 1,106 tonnes of Chinese magnets in December.";
    expect(find(text, "2026-01-25", "1,106")).toMatchObject({ partner: "DEU" });
  });

  it("does so for 'Korean companies took' and 'US automakers bought'", () => {
    const a = "Korean companies took 815 t of Chinese magnets in December.";
    const b = "US automakers bought 564 tonnes of Chinese rare-earth magnets in December.";
    expect(find(a, "2026-01-25", "815")).toMatchObject({ partner: "KOR" });
    expect(find(b, "2026-01-25", "564")).toMatchObject({ partner: "USA" });
  });

  it("leaves such buyers who only speak an actor", () => {
    const text = "German manufacturers said China's magnet exports reached 5,952 t in December.";
    expect(find(text, "2026-01-25", "5,952")).toMatchObject({ partner: "WLD" });
  });
});

describe("a destination's place said the way news copy puts it", () => {
  const rankOf = (text: string, published: string, words: string) => {
    const c = find(text, published, words);
    return c?.kind === "rank"
      ? { partner: c.partner, rank: c.stated.type === "rank" ? c.stated.n : null }
      : c;
  };

  it("reads ', still the largest destination,' after the destination", () => {
    const text = "Germany, still the largest destination, took 1,106 tonnes of magnets in December.";
    expect(rankOf(text, "2026-01-25", "largest destination")).toMatchObject({ partner: "DEU", rank: 1 });
  });

  it("reads 'keeping Germany the top destination' as the kept destination's place", () => {
    const text = "Magnet shipments to Germany were 1,106 t in December, keeping Germany the top destination.";
    expect(rankOf(text, "2026-01-25", "top destination")).toMatchObject({ partner: "DEU", rank: 1 });
  });

  it("reads 'ranking fifth behind ...' after a destination's figure", () => {
    const text = "India took 416 t of Chinese magnets in October, ranking fifth behind Germany and the US.";
    expect(rankOf(text, "2025-11-25", "ranking fifth")).toMatchObject({ partner: "IND", rank: 5 });
  });
});

describe("an earlier share set beside the current one, a month before", () => {
  it("is read after 'accounted for ... , compared with'", () => {
    const text =
      "Japan accounted for 5% of China's magnet exports in November, compared with 4.1% a month earlier.";
    expect(find(text, "2025-12-22", "4.1%")).toMatchObject({
      kind: "share",
      partner: "JPN",
      period: "2025-10",
    });
  });

  it("is read after 'down from' or 'up from' following a share", () => {
    const text =
      "Germany's share of magnet exports was 20.4 per cent in October, down from 22.3 per cent a month earlier.";
    expect(find(text, "2025-11-22", "22.3")).toMatchObject({
      kind: "share",
      partner: "DEU",
      period: "2025-09",
    });
  });

  it("leaves a change compared with an earlier change alone", () => {
    const text = "Magnet exports rose 12.4% in November, compared with a 5.2% fall a month earlier.";
    expect(find(text, "2025-12-22", "5.2%")?.kind).not.toBe("share");
  });
});

describe("a part's share restated right after its tonnage", () => {
  it("is read when said as a fraction ('3,000 kg, or more than three-fifths')", () => {
    const text =
      "Gallium exports were 4,777 kg in April 2025, of which Japan took 3,000 kg, or more than three-fifths.";
    expect(find(text, "2026-01-22", "three-fifths")).toMatchObject({ kind: "share", partner: "JPN" });
  });

  it("is read past a year between them ('138 tonnes of the 2025 volume, or about 57%')", () => {
    const text =
      "China exported 243 tonnes of APT in January-November 2025. Japan took 138 tonnes of the 2025 volume, or about 57%.";
    expect(find(text, "2025-12-30", "57%")).toMatchObject({ kind: "share", partner: "JPN" });
  });
});

import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { literalGlosses } from "./literal-months.js";

const words = (text: string) =>
  literalGlosses(text).map((g) => [text.slice(g.index, g.index + g.length), g.word]);

describe("months and shares as a word-for-word translation from Chinese writes them", () => {
  it("reads a year's month, a span of months and a share of the total", () => {
    expect(words("Customs say 2025 year 9 month our country magnet export was 5774 ton.")).toEqual([
      ["2025 year 9 month", "September 2025"],
    ]);
    expect(words("1-9 month accumulate export 39817 ton, 10 month export 5473 ton")).toEqual([
      ["1-9 month accumulate", "January-September cumulative"],
      ["10 month", "October"],
    ]);
    expect(words("export to Germany 1288 ton, occupy total export 22.3%")).toEqual([
      ["occupy total export 22.3%", "accounting for 22.3% of total exports"],
    ]);
  });

  it("leaves a length of months alone", () => {
    expect(words("Beijing imposed a 6 month export ban; over the past 12 month exports fell.")).toEqual([]);
    expect(words("the 3-6 month outlook and a 2-3 months wait")).toEqual([]);
  });

  it("dates the figures by the months so read", () => {
    const text =
      "According to customs, 2025 year 10 month rare earth permanent magnet export 5473 ton. " +
      "1-10 month accumulate export 45290 ton. Export to Korea 569 ton, occupy total export 10.4%.";
    const got = extractClaims(text, { published: "2025-11-25" }).map((c) => [
      text.slice(c.start, c.end),
      c.kind,
      c.partner,
      c.period,
    ]);
    expect(got).toEqual([
      ["5473 ton", "level", "WLD", "2025-10"],
      ["45290 ton", "ytd", "WLD", "2025-01..2025-10"],
      ["569 ton", "level", "KOR", "2025-10"],
      ["occupy total export 10.4%", "share", "KOR", "2025-10"],
    ]);
  });
});

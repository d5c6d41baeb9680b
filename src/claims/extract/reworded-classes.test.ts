// Wordings found by saying a corpus text's figures another way that keeps its meaning ("in the
// previous month" for the month named, "last month" for the month before publication): each read
// the same figure as another month's and called it wrong.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a share dated by the words right after it", () => {
  it("is the month before for 'in the previous month'", () => {
    const text =
      "In October, the US share of China's magnet exports rose to 12.0% from 7.3% in the previous month.";
    expect(find(text, "2025-11-25", "7.3%")?.period).toBe("2025-09");
    expect(find(text, "2025-11-25", "12.0%")?.period).toBe("2025-10");
  });

  it("is the month before for 'compared with ... in the previous month'", () => {
    const text = "India's share of China's July magnet exports was 7.5%, against 5.4% in the previous month.";
    expect(find(text, "2025-08-22", "5.4%")?.period).toBe("2025-06");
  });

  it("is last month's at the end of a list of months", () => {
    const text =
      "The US share of China's magnet exports was 3.7% in May, 12.0% in October and 9.5% last month.";
    expect(find(text, "2025-12-20", "9.5%")?.period).toBe("2025-11");
    expect(find(text, "2025-12-20", "12.0%")?.period).toBe("2025-10");
  });
});

describe("a level dated 'last month' after a level of another month", () => {
  it("is last month's, not the month named before it", () => {
    const text =
      "China's gallium exports swung from nothing in May to 10,809 kilograms last month, up 49% on November.";
    expect(find(text, "2026-01-20", "10,809")?.period).toBe("2025-12");
  });
});

describe("percent shortened to 'pct' or 'pc'", () => {
  it("reads a share's month as it does after '%'", () => {
    const text = "By November the US share of China's magnet exports fell from 12 pct in October to 9.5 pct.";
    expect(find(text, "2025-12-20", "9.5")?.period).toBe("2025-11");
  });

  it("keeps a tonnage before a share's comparison its own month", () => {
    const text =
      "India was the fifth-largest destination for the magnets in October, with a 7.6 pct share of " +
      "the 5,473 tonnes China exported in all, up from 5.4 pct in July.";
    expect(find(text, "2025-11-20", "5,473")?.period).toBe("2025-10");
  });

  it("does not date a tonnage by the month a change after it is measured against", () => {
    const text = "Magnets are a different story: 3,188 tonnes, still 40 pct under March.";
    const c = find(text, "2025-07-20", "3,188");
    expect(c?.kind).toBe("level");
    expect(c?.period).not.toBe("2025-03");
  });
});

describe("a destination's figure stated as 'a total'", () => {
  it("keeps the destination for 'a total of'", () => {
    const text =
      "In November, magnet shipments to the United States came to a total of 582 tonnes, down 11 percent from October.";
    expect(find(text, "2025-12-20", "down 11")?.partner).toBe("USA");
    expect(find(text, "2025-12-20", "582")?.partner).toBe("USA");
  });

  it("keeps the destination for 'a 619-tonne total'", () => {
    const text =
      "Outbound magnet shipments to the United States rose to a 619-tonne total in July, up 75% from June.";
    expect(find(text, "2025-08-20", "up 75%")?.partner).toBe("USA");
  });
});

describe("a change whose base is said relative to its month after it", () => {
  it("is on the month before, not a month an aside named earlier", () => {
    const text =
      "Magnet exports, which had slipped for two months after a peak of 6,146 tonnes in August, rose " +
      "12.4% in November to 6,150 tonnes, against 5,473 tonnes in the previous month.";
    expect(find(text, "2025-12-20", "12.4%")?.stated).toMatchObject({ type: "change", basis: "mom" });
  });
});

describe("a figure another report 'called' something, with a decimal point in between", () => {
  it("is the report's words the text denies, credited to the report", () => {
    const text = 'One outlet called the 6.15 kt shipped in November "a record". It was not.';
    expect(find(text, "2025-12-20", "a record")).toMatchObject({ creditedTo: "one outlet" });
    expect(find(text, "2025-12-20", "a record")?.cautions).toContain("disputed");
  });
});

describe("sales named for where they are bound", () => {
  it("are trade figures, not a company's sales", () => {
    const text = "US-bound sales eased for a second month to 564 tonnes in December.";
    expect(find(text, "2026-01-20", "564")).toMatchObject({
      kind: "level",
      partner: "USA",
      period: "2025-12",
    });
  });
});

describe("a level in a ', when' aside after a month said relative to the claim's", () => {
  it.each([
    ["in the previous month", "2025-07"],
    ["a month earlier", "2025-07"],
    ["the month before", "2025-07"],
  ])("is that month's after '%s'", (words, period) => {
    const text = `Germany took 11.4% of China's magnet exports in August, against 13.2% ${words}, when the total was 5,577 tonnes.`;
    expect(find(text, "2025-09-22", "5,577")?.period).toBe(period);
  });

  it("is the year before's after 'a year earlier' or 'the same month last year'", () => {
    for (const words of ["a year earlier", "the same month last year"]) {
      const text = `Exports of magnets climbed in November, well above ${words}, when they came to about 4,700 tonnes.`;
      expect(find(text, "2025-12-20", "4,700")?.period).toBe("2024-11");
    }
  });

  it("stays the month named when the aside follows a named month", () => {
    const text = "Exports fell in August from July, when they reached 5,577 tonnes.";
    expect(find(text, "2025-09-22", "5,577")?.period).toBe("2025-07");
  });
});

describe("a year that dates only the figure compared with", () => {
  it("does not date the clause's own figure when that figure is hedged", () => {
    const text =
      "China's magnet exports dipped in 2025, but only just: full-year shipments of 57,392 tonnes " +
      "compare with about 58,152 tonnes in 2024.";
    expect(find(text, "2026-01-20", "57,392")?.period).toBe("2025-01..2025-12");
    expect(find(text, "2026-01-20", "58,152")?.period).toBe("2024-01..2024-12");
  });
});

describe("a month and its year joined by 'of'", () => {
  it("dates a comparison's base, not the month the clause reports", () => {
    const text =
      "Magnet shipments from China climbed in October to 5,473 tonnes, 15.8% more than October of 2024.";
    expect(find(text, "2025-11-20", "5,473")?.period).toBe("2025-10");
    expect(find(text, "2025-11-20", "15.8%")?.period).toBe("2025-10");
  });

  it("dates a rank's start, not the month the clause reports", () => {
    const text = "March exports of 5,666.3 t were the highest since May of 2024.";
    expect(find(text, "2025-04-20", "5,666.3")?.period).toBe("2025-03");
  });
});

describe("a month named as 'last <month>' right after a figure", () => {
  it("dates each level of a run from one month to the next", () => {
    const text =
      "Chinese magnet exports sank from 5,324 tonnes last March to 2,626 tonnes last April and 1,238 tonnes last May.";
    expect(find(text, "2026-02-15", "5,324")?.period).toBe("2025-03");
    expect(find(text, "2026-02-15", "2,626")?.period).toBe("2025-04");
    expect(find(text, "2026-02-15", "1,238")?.period).toBe("2025-05");
  });

  it("dates the share it follows, not the month of the share before it", () => {
    const text =
      "The United States' share of Chinese magnet exports climbed from 7.3% last September to 12% last October.";
    expect(find(text, "2026-02-15", "12%")?.period).toBe("2025-10");
  });
});

describe("a company's own shipments between two sentences on China's exports", () => {
  it("do not hand their product on to the sentence after them", () => {
    const text =
      "China's exports of rare earths slipped to 4,784.8 tonnes in April. TDK said its own magnet " +
      "deliveries grew 6% to 900 tonnes in the period. Exports were 4.8% above April 2024.";
    expect(find(text, "2025-05-20", "4.8% above")?.series).toBe("rare-earths");
  });
});

describe("a correction told in two sentences, whatever verb sets it right", () => {
  it.each(["slid", "eased", "shrank", "edged up", "climbed"])(
    "keeps the figure the earlier piece gave a correction's when the next sentence says 'They %s'",
    (verb) => {
      const text =
        `A story on Dec. 3 about magnets said China's November exports declined 7.5%. ` +
        `They ${verb} 12.4%, to 6,150 tonnes.`;
      expect(find(text, "2025-12-20", "7.5%")?.mode).toBe("correction");
    },
  );
});

describe("a month written with a slash, month first", () => {
  it("dates a figure and a change's base", () => {
    const text =
      "Rare-earth exports reached 5,493.9 t in 11/2025, 24.4% more than in 11/2024, after 4,343.5 t in 10/2025.";
    expect(find(text, "2025-12-20", "5,493.9")?.period).toBe("2025-11");
    expect(find(text, "2025-12-20", "24.4%")?.period).toBe("2025-11");
    expect(find(text, "2025-12-20", "24.4%")?.stated).toMatchObject({ basis: "yoy" });
    expect(find(text, "2025-12-20", "4,343.5")?.period).toBe("2025-10");
  });

  it("is not a day's date", () => {
    const text = "On 12/20/2025 the customs office put November's rare-earth exports at 5,493.9 t.";
    expect(find(text, "2025-12-20", "5,493.9")?.period).toBe("2025-11");
  });
});

describe("thousands set apart by a space in the figure compared with", () => {
  it("leave the clause's own total its own year", () => {
    const text =
      "Chinese magnet exports eased in December, taking the full-year total to 57.4kt, 1.3pc below 58 152t in 2024.";
    expect(find(text, "2026-01-20", "57.4kt")?.period).toBe("2025-01..2025-12");
  });
});

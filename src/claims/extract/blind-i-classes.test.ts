// Wordings a ninth blind batch showed misread into false contradictions: a change that names its
// own base after a "between March and August" span that heads the clause (the span's total against
// that base, not a change from March to August); a change inside a ", when" aside on a month, with
// the main clause's month after the aside; and lines led by a clock time, without a full stop, as
// in show notes or a running log, each an item of its own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string, published: string) =>
  extractClaims(t, { published }).map((c) => ({
    words: t.slice(c.start, c.end),
    period: c.period,
    basis: "basis" in c.stated ? c.stated.basis : null,
  }));

describe("a change naming its own base after a span that heads the clause", () => {
  it.each([
    [
      "Between February and July 2025 the country sold 21,400 tonnes of gallium abroad, some 8% less than in the same months of 2024.",
      "2025-08-25",
      "8% less",
    ],
    [
      "Between March and August, shipments of terbium totalled 46 t, up 31% on the year.",
      "2025-09-22",
      "up 31%",
    ],
    [
      "Between April and September antimony exports came to 9,850 t, a drop of 14% from the same period a year earlier.",
      "2025-10-22",
      "drop of 14%",
    ],
  ])("reads the span's total against that base: %s", (text, published, words) => {
    const c = read(text, published).find((x) => x.words.includes(words));
    expect(c?.period).toMatch(/^\d{4}-\d{2}\.\.\d{4}-\d{2}$/);
    expect(c?.basis).toBe("yoy");
  });

  it("keeps a change between the span's two months when no base is named", () => {
    const c = read("Terbium shipments climbed 40% between June and September.", "2025-10-22").find((x) =>
      x.words.startsWith("climbed 40%"),
    );
    expect(c?.period).toBe("2025-09");
    expect(c?.basis).toBe("2025-06");
  });
});

describe("a change inside a ', when' aside on a month", () => {
  it.each([
    [
      "Set against March, when shipments to Japan had slumped 38% from February, the October total was three times higher.",
      "2025-11-20",
      "slumped 38%",
      "2025-03",
    ],
    [
      "Unlike June, when gallium exports fell by a third, August's volume was the year's highest.",
      "2025-09-20",
      "fell by a third",
      "2025-06",
    ],
  ])("gives the change the aside's month: %s", (text, published, words, period) => {
    expect(read(text, published).find((x) => x.words.includes(words))?.period).toBe(period);
  });

  it("leaves a change past the aside's closing comma to the main clause", () => {
    const text = "Compared with April, when 2,300 t left, exports to Korea in May were up 12%.";
    expect(read(text, "2025-06-20").find((x) => x.words.startsWith("up 12%"))?.period).toBe("2025-05");
  });
});

describe("lines led by a clock time with no full stop", () => {
  it("reads each line on its own, so a later line's month is not an earlier line's", () => {
    const text = [
      "Episode notes",
      "02:15 The 2024 picture: 41,300 t of antimony exported, up 4% on 2023",
      "09:40 The March slump: 1,420 t, down 38% from February",
    ].join("\n");
    const found = read(text, "2025-05-02");
    expect(found.find((x) => x.words.startsWith("up 4%"))?.period ?? null).not.toBe("2025-03");
    expect(found.find((x) => x.words === "1,420 t")?.period).toBe("2025-03");
  });
});

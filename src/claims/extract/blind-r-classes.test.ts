// Wordings an eighteenth blind batch (texts by people who are not journalists: e-mails, handouts,
// case exhibits, board papers) showed misread.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a change in brackets right after a base month", () => {
  it("is measured from that month, not from an earlier base in the clause", () => {
    const text =
      "Shipments of magnets to Korea were 815 t in December, up from 569 t in October and down from 854 t in September (about 4.6% lower).";
    expect(find(text, "2026-01-25", "4.6%")?.stated).toMatchObject({ type: "change", basis: "2025-09" });
  });

  it("keeps the first base when the change is not bracketed after another", () => {
    const text =
      "Compared with May, when shipments had halved from April, November's magnet exports were about five times as large.";
    expect(find(text, "2025-12-21", "five times")?.stated).toMatchObject({ basis: "2025-05" });
  });
});

describe("a multiple between a dated level and a later item of a list", () => {
  it("is the earlier level's when its base figure comes next, though a later item has its month", () => {
    const text =
      "Gallium took another route: 9,007 kg in July, roughly double June's 4.26 t, then 10,809 kg in December.";
    const c = find(text, "2026-01-20", "roughly double");
    expect(c).toMatchObject({ kind: "change", period: "2025-07" });
  });

  it("still dates a rise by the level it runs to", () => {
    const text = "Exports, which stood at 3,326 t in December, rose 59% to 5,294 t in January.";
    expect(find(text, "2025-02-20", "59%")).toMatchObject({ kind: "change", period: "2025-01" });
  });
});

describe("a base month after a pronoun standing for the figure", () => {
  it("reads 'below those of March' as March's base", () => {
    const text = "Magnet shipments in June were still about 40% below those of March.";
    expect(find(text, "2025-07-22", "40%")?.stated).toMatchObject({ type: "change", basis: "2025-03" });
  });

  it("reads 'lower than that of August' the same way", () => {
    const text = "Rare-earth exports in November were 5.1% lower than that of August.";
    expect(find(text, "2025-12-08", "5.1%")?.stated).toMatchObject({ type: "change", basis: "2025-08" });
  });
});

describe("the writer's own earlier figure, set right by a sentence opening 'Wrong:'", () => {
  const text =
    "In yesterday's note I said Germany took 1,811 t of magnets in October. Wrong: German buyers took 1,118 t that month.";

  it("is a correction, never checked", () => {
    expect(find(text, "2025-11-25", "1,811")?.mode).toBe("correction");
  });

  it("leaves the figure that sets it right reported", () => {
    expect(find(text, "2025-11-25", "1,118")?.mode).toBe("reported");
  });
});

describe("a month the subject of 'added'", () => {
  it("adds its own level to a running total, no change", () => {
    const text =
      "Rare-earth exports came to 52,699.2 t for January-October, so October by itself added 4,343.5 t to the total.";
    expect(find(text, "2025-11-20", "4,343.5")).toMatchObject({ kind: "level", period: "2025-10" });
  });

  it("leaves 'exports added 677 t' a change", () => {
    const text = "Magnet exports added 677 t in November from October.";
    expect(find(text, "2025-12-20", "677")).toMatchObject({ kind: "change" });
  });
});

describe("a month named as the data's own in a sentence without figures", () => {
  const text =
    "Shareholder letter, October 2025\n\nThe figures from September tell the story. Magnet exports to India were 456 tonnes.";

  it("sets the period of the figures that follow", () => {
    expect(find(text, "2025-10-24", "456")).toMatchObject({ kind: "level", period: "2025-09" });
  });
});

describe("a base month without its year after a month with one", () => {
  it("is the last such month up to the dated one, in the same clause", () => {
    const text = "In March 2024 gallium exports were 1,214 kg, well below February's 2,050 kg.";
    expect(find(text, "2026-02-16", "2,050")).toMatchObject({ kind: "level", period: "2024-02" });
  });

  it("and in a later clause of the same sentence", () => {
    const text =
      "By May 2024 germanium exports had reached 1,820 kg, and gallium 6,210 kg, above April's 5,190 kg.";
    expect(find(text, "2026-02-16", "5,190")).toMatchObject({ kind: "level", period: "2024-04" });
  });
});

describe("a heading dated with the month of publication", () => {
  it("dates the piece, not the figures under it", () => {
    const text = "Purchasing Desk Notes, December 2025\n\nChina's magnet exports were 6,150 tonnes.\n";
    const c = find(text, "2025-12-22", "6,150");
    expect(c?.kind).toBe("level");
    expect(c?.period).not.toBe("2025-12");
  });

  it("still heads them when its month could be reported", () => {
    const t = "November 2025\n\nChina's magnet exports were 6,150 tonnes.\n";
    expect(find(t, "2025-12-22", "6,150")).toMatchObject({ period: "2025-11" });
  });
});

describe("a list item opening with 'Over' and a span", () => {
  it("is of that span, not of the month the item before named", () => {
    const text =
      "- Magnet shipments to Japan in November were 305 tonnes.\n- Over January-November, China shipped 51,440 tonnes of magnets abroad.\n";
    expect(find(text, "2025-12-22", "51,440")).toMatchObject({ period: "2025-01..2025-11" });
  });
});

describe("'that month' in a clause after one that names a year and then a month", () => {
  it("is the month, not the year the sentence opened with", () => {
    const text =
      "In 2025 magnet supply was patchy for months: in June it recovered to 3,188 tonnes, and shipments to India reached 172 tonnes that month.";
    expect(find(text, "2026-03-15", "172")).toMatchObject({ period: "2025-06" });
  });
});

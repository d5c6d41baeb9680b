// Wordings a twenty-second blind batch (texts dense in comparisons across time: reviews, trackers,
// rundowns, revision logs) showed misread.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [c.series, c.partner, c.period, text.slice(c.start, c.end)]);

describe("a grade left bare after its sibling named in full", () => {
  it("is that grade's ('antimony metal ... 1,900t and oxide 20,100t')", () => {
    expect(read("In 2024 antimony metal exports came to 1,900t and oxide 20,100t.", "2025-03-01")).toEqual([
      ["antimony-metal", "WLD", "2024-01..2024-12", "1,900t"],
      ["antimony-oxide", "WLD", "2024-01..2024-12", "20,100t"],
    ]);
  });

  it("for graphite's grades too ('flake graphite ... 1,100 t and spherical 800 t')", () => {
    const got = read("In March flake graphite shipments were 1,100 t and spherical 800 t.", "2024-04-25");
    expect(got.map((c) => c[0])).toEqual(["graphite-flake", "graphite-spherical"]);
  });

  it("while oxides of something else name no antimony grade ('and oxides of other metals rose')", () => {
    const got = read(
      "Antimony metal exports were 300t in May and oxides of other metals rose.",
      "2024-06-25",
    );
    expect(got.map((c) => c[0])).not.toContain("antimony-oxide");
  });
});

describe("a part taken of a month's whole ('2 t of May's 5 t of terbium')", () => {
  const text = "Japan took 2 t of May's 5 t of terbium.";
  it("leaves the whole the month's total, not the destination's", () => {
    expect(read(text, "2025-07-01")).toContainEqual(["terbium", "WLD", "2025-05", "5 t"]);
  });

  it("gives the part the whole's product", () => {
    expect(read(text, "2025-07-01")).toContainEqual(["terbium", "JPN", "2025-05", "2 t"]);
  });
});

describe("a total a destination's name qualifies ('the quarter's US total')", () => {
  it("is the destination's, over the quarter", () => {
    const text = "Magnet exports to the US were 300 t in June; the quarter's US total was 900 t.";
    expect(read(text, "2025-07-25")).toContainEqual([
      "rare-earth-magnets",
      "USA",
      "2025-04..2025-06",
      "900 t",
    ]);
  });

  it("while 'the total' after a destination's clause is still the world's", () => {
    const text = "Exports to the US fell, and the total was 6,000 t in June.";
    expect(read(text, "2025-07-25")).toContainEqual(["rare-earth-magnets", "WLD", "2025-06", "6,000 t"]);
  });
});

describe("a base level dated past its product ('up from 3,000 t of magnets in June')", () => {
  it("is of the month named, not the month before the clause's", () => {
    const text = "Magnet exports in July were 5,000 t, up from 3,000 t of magnets in June.";
    expect(read(text, "2025-08-25")).toContainEqual(["rare-earth-magnets", "WLD", "2025-06", "3,000 t"]);
  });
});

describe("an edition dated with its year to a month already over when it came out", () => {
  it("heads the figures under it ('Minerals Monitor — July 2025 | Issue 31', out in August)", () => {
    const text =
      "MINERALS MONITOR — July 2025 | Issue 31\nMagnets: 5,577 t (+75% m/m).\nGermany 1,116 t | US 619 t.";
    expect(read(text, "2025-08-22").map((c) => c[2])).toEqual(["2025-07", "2025-07", "2025-07", "2025-07"]);
  });

  it("while an edition of the month it came out in still dates none ('Market Review | November 2025')", () => {
    const got = read("Market Review | November 2025\n\nGallium exports slumped to 4.3 t.", "2025-11-03");
    expect(got.map((c) => c[2])).not.toContain("2025-11");
  });
});

describe("a tonnage 'through October' in a clause that names a base span", () => {
  it("is the year to October, the span named the base's ('5% below the 40,000 t of January-October 2024')", () => {
    const text =
      "Magnet exports totalled 38,000 t through October, 5% below the 40,000 t of January-October 2024.";
    expect(read(text, "2025-12-10").map((c) => c[2])).toEqual([
      "2025-01..2025-10",
      "2025-01..2025-10",
      "2024-01..2024-10",
    ]);
  });
});

describe("a base year set off by a comma ('Compared with 2024, the first half ...')", () => {
  it("leaves the span after the comma the clause's own", () => {
    const text = "Compared with 2024, the first half was 19% lower and the first nine months 7% lower.";
    expect(read(text, "2026-01-22").map((c) => c[2])).toEqual(["2025-01..2025-06", "2025-01..2025-09"]);
  });

  it("while a figure right after 'compared with' is still the base ('compared with 5,000 t in May')", () => {
    const text = "Exports rose 10% in June compared with 5,000 t in May.";
    expect(read(text, "2025-07-25")).toContainEqual(["rare-earth-magnets", "WLD", "2025-05", "5,000 t"]);
  });
});

describe("a revision log's 'we first printed X, should have read Y'", () => {
  const text = "Magnets, January-May. The total we first printed, 19,000 t, should have read 19,132 t.";
  const modes = () =>
    extractClaims(text, { published: "2025-07-01" }).map((c) => [text.slice(c.start, c.end), c.mode]);

  it("takes the figure it should have read as reported, not as a forecast", () => {
    expect(modes()).toContainEqual(["19,132 t", "reported"]);
  });

  it("and the one first printed as the figure it corrects", () => {
    expect(modes()).toContainEqual(["19,000 t", "correction"]);
  });
});

describe("the rare-earth products category named again without its head", () => {
  it("is the products category ('the products category climbed from 2,100 t in May ...')", () => {
    const text = "The products category climbed from 2,100 t in May to 3,800 t in June.";
    expect(read(text, "2025-07-25")).toContainEqual(["rare-earth-products", "WLD", "2025-05", "2,100 t"]);
    expect(read(text, "2025-07-25")).toContainEqual(["rare-earth-products", "WLD", "2025-06", "3,800 t"]);
  });

  it("while a product line named in full is still its own ('antimony products')", () => {
    const got = read("Antimony products exports fell to 100 t in June.", "2025-07-25");
    expect(got.map((c) => c[0])).not.toContain("rare-earth-products");
  });
});

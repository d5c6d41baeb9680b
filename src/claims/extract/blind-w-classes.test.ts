// Wordings a twenty-third blind batch (headline lists, threads, transcripts, subtitles, PDF text,
// slides and pasted sheets) showed misread.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const modes = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.mode]);

describe("a figure the speaker takes back ('- wait, no, that's the year-on-year number')", () => {
  it("is not stated when nothing follows the retraction", () => {
    const text = "GUEST: Rare earth exports in June were up 60% on May - wait, no, that's the other base.";
    expect(modes(text, "2025-07-25")).toEqual([["up 60%", "correction"]]);
  });

  it("nor when a corrected figure follows it ('rose 21% - no, wait, it was 12.4%')", () => {
    const text = "Magnet exports rose 21% in November - no, wait, it was 12.4%.";
    expect(modes(text, "2025-12-25")).toEqual([["rose 21%", "correction"]]);
  });

  it("'sorry, no, scratch that' too", () => {
    const text = "Exports to Japan hit 503 t in November, sorry, no, scratch that.";
    expect(modes(text, "2025-12-25")).toEqual([["503 t", "correction"]]);
  });

  it("while 'no wait for the data' takes nothing back", () => {
    const text = "Magnet exports rose 12% in November, no wait for the December data.";
    expect(modes(text, "2025-12-25")).toEqual([["rose 12%", "reported"]]);
  });
});

describe("a tagged statement answered no ('..., right?' 'No - ...')", () => {
  const thread = (reply: string) =>
    `skeptic wrote:\nRare earth exports in October were up 8.6% on the year too, right?\n\nmetalsnerd wrote:\n${reply}`;

  it("is a question, not a statement", () => {
    expect(modes(thread("No - year on year they fell."), "2025-11-25")[0]).toEqual(["up 8.6%", "question"]);
  });

  it("while one the reply agrees with still asserts its figure", () => {
    expect(modes(thread("Yes, that matches customs."), "2025-11-25")[0]).toEqual(["up 8.6%", "reported"]);
  });
});

describe("the writer's own slip set right with a plural subject ('we said ...; they were in fact up')", () => {
  it("leaves the figure said before unchecked", () => {
    const text =
      "One slip last week: we said rare earth exports in August were 22.6% below a year earlier; they were in fact up.";
    expect(modes(text, "2025-09-25")[0]).toEqual(["22.6% below", "correction"]);
  });

  it("and the figure that sets it right is reported", () => {
    const text = "Last month we said shipments to Japan were 262 t; they were actually 226 t.";
    expect(modes(text, "2025-11-25")).toEqual([
      ["262 t", "correction"],
      ["226 t", "reported"],
    ]);
  });
});

describe("'its own path': a product going its own way is no company's own figure", () => {
  it("leaves the figures after it China's", () => {
    const text = "Terbium followed its own path: 7 tonnes in July, 5.5 tonnes in August.";
    expect(modes(text, "2025-10-25")).toEqual([
      ["7 tonnes", "reported"],
      ["5.5 tonnes", "reported"],
    ]);
  });

  it("while a company's own shipments stay its own", () => {
    expect(modes("The company counted its own shipments: 300 t in July.", "2025-10-25")).toEqual([
      ["300 t", "company"],
    ]);
  });
});

describe("a list of headlines, one a line without punctuation", () => {
  const list = [
    "Top stories",
    "",
    "China's October rare-earth magnet exports slip 5% to 5,473 tonnes",
    "US-bound magnets jump to 656 t in October",
    "Rare earth exports in October rise to 4,343.5 tonnes",
  ].join("\n");
  const read = (text: string) =>
    extractClaims(text, { published: "2025-11-25" }).map((c) => [
      c.series,
      c.partner,
      text.slice(c.start, c.end),
    ]);

  it("reads each line as a sentence of its own, with its own product and destination", () => {
    expect(read(list)).toEqual([
      ["rare-earth-magnets", "WLD", "slip 5%"],
      ["rare-earth-magnets", "WLD", "5,473 tonnes"],
      ["rare-earth-magnets", "USA", "656 t"],
      ["rare-earths", "WLD", "4,343.5 tonnes"],
    ]);
  });

  it("while a paragraph wrapped at a fixed width still runs on across its lines", () => {
    const wrapped = [
      "China's exports of rare-earth magnets to the",
      "United States were 656 tonnes in October, up",
      "from 420.5 tonnes in September.",
    ].join("\n");
    expect(read(wrapped)).toContainEqual(["rare-earth-magnets", "USA", "656 tonnes"]);
  });
});

describe("the products category named by its basket, and what it takes in", () => {
  const read = (text: string) =>
    extractClaims(text, { published: "2025-12-21" }).map((c) => [c.series, text.slice(c.start, c.end)]);

  it("reads 'the product basket' as rare-earth products", () => {
    expect(read("The product basket peaked at 7,336 tonnes in August.")).toContainEqual([
      "rare-earth-products",
      "7,336 tonnes",
    ]);
  });

  it("does not take the part a category includes as the topic ('a wider basket that includes magnets. In November it came to ...')", () => {
    const text =
      "Rare-earth products: a wider basket that includes magnets. In November it came to 6,958 tonnes.";
    expect(read(text)).toEqual([["rare-earth-products", "6,958 tonnes"]]);
  });

  it("while magnets named as the subject stay the topic", () => {
    const text = "Magnets are the heart of the trade. In November they came to 6,150 tonnes.";
    expect(read(text)).toEqual([["rare-earth-magnets", "6,150 tonnes"]]);
  });
});

describe("items of a list, each naming its product and its own figure", () => {
  const others = (text: string, quote: string) => {
    const c = extractClaims(text, { published: "2026-01-25" }).find(
      (x) => text.slice(x.start, x.end) === quote,
    );
    const series = (c?.alternatives ?? []).flatMap((a) => (a.series === undefined ? [] : [a.series]));
    return [c?.series, [...new Set(series)].sort()];
  };
  const list =
    "An alert had China's gallium exports in December at 10.089 tonnes, China's rare earth exports at 4,932 tonnes, and China's terbium exports at 4.12 tonnes.";

  it("give the figure before the next item's product no reading of that product", () => {
    expect(others(list, "10.089 tonnes")).toEqual(["gallium", []]);
  });

  it("nor the figure after an earlier item's figure", () => {
    expect(others(list, "4,932 tonnes")).toEqual(["rare-earths", []]);
  });

  it("while a product named after the figure with none of its own stays a reading of it", () => {
    const text = "Gallium exports, the note said, came to 10.089 tonnes in December, germanium aside.";
    expect(others(text, "10.089 tonnes")).toEqual(["gallium", ["germanium"]]);
  });
});

describe("a heading with a dash above a dashed list ('Slide 3 - Rare earths' / '- June: 7,742.2 t')", () => {
  const read = (text: string) =>
    extractClaims(text, { published: "2025-07-22" }).map((c) => [c.series, text.slice(c.start, c.end)]);

  it("names its section's product: the next line's bullet dash closes no aside", () => {
    expect(read("Slide 3 - Rare earths\n- June: 7,742.2 t\n- H1 2025: 32,569.2 t")).toEqual([
      ["rare-earths", "7,742.2 t"],
      ["rare-earths", "32,569.2 t"],
    ]);
  });

  it("while an aside set between two dashes on one line is still an aside", () => {
    expect(read("Rare earths -- a feedstock for magnets -- rose to 5,493.9 t in June.")).toContainEqual([
      "rare-earths",
      "5,493.9 t",
    ]);
  });
});

// A subject that points back at the one figure of the sentence before ("That was", "The figure",
// "It", "On the year it was") takes the parts that sentence named, and only then.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

/** The grounds of the claims whose words include `words`. */
const grounds = (text: string, words: string, published = "2025-12-20") =>
  extractClaims(text, { published })
    .filter((c) => c.text.includes(words))
    .map((c) => [c.grounds.series, c.grounds.partner, c.grounds.period]);

/** Every part named (in the claim's sentence or the one pointed back at), one at least pointed. */
const named = (g: string[]) => g.every((x) => x !== "carried" && x !== "default") && g.includes("pointed");
const unsure = (g: string[]) => g.some((x) => x === "carried" || x === "default");

describe("a subject pointing back at the figure before", () => {
  it.each([
    [
      "Magnet exports to Japan climbed to 305 t in November. That was the highest monthly total this year.",
      "highest",
    ],
    ["China's magnet exports hit 6,150 t in November. The figure was 35% above a year earlier.", "35%"],
    [
      "Magnet shipments to Germany were 1,346 t in August. It accounted for 22% of the month's exports.",
      "22%",
    ],
    ["Magnet exports slid to 4,000 t in September. This marked a third straight monthly decline.", "third"],
    ["China shipped 5,577 t of magnets in July. On the year it was up 7.5%.", "7.5%"],
    ["China's magnet exports were 6,150 t in November. THAT'S UP TWELVE PERCENT FROM OCTOBER.", "TWELVE"],
    ["China's magnet exports reached 6,150 t in November. The total was up 12% on October.", "12%"],
    [
      "China's magnet exports reached 6,150 t in November. That was up 12% on October, and the best since January.",
      "best",
    ],
  ])("takes the parts it named: %s", (text, words) => {
    const got = grounds(text, words);
    expect(got.length).toBe(1);
    for (const g of got) expect(named(g), JSON.stringify(g)).toBe(true);
  });

  it.each([
    // a heading, a list item, a paragraph, a speaker's turn and a quote come between
    "China's magnet exports reached 6,150 t in November.\n\nOutlook\n\nThat was a fifth straight monthly rise.",
    "China's magnet exports reached 6,150 t in November.\n\nThat was a fifth straight monthly rise.",
    "- China's magnet exports reached 6,150 t in November.\n- That was a fifth straight monthly rise.",
    'China\'s magnet exports reached 6,150 t in November. "That was a fifth straight monthly rise," a trader said.',
    "Q: Did China's magnet exports reach 6,150 t in November?\nA: That was a fifth straight monthly rise.",
    // the sentence before gives two months, or carried its month
    "China's magnet exports reached 6,150 t in November, up from 5,473 t in October. That was a fifth straight monthly rise.",
    "China's magnet exports rose in November. Shipments came to 6,150 t. That was a fifth straight monthly rise.",
    // not a pointing subject
    "China's magnet exports reached 6,150 t in November. Exports rose for a fifth straight month.",
    "China's magnet exports reached 6,150 t in November. That's why it was a fifth straight monthly rise.",
    "China's magnet exports reached 6,150 t in November. It was the first time that exports rose for a fifth straight month.",
  ])("leaves what was carried carried: %s", (text) => {
    const got = grounds(text, "fifth");
    expect(got.length).toBeGreaterThan(0);
    for (const g of got) expect(unsure(g), JSON.stringify(g)).toBe(true);
  });

  it("does not point back from 'the total' at a destination's figure, which it may be part of", () => {
    const text = "Magnet exports to Japan climbed to 305 t in November. The total rose 12% on October.";
    for (const g of grounds(text, "12%")) expect(unsure(g), JSON.stringify(g)).toBe(true);
  });

  it("gives nothing to a level it is compared with, nor to a clause with a subject of its own", () => {
    const text =
      "China's magnet exports reached 6,150 t in November. That compares with 5,473 t a month earlier, while shipments rose 35%.";
    for (const words of ["5,473", "35%"])
      for (const g of grounds(text, words)) expect(g).not.toContain("pointed");
  });

  it("leaves a figure the sentence names another month for as read", () => {
    const text =
      "China's magnet exports reached 6,150 t in November. That was below the record set in January.";
    for (const g of grounds(text, "record")) expect(g[2]).not.toBe("pointed");
  });
});

describe("a sentence that only holds another month up against the figure before", () => {
  const last = (text: string) => {
    const c = extractClaims(text, { published: "2025-12-09" }).at(-1);
    return [c?.text, c?.period, c?.alternatives.map((a) => a.period)];
  };

  it.each([
    "Only January's 6,356 tons was higher.",
    "Only January 2025 was any bigger.",
    "Just January's figure came in higher.",
  ])("leaves the next sentence on the figure's month: %s", (between) => {
    const text = `Overseas sales of China's rare-earth magnets reached 6,150 tons last month, the second-biggest monthly total in the data. ${between} Exports to the United States slipped to 582 tons.`;
    expect(last(text)).toEqual(["582 tons", "2025-11", []]);
  });

  it("keeps the month of a sentence that says something of its own", () => {
    const text =
      "Overseas sales of China's rare-earth magnets reached 6,150 tons last month. In January, exports were 6,356 tons. Shipments to the US were 877 tons.";
    expect(last(text)[1]).toBe("2025-01");
  });
});

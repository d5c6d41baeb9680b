// Wordings a tenth blind batch showed misread into false contradictions: another country's own
// statistics cited by the keeper's full name ("Vietnam's own General Department of Customs"); a
// share held by the writer's own side ("our share"), which no destination named elsewhere in the
// sentence owns for certain; and a total followed by ", of which <product> ...", whose product is
// the part's, not the total's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("another country's own statistics cited by the keeper's full name", () => {
  it.each([
    [
      "Figures from Germany's Federal Statistical Office put the country's magnet imports at 830 tonnes in June.",
      "830 tonnes",
    ],
    [
      "According to India's Directorate General of Commercial Intelligence and Statistics, the country brought in 1,020 tonnes of magnets in March.",
      "1,020 tonnes",
    ],
    [
      "Korea's own Trade Statistics showed arrivals of 760 t of permanent magnets from every supplier in August.",
      "760 t",
    ],
  ])("is not China's figure: %s", (text, words) => {
    expect(find(text, "2025-10-20", words)?.mode).toBe("other-reporter");
  });

  it("keeps China's own customs figure for a destination", () => {
    const c = find(
      "China's General Administration of Customs said exports to Vietnam were 509 tonnes in December.",
      "2026-01-21",
      "509 tonnes",
    );
    expect(c?.mode).toBe("reported");
    expect(c?.partner).toBe("VNM");
  });
});

describe("a figure held by the writer's own side", () => {
  it.each([
    ["Japan took about 5% of the magnets in November, while our share stayed near 9%.", "9%"],
    ["Korea bought 815 t of magnets in December, and we got only 564 t.", "564 t"],
  ])("takes no destination for certain from another clause: %s", (text, words) => {
    const c = find(text, "2026-01-21", words);
    expect(c).toBeDefined();
    expect(["clause", "sentence"]).not.toContain(c?.grounds.partner);
  });

  it("keeps a destination the clause names itself", () => {
    const c = find("Our analysis shows the US share fell to 9.5% in November.", "2025-12-22", "9.5%");
    expect(c?.partner).toBe("USA");
    expect(c?.grounds.partner).toBe("clause");
  });
});

describe("a total followed by a part opened with 'of which'", () => {
  it.each([
    [
      "Overseas sales came to 9,800 tonnes in the quarter, of which rare-earth magnets accounted for 4,100 tonnes.",
      "9,800 tonnes",
      "4,100 tonnes",
      "rare-earth-magnets",
    ],
    [
      "Shipments reached 48 t in the half, among which dysprosium oxide made up 11 t.",
      "48 t",
      "11 t",
      "dysprosium-oxide",
    ],
  ])("gives the part's product to the part only: %s", (text, whole, part, series) => {
    const w = find(text, "2025-10-20", whole);
    expect(w).toBeDefined();
    expect(w?.series === series && ["clause", "sentence"].includes(w.grounds.series)).toBe(false);
    expect(find(text, "2025-10-20", part)?.series).toBe(series);
  });
});

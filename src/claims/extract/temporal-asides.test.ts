// A month named in a temporal aside ("when buyers were awaiting April's cargoes") is the aside's: a
// figure outside it is of the month its own clause names, or, when nothing else dates it, of the
// aside's month only as a reading that is not certain.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { temporalAside } from "./temporal-asides.js";

const read = (t: string, published: string) =>
  extractClaims(t, { published }).map((c) => [t.slice(c.start, c.end), c.kind, c.period]);
const at = (clause: string, word: string) => {
  const start = clause.indexOf(word);
  return { start, end: start + word.length };
};

describe("a month in a temporal aside", () => {
  it.each([
    [
      "In August, when dealers were still chasing July's delayed lots, germanium shipments jumped 40% to 9 t.",
      "2025-09-16",
      "2025-08",
    ],
    [
      "Antimony exports slid 8% in March, when refiners were still booking February's orders, to 880 tonnes.",
      "2025-04-11",
      "2025-03",
    ],
    [
      "During June, when customs was still clearing May's backlog, sales to Poland rose 31% to 205 t.",
      "2025-07-23",
      "2025-06",
    ],
  ])("leaves the figure outside the aside its clause's month: %s", (text, published, month) => {
    const claims = read(text, published).filter(([, k]) => k === "change" || k === "level");
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) expect(c[2]).toBe(month);
  });

  it.each([
    [
      "When April's numbers were published, exports to Brazil had risen 14% to 96 t.",
      "2025-05-22",
      "2025-04",
    ],
    ["While exports to Italy rose in May, those to Spain fell 3% to 71 t.", "2025-06-20", "2025-05"],
  ])("keeps a month that dates the whole sentence: %s", (text, published, month) => {
    const level = read(text, published).find(([, k]) => k === "level");
    expect(level?.[2]).toBe(month);
  });

  it("tells an aside from a relative clause, a figure inside it and 'as of'", () => {
    const a = "In May, as smelters digested April's quota, exports rose 6%";
    expect(temporalAside(a, at(a, "April"), at(a, "rose 6%"))).toBe(true);
    const b = "Exports rose 6% in May, when sales to Chile fell to 80 t in May";
    expect(temporalAside(b, at(b, "May, when"), at(b, "80 t"))).toBe(false);
    const c = "Exports, as of May's close, stood at 300 t";
    expect(temporalAside(c, at(c, "May"), at(c, "300 t"))).toBe(false);
    const d = "In May, when April's quota ran out, exports rose 6%";
    expect(temporalAside(d, at(d, "April"), at(d, "quota"))).toBe(false);
  });
});

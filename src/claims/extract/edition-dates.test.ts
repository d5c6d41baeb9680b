// The date of a newsletter's or report's edition dates no figure under it.
import { describe, expect, it } from "vitest";
import { editionDate } from "./edition-dates.js";
import { extractClaims } from "./extract-claims.js";

const at = (clause: string, month: string) => {
  const start = clause.indexOf(month);
  return editionDate(clause, start, start + month.length);
};

describe("an edition's date", () => {
  it.each([
    ["Battery Metals Letter — January 2026 edition", "January"],
    ["Welcome to our September issue.", "September"],
    ["Rare Earth Watch: the August monthly newsletter", "August"],
    ["Friday briefing, 7 November 2025", "November"],
    ["Vol. 3, No. 11 | June 2025", "June"],
    ["Supply Chain Monitor #118 (April 2026)", "April"],
  ])("is not a period: %s", (clause, month) => {
    expect(at(clause, month)).toBe(true);
  });

  it.each([
    ["Magnet exports rose 12% in July to 5,577 t.", "July"],
    ["Rare earth exports, October 2025", "October"],
    ["The customs report showed exports of 4,344 t in October.", "October"],
    ["China's October trade report: magnet shipments fell 5%", "October"],
    ["No. 1 buyer, October 2025: Germany", "October"],
    ["Weekly update on magnet exports, October 2025", "October"],
    ["Monthly review of figures for October", "October"],
    ["Rare earths: November data wrap", "November"],
    ["Data round-up: September", "September"],
    ["The October numbers, a monthly review", "October"],
  ])("leaves a figure's month alone: %s", (clause, month) => {
    expect(at(clause, month)).toBe(false);
  });

  it.each([
    [
      "Metals Weekly, 12 February 2026\n- Magnet exports: 5,952 t, down 3% on the month\n- Rare earths: 4,392 t",
      "2026-02-12",
    ],
    [
      "Our July issue is out.\nMagnet shipments to India came to 172 tonnes, and Germany took 764 t.",
      "2025-07-04",
    ],
    ["Market Review | November 2025\n\nGallium exports slumped to 4.3 t.", "2025-11-03"],
  ])("dates no figure beneath it: %s", (text, published) => {
    const claims = extractClaims(text, { published });
    expect(claims.length).toBeGreaterThan(0);
    const month = published.slice(0, 7);
    expect(
      claims.filter(
        (c) => c.period === month || c.period === `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`,
      ),
    ).toEqual([]);
  });

  it("leaves an item its own month", () => {
    const text = "Metals Weekly, 12 February 2026\n- Magnet exports in January: 6,357 t";
    expect(extractClaims(text, { published: "2026-02-12" }).map((c) => c.period)).toEqual(["2026-01"]);
  });
});

// Base words after a later change belong to that change: "slid 31.8% to 2,400 t, down 40% on a year
// earlier" gives the year-on-year base to the 40% only; the 31.8% keeps the base of its own words.
import { describe, expect, it } from "vitest";
import { findChanges } from "./find-changes.js";

const bases = (clause: string) => findChanges(clause).map((h) => [clause.slice(h.start, h.end), h.basis]);

describe("a base word after a later change", () => {
  it("is not the earlier change's when a level stands between them", () => {
    expect(bases("rare-earth shipments slid 31.8% to 2,400 t, down 40% on a year earlier")).toEqual([
      ["slid 31.8%", null],
      ["down 40%", "yoy"],
    ]);
  });

  it("is shared by two changes joined by a bare 'and'", () => {
    expect(bases("shipments climbed 8.5% and 21% year on year")).toEqual([
      ["climbed 8.5%", "yoy"],
      ["21%", "yoy"],
    ]);
  });

  it("leaves the earlier change its own base words", () => {
    expect(bases("exports dipped 4.4% month on month to 5,100 t, up 3% from a year earlier")).toEqual([
      ["dipped 4.4%", "mom"],
      ["up 3%", "yoy"],
    ]);
  });
});

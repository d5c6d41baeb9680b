// Two wordings of wire copy: the rare earths named by their count as a compound ("the 17-element
// group") and a count of months said with a singular noun ("the first seven month of 2025").
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [c.text, c.series, c.period]);

describe("the rare earths named as a numbered group", () => {
  it.each([
    ["Exports of the 17-element group reached 5,120 t in April.", "2025-05-12"],
    ["Shipments of the seventeen-metal family reached 5,120 t in April.", "2025-05-12"],
  ])("reads the group as rare earths: %s", (text, published) => {
    expect(read(text, published)).toEqual([["5,120 t", "rare-earths", "2025-04"]]);
  });
});

describe("a count of months said with a singular noun", () => {
  it("is the span from January", () => {
    const text = "In the first seven month of 2025, rare earth exports totalled 38,400 t.";
    expect(read(text, "2025-08-12")).toEqual([["38,400 t", "rare-earths", "2025-01..2025-07"]]);
  });

  it("leaves a month-on-month count alone", () => {
    const text = "Rare earth exports posted the first two month-on-month gains of 2025 in May, to 5,800 t.";
    expect(read(text, "2025-06-12").find(([t]) => t === "5,800 t")?.[2]).toBe("2025-05");
  });
});

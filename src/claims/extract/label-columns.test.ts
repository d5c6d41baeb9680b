import { describe, expect, it } from "vitest";
import { labelColumns } from "./label-columns.js";

describe("a table given column by column", () => {
  it("reads its labels and then its figures as rows", () => {
    const text = "Buyers, t\n\nJapan\nIndia\nVietnam\n\n305\n416\n444\n\nSource: customs.";
    expect(labelColumns(text).read).toBe(
      "Buyers, t\n\nJapan\t305\nIndia\t416\nVietnam\t444\n\nSource: customs.",
    );
  });

  it("sets each column's head over its own figures, the stub's head first", () => {
    const text = "Buyers (t)\n\nMarket\nJapan\nIndia\nOct-25\n\n226\n416\n\nNov-25\n305\n390\n";
    expect(labelColumns(text).read).toBe(
      "Buyers (t)\n\nMarket\tOct-25\tNov-25\nJapan\t226\t305\nIndia\t416\t390\n",
    );
  });

  it("maps each figure back to where it was written", () => {
    const text = "Buyers, t\nJapan\nIndia\n305\n416\n";
    const copy = labelColumns(text);
    const at = copy.read.indexOf("416");
    expect(text.slice(copy.toWritten(at, "start"), copy.toWritten(at + 3))).toBe("416");
  });

  it("leaves a run whose columns hold more or fewer figures than it has labels", () => {
    for (const text of [
      "Buyers, t\n\nJapan\nIndia\nVietnam\n\n305\n416\n",
      "Buyers\n\nMarket\nJapan\nIndia\nOct-25\n\n226\n416\n\nNov-25\n305\n",
    ])
      expect(labelColumns(text).read).toBe(text);
  });

  it("leaves a table set one cell to a line by rows, and a last label that would head a column", () => {
    for (const text of [
      "Sep-25\nOct-25\nJapan\n226\n305\nIndia\n416\n390\n",
      "Buyers\nJapan\nIndia\nNov 2025\n305\n390\n",
    ])
      expect(labelColumns(text).read).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import { readColumns } from "./text-columns.js";

const PAGE = [
  "Exports of rare-earth magnets to Japan        Chart 3: Korea, tonnes by month",
  "came to 305 t in November, up 35% on          Sep 854   Oct 569",
  "October, customs data showed. The United      Source: customs and desk estimates",
  "States took 582 t that month.",
].join("\n");

describe("a page set in two columns", () => {
  it("is read column by column, the left one first", () => {
    expect(readColumns(PAGE).read).toBe(
      [
        "Exports of rare-earth magnets to Japan",
        "came to 305 t in November, up 35% on",
        "October, customs data showed. The United",
        "States took 582 t that month.",
        "",
        "Chart 3: Korea, tonnes by month",
        "Sep 854   Oct 569",
        "Source: customs and desk estimates",
        "",
        "",
      ].join("\n"),
    );
  });

  it("maps each read offset back to where it was written", () => {
    const copy = readColumns(PAGE);
    for (const word of ["582 t", "Sep 854", "Source"]) {
      const at = copy.read.indexOf(word);
      const start = copy.toWritten(at, "start");
      expect(PAGE.slice(start, copy.toWritten(at + word.length, "end"))).toBe(word);
    }
  });

  it("leaves a table of labels and figures as it is", () => {
    const table =
      "Germany           1,118   1,106\nSouth Korea       569     815\nUnited States     656     564";
    expect(readColumns(table).read).toBe(table);
  });
});

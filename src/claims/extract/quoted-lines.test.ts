import { describe, expect, it } from "vitest";
import { readingCopy } from "./reading-copy.js";

const read = (text: string) => readingCopy(text).read;

describe("quoted lines", () => {
  it("reads the lines of a quote without their marks, a quote inside a quote too", () => {
    expect(read("> Magnet exports rose 12.4% to\n> 6,150 tonnes in November.\n>\n>> Japan took 305 t.")).toBe(
      "Magnet exports rose 12.4% to\n6,150 tonnes in November.\n\nJapan took 305 t.",
    );
  });

  it("keeps a lone '>' before a figure, which may mean 'more than'", () => {
    expect(read("> 5,000 tonnes went to Germany")).toBe("> 5,000 tonnes went to Germany");
  });

  it("reads a wrapped quote as the prose it wraps", () => {
    const text = [
      "> China's exports of rare-earth magnets climbed to 6,150 tonnes in November, up",
      "> 12.4 percent from October, the second-highest monthly total on record, while",
      "> shipments to the United States fell 11% to 582 tonnes.",
    ].join("\n");
    expect(read(text)).toBe(
      "China's exports of rare-earth magnets climbed to 6,150 tonnes in November, up 12.4 percent from October, the second-highest monthly total on record, while shipments to the United States fell 11% to 582 tonnes.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { unwrapLines } from "./hard-wraps.js";

// each case: the text as set, and which of its line breaks the reader reads as spaces
const breaksRead = (text: string) =>
  [...text.matchAll(/\n/g)].map((m) => unwrapLines(text)[m.index as number] === " ");

describe("unwrapLines", () => {
  it("reads the breaks of prose wrapped at a fixed width as spaces, one character for one", () => {
    const text = [
      "Magnet shipments from China rose to 6,150 tonnes in November, up 12.4",
      "percent from October and the second-highest monthly total in the series,",
      "while deliveries to the United States slipped 11% to 582 tonnes.",
    ].join("\n");
    const read = unwrapLines(text);
    expect(read.length).toBe(text.length);
    expect(breaksRead(text)).toEqual([true, true]);
    expect(unwrapLines(text.replace(/\n/g, "\r\n")).length).toBe(text.length + 2);
  });

  it("reads as a wrap a break a proportional face made where the next word would just have fitted by count", () => {
    // text from a PDF: lines of the same width in print hold a few characters more or fewer
    const text = [
      "Magnet buyers in Europe had a mixed quarter, as the monthly customs figures",
      "show. Shipments to France were flat in September, and Italy received",
      "212 t of Chinese magnets in the month, its lowest figure since the spring.",
    ].join("\n");
    expect(breaksRead(text)).toEqual([true, true]);
  });

  it("keeps a break the writer chose: a short line, a title, a list, a speaker, a table", () => {
    // the first word of the next line would have fitted: the line ends there on purpose
    expect(
      breaksRead(
        "Exports to Japan climbed in November.\nShipments to the US fell to 582 tonnes, a drop of 11% from October's level.",
      ),
    ).toEqual([false]);
    expect(
      breaksRead(
        [
          "China Magnet Exports Climb Again As Licences Clear Backlog Of Orders",
          "China shipped 6,150 tonnes of rare-earth magnets in November, customs data",
          "showed, up 12.4% on October.",
        ].join("\n"),
      ),
    ).toEqual([false, true]);
    expect(
      breaksRead(
        [
          "The figures for November, as published by the customs office this week, show",
          "- Japan took 305 tonnes, up 35% from October's 226 tonnes on the month",
          "- the United States took 582 tonnes, down 11% from 656 tonnes in October",
        ].join("\n"),
      ),
    ).toEqual([false, false]);
    expect(
      breaksRead(
        [
          "Reporter: Customs figures show larger magnet shipments to your country, sir",
          "Minister: They do, and we welcome the 305 tonnes that arrived in November.",
        ].join("\n"),
      ),
    ).toEqual([false]);
    expect(
      breaksRead(
        [
          "Rare-earth permanent magnets, China exports by destination (tonnes)",
          "Destination,Sep-25,Oct-25,Chg (t),Chg (%)",
          "Germany,1288,1118,-170,-13.2",
        ].join("\n"),
      ),
    ).toEqual([false, false]);
    expect(
      breaksRead(
        [
          "Top destinations for Chinese rare-earth magnets, August 2025, tonnes (change)",
          "Germany 1,346 (+20.6%)",
          "United States 590 (+4.7%)",
        ].join("\n"),
      ),
    ).toEqual([false, false]);
    expect(
      breaksRead(
        [
          "CHINA NOV RARE EARTH MAGNET EXPORTS 6,150 T, UP 12.4% M/M - CUSTOMS DATA",
          "CHINA NOV MAGNET EXPORTS TO US 582 T",
        ].join("\n"),
      ),
    ).toEqual([false]);
  });

  it("keeps a question on a line of its own after a finished sentence: a turn, not a wrap", () => {
    expect(
      breaksRead(
        "Only slightly: 590 tonnes went there, against 619 tonnes in July.\nDid August set the record for the year so far?\nNo, January did.",
      ),
    ).toEqual([false, false]);
  });

  it("leaves a word cut by a hyphen at the line's end to the reader of cut words", () => {
    expect(
      breaksRead(
        "Shipments to Germany fell to 1,118 tonnes in October, a month-on-month de-\ncrease of 13.2% from September's 1,288 tonnes, the data showed on Monday.",
      ),
    ).toEqual([false]);
  });
});

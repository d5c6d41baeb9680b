// Numbers as the German, French, Spanish and Italian press prints them, read as the writer meant
// them where the format settles it, and not read at all where it does not.
import { describe, expect, it } from "vitest";
import { europeanNumber, europeanText } from "./european-numbers.js";
import { extractClaims } from "./extract-claims.js";

const stated = (t: string, published = "2025-12-20") =>
  extractClaims(t, { published }).map((c) => {
    const s = c.stated;
    return s.type === "level" ? s.value : s.type === "change" ? `${s.pct}%` : s.type;
  });

describe("which language a clause is in", () => {
  it.each([
    ["Die Ausfuhren nach Korea erreichten im September 854 t.", true],
    ["Les expéditions vers le Japon ont atteint 305 t en novembre.", true],
    ["Los envíos hacia India fueron de 416 toneladas según las aduanas.", true],
    ["Le esportazioni verso la Germania sono state pari a 1.106 t.", true],
    ["Exports to Germany were 1,106 t in December, the data showed.", false],
    ["Magnets: 6.150 t", false],
  ])("%s", (clause, european) => {
    expect(europeanText(clause)).toBe(european);
  });
});

describe("digits in European formats", () => {
  it.each([
    ["Die Ausfuhren nach Korea erreichten im September 1.288 t.", "2025-10-20", [1288]],
    ["Les expéditions d'aimants ont atteint 5.774 t en septembre.", "2025-10-20", [5774]],
    ["Los envíos de imanes sumaron 4.915 toneladas.", "2025-10-20", [4915]],
    [
      "Le esportazioni di magneti verso gli Stati Uniti sono state pari a 2.510 tonnellate.",
      "2025-10-20",
      [2510],
    ],
    ["Im Juli lagen die Lieferungen nach Indien bei 417,6 t.", "2025-08-20", [417.6]],
    ["Chinas Ausfuhren von Seltenen Erden betrugen im September 4.000,3 t.", "2025-10-20", [4000.3]],
    ["Rare earth exports, September: 4.000,3 t", "2025-10-20", [4000.3]],
    ["Die Magnetexporte fielen im Oktober um 5,2 % gegenüber dem Vormonat.", "2025-11-20", ["-5.2%"]],
    ["Magnet exports reached 5\u202f473 t in October.", "2025-11-20", [5473]],
    ["Magnet exports reached 5\u2009473 t in October.", "2025-11-20", [5473]],
  ])("reads %s", (text, published, values) => {
    expect(stated(text, published)).toEqual(values);
  });

  it("keeps the English decimal point in English text", () => {
    expect(europeanNumber("6.150", "Magnet exports were 6.150 t in November.")).toBeNull();
  });

  it("reads no tonnage from a lone comma before two digits in English text", () => {
    expect(stated("Gallium exports came to 4,26 t in June.", "2025-07-20")).toEqual([]);
  });
});

describe("a destination's tonnage in an Indonesian sentence with few common words", () => {
  it("reads the dot as a thousands separator", () => {
    expect(europeanNumber("1.288", "Jerman, tujuan terbesar, menerima 1.288 ton (naik 27,9%).")).toEqual(
      expect.objectContaining({ value: 1288 }),
    );
    expect(europeanNumber("854", "Korea Selatan di posisi kedua mengambil 854 ton.")).toBeNull();
  });

  it("leaves an English clause's dot a decimal point", () => {
    expect(europeanNumber("1.288", "Germany, the largest destination, received 1.288 tonnes.")).toBeNull();
  });
});

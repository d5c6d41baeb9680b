// Wordings a thirteenth blind batch (minerals besides magnets, institutional and translated styles)
// showed misread: English translations that keep their source's number conventions ("12,4 %",
// "3.408,2 toneladas", "47.300 ton"), and a year that opens its sentence ("In 2024, ...",
// "Within 2023 ...") before a month named without one.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { continentalDigits, englishDigits } from "./continental-digits.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("an English translation that keeps continental digits", () => {
  const lisbon =
    "Lisbon (agency) - China's rare-earth exports climbed 12,4 % in August from July, to 3.408,2 toneladas, customs said. Over eight months they reached 41,3 mil toneladas.";

  it("reads a decimal comma before a percent sign", () => {
    const c = find(lisbon, "2025-09-10", "12,4 %");
    expect(c?.kind).toBe("change");
    expect(c?.stated).toMatchObject({ type: "change", pct: 12.4 });
  });

  it("reads dotted thousands with a decimal comma, and quotes them as written", () => {
    const c = find(lisbon, "2025-09-10", "3.408,2");
    expect(c?.stated).toMatchObject({ type: "level", value: 3408.2 });
    expect(c?.text).toBe("3.408,2 toneladas");
    expect(c?.stated).toMatchObject({ raw: "3.408,2 toneladas" });
  });

  it("reads 'mil toneladas' as thousands of tonnes", () => {
    const c = find(lisbon, "2025-09-10", "41,3 mil");
    expect(c?.stated).toMatchObject({ type: "level", value: 41300 });
  });

  it("reads a dotted figure as thousands once the text shows the convention", () => {
    const text =
      "Jakarta - China shipped 47.300 ton of rare earths last year, up 8,2 persen, customs data showed.";
    const c = find(text, "2026-01-20", "47.300 ton");
    expect(c?.stated).toMatchObject({ type: "level", value: 47300 });
    const pct = find(text, "2026-01-20", "8,2 persen");
    expect(pct?.stated).toMatchObject({ type: "change", pct: 8.2 });
  });

  it("never reads a share's decimal comma as a smaller percentage", () => {
    const text = "Hanoi - Thailand took about 7,4% of China's magnet exports in March.";
    const c = find(text, "2025-04-25", "7,4%");
    expect(c?.stated).toMatchObject({ type: "share", pct: 7.4 });
  });

  it("leaves English digits alone", () => {
    const text = "Exports rose 12.4% to 6,150 t; Japan took 8,5 t, a list's comma aside.";
    expect(continentalDigits(text)).toBe(false);
    expect(englishDigits(text)).toBe(text);
  });

  it("rewrites figures only, character for character", () => {
    const text = "Exports rose 12,4 % to 3.408,2 t on 15/09/2025.";
    const out = englishDigits(text);
    expect(out).toBe("Exports rose 12.4 % to 3,408.2 t on 15/09/2025.");
    expect(out).toHaveLength(text.length);
  });

  it("leaves a text written in German to the clause reader", () => {
    expect(continentalDigits("Die Exporte stiegen um 12,4 % auf 3.408,2 Tonnen im August.")).toBe(false);
  });
});

describe("a year that opens the sentence", () => {
  it.each([
    ["In 2023, by comparison, gallium exports had bottomed out in August at 0.4 t.", "0.4 t", "2023-08"],
    ["Within 2024 the weakest month for rare-earth exports was February, at 2,920 t.", "2,920 t", "2024-02"],
    ["Throughout 2024, germanium exports never beat March's 3,206 kg.", "3,206 kg", "2024-03"],
  ])("dates a month named without its year: %s", (text, words, period) => {
    const c = find(text, "2025-06-01", words);
    expect(c?.period).toBe(period);
  });
});

describe("a figure set against the claim's", () => {
  it.each([
    [
      "Flake graphite shipments totalled 3,236 t in January-February, down from the 14,480 t of the same period of 2023.",
      "14,480 t",
      "2023-01..2023-02",
    ],
    [
      "Antimony oxide shipments came to 23,483 t in January-August, barely above the 23,325 t of the same months of 2023.",
      "23,325 t",
      "2023-01..2023-08",
    ],
  ])("dates the compared figure in the year after 'of the same period of': %s", (text, words, period) => {
    expect(find(text, "2025-05-20", words)?.period).toBe(period);
  });

  it("keeps a quarter named in the sentence apart from the one it is compared with", () => {
    const text =
      "In the June quarter China shipped 19,500 tonnes of rare earths, up 7 per cent on the June quarter of 2024.";
    expect(find(text, "2025-08-01", "19,500 tonnes")?.period).toBe("2025-04..2025-06");
  });

  it.each([
    ["Terbium exports jumped threefold from September (12,200 kg against 4,450 kg) in October.", "12,200 kg"],
    ["October terbium exports nearly tripled from September (12,200 kg versus 4,450 kg).", "12,200 kg"],
  ])("never dates the first of a bracketed pair after a base month with that month: %s", (text, words) => {
    const c = find(text, "2025-11-25", words);
    expect(c?.period).not.toBe("2025-09");
  });

  it("still dates a lone figure in brackets after a base month with that month", () => {
    const c = find(
      "Terbium exports jumped from September (4,450 kg) to 12,200 kg in October.",
      "2025-11-25",
      "4,450 kg",
    );
    expect(c?.period).toBe("2025-09");
  });
});

describe("a nation's industry", () => {
  it("is not a destination", () => {
    const text =
      "What matters most for German industry is magnets, whose exports reached 6,146 tonnes in August.";
    expect(find(text, "2025-09-25", "6,146 tonnes")?.partner).toBe("WLD");
  });
});

describe("an element's symbol on a metals desk", () => {
  it.each([
    ["- Sb metal exports Jul: 267t, down from 310t in Jun", "267t", "antimony-metal"],
    ["- Sb oxide exports Jul: 2,799t", "2,799t", "antimony-oxide"],
    ["China Ge exports in March: 3,206kg", "3,206kg", "germanium"],
    ["Dy exports recovered to 16,686 kg in August.", "16,686 kg", "dysprosium"],
  ])("names the product: %s", (text, words, series) => {
    expect(find(text, "2025-09-25", words)?.series).toBe(series);
  });

  it("leaves a symbol that stands before no trade word alone", () => {
    const c = find("Shipments to Atlanta, Ga. reached 300 t of magnets in May.", "2025-06-25", "300 t");
    expect(c?.series).toBe("rare-earth-magnets");
  });
});

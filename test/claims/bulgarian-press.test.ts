// Bulgarian trade news, read through bulgarian-words.ts where its words are its own ("износ",
// "тона", "повече", "юни", "САЩ") and through russian-words.ts where the two languages share them
// ("Германия", "ЕС"). A wrong figure in a Bulgarian sentence stays unverifiable, as in any sentence
// not in English.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";
import { bulgarianGlosses } from "../../src/claims/extract/bulgarian-words.js";

const store = useReferenceStore();

describe("Bulgarian figures", () => {
  it("reads a month's level and its rise on the month before", async () => {
    // magnets: June 3,188 t, July 5,577 t (+74.9%)
    const text = "Китай е изнесъл 5577 тона редкоземни магнити през юли, със 75% повече от юни.";
    expect(await readingAt(store, text, "5577 тона", "2025-08-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-07",
    });
    const c = await claimAt(store, text, "със 75% повече от юни", "2025-08-21");
    expect(c).toMatchObject({ kind: "change", period: "2025-07", verdict: "supported" });
    expect(c?.stated).toMatchObject({ basis: "mom" });
  });

  it("reads 'САЩ' as the United States, with its share of the total", async () => {
    // magnets to the US: July 619 t of 5,577 t (11.1%)
    const text = "През юли САЩ са на второ място с 619 тона (11% от общия износ) редкоземни магнити.";
    expect(await readingAt(store, text, "619 тона", "2025-08-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-07",
    });
    expect(await claimAt(store, text, "11% от общия износ", "2025-08-21")).toMatchObject({
      kind: "share",
      partner: "USA",
      verdict: "supported",
    });
  });

  it("reads a six-month high and a second month of rises", async () => {
    const text =
      "През юли износът на Китай на редкоземни магнити стигна шестмесечен връх, като нарасна за втори пореден месец.";
    expect(await claimAt(store, text, "шестмесечен връх", "2025-08-21")).toMatchObject({
      kind: "rank",
      period: "2025-07",
      verdict: "supported",
    });
    expect(await claimAt(store, text, "за втори пореден месец", "2025-08-21")).toMatchObject({
      kind: "rank",
      period: "2025-07",
      verdict: "supported",
    });
  });

  it("never contradicts a wrong Bulgarian figure", async () => {
    // magnets, July 5,577 t: 4,212 t is wrong, but the sentence is not in English
    const text = "Китай е изнесъл 4212 тона редкоземни магнити през юли.";
    expect(await readingAt(store, text, "4212 тона", "2025-08-21")).toMatchObject({
      verdict: "unverifiable",
    });
  });

  it("glosses nothing in a Russian text", () => {
    expect(bulgarianGlosses("В июле экспорт редкоземельных магнитов достиг 5577 тонн.")).toEqual([]);
  });
});

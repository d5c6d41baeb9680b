// A weekday before a day and a month dates a release, as "published on 20 August" does: "data
// published on Wednesday, 20 August, show exports rose ... to 5,577 tonnes" gives the figure no
// period of August, which once had July's 5,577 t contradicted as August 2024's 5,325 t. Russian
// says the weekday with "в" ("обнародованные в среду, 20 августа"), and a change hedged before its
// size ("почти на 75%") is read as "by nearly 75%".
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const magnetsJuly = { verdict: "supported", series: "rare-earth-magnets", partner: "WLD", period: "2025-07" };

describe("a weekday before a day and a month", () => {
  it.each([
    [
      "According to data published on Wednesday, 20 August, rare-earth magnet exports rose nearly 75% from June, to 5,577 tonnes.",
      "5,577 tonnes",
    ],
    [
      "Figures released on Wednesday, 20 August, showed rare-earth magnet exports climbed to 5,577 tonnes, up 75% from June.",
      "5,577 tonnes",
    ],
    [
      "Как показывают данные, обнародованные в среду, 20 августа, поставки редкоземельных магнитов увеличились почти на 75% к июню, до 5 577 тонн.",
      "5 577 тонн",
    ],
  ])("dates the release, not the figure: %s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2025-08-21")).toEqual(magnetsJuly);
  });

  it("reads a Russian change hedged before its size", async () => {
    const text =
      "Как показывают данные, обнародованные в среду, 20 августа, поставки редкоземельных магнитов увеличились почти на 75% к июню, до 5 577 тонн.";
    expect(await readingAt(store, text, "увеличились почти на 75%", "2025-08-21")).toEqual(magnetsJuly);
  });

  it("still reads a month after a day with no weekday or release word as the figure's", async () => {
    const text = "Rare-earth magnet exports fell to 1,238 tonnes in May, after 2,626 tonnes in April.";
    expect(await readingAt(store, text, "1,238 tonnes", "2025-06-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-05",
    });
  });
});

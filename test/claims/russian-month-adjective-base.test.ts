// Russian puts a change's base month as an adjective after the comparative: "на 57% больше
// июньского объема" is "57% more than June's volume", so the level before it keeps the month the
// text opened with, where "June" once became the period of the EU's 2,140 t; "прибавив 46% к июню"
// is "up 46% from June".
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const text =
  "По данным газеты, в июле Китай отгрузил 5 577 тонн редкоземельных магнитов — на 75% больше, чем месяцем ранее. " +
  "На ЕС пришлось 2 140 тонн (38% всего экспорта), это на 57% больше июньского объема. " +
  "Германия купила 1 116 тонн, прибавив 46% к июню, и стала крупнейшим в мире покупателем китайских магнитов.";

describe("a Russian change's base month as an adjective", () => {
  it.each([
    ["2 140 тонн", "EU27"],
    ["38% всего экспорта", "EU27"],
    ["на 57% больше", "EU27"],
    ["1 116 тонн", "DEU"],
    ["прибавив 46%", "DEU"],
  ])("reads %s as July's, for %s", async (quote, partner) => {
    expect(await readingAt(store, text, quote, "2025-08-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner,
      period: "2025-07",
    });
  });

  it("still reads a comparative before a figure as a bound", async () => {
    const t = "В июле Китай экспортировал больше 5 500 тонн редкоземельных магнитов.";
    expect(await readingAt(store, t, "больше 5 500 тонн", "2025-08-21")).toMatchObject({
      series: "rare-earth-magnets",
      period: "2025-07",
    });
  });
});

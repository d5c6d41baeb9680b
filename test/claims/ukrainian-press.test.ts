// Ukrainian press read through its English words (ukrainian-words.ts), ahead of the Russian glossary:
// space-set thousands and a decimal comma ("5 952 т", "57,4 тис. тонн"), months of its own ("у
// грудні", "порівняно з листопадом", "з червня"), "на 3,2% менше" (3.2% less), and the largest buyer
// named after its verb. A Cyrillic sentence is never contradicted.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { ukrainianGlosses } from "../../src/claims/extract/ukrainian-words.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verify = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims;

describe("Ukrainian trade news", () => {
  it("reads a month's level and its fall from the month before", async () => {
    const claims = await verify(
      "Китай у жовтні експортував 5 473 т магнітів із рідкісноземельних металів, що на 5,2% менше, ніж у вересні.",
      "2025-11-21",
    );
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      series: "rare-earth-magnets",
      period: "2025-10",
      stated: { value: 5473 },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      stated: { pct: -5.2 },
      verdict: "supported",
    });
  });

  it("reads the largest buyer named after its verb", async () => {
    const claims = await verify(
      "Найбільшим покупцем магнітів у жовтні залишилася Німеччина — 1 118 т.",
      "2025-11-21",
    );
    expect(claims.find((c) => c.kind === "rank")).toMatchObject({
      partner: "DEU",
      period: "2025-10",
      verdict: "supported",
    });
  });

  it("leaves a wrong rank since a month unverifiable", async () => {
    const claims = await verify(
      "Китай у грудні експортував 5 952 т магнітів із рідкісноземельних металів. Грудневий показник експорту магнітів — найнижчий з червня.",
      "2026-01-21",
    );
    const rank = claims.find((c) => c.kind === "rank");
    expect(rank?.stated).toMatchObject({ n: 1, direction: "low" });
    expect(rank?.verdict).toBe("unverifiable");
  });

  it("glosses only a Ukrainian text", () => {
    expect(ukrainianGlosses("До США надійшло 564 т магнітів.").map((g) => g.word)).toEqual([
      "To the US",
      "went",
      "564 tonnes",
      "magnets",
    ]);
    expect(ukrainianGlosses("В декабре экспорт магнитов составил 5 952 т.")).toEqual([]);
  });
});

// Machine translation from Chinese keeps the source's order: the base comes before the change it
// belongs to ("from a year earlier increase 13%", 同比增长13%). Such words right after a level are
// the base of the change that follows, not the level's own date; with a comma between ("4,627 t a
// year earlier, up 33%") they still date the level.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a base set before its change, as translated", () => {
  it("keeps a cumulative level's own span when 'from a year earlier increase' follows it", async () => {
    const text =
      "Customs figures show that from January to September China exported rare earths totalling 4.84万吨, from a year earlier increase 13%.";
    expect(await readingAt(store, text, "4.84万吨", "2025-10-22")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2025-01..2025-09",
    });
    const wrong = text.replace("4.84万吨", "4.48万吨");
    expect((await readingAt(store, wrong, "4.48万吨", "2025-10-22")).verdict).toBe("contradicted");
  });

  it("keeps a month's level its own when 'compared with the same month last year up' follows it", async () => {
    const text =
      "In September the country exported rare earths of 4000.3 tons, compared with the same month last year down 4.3%.";
    expect(await readingAt(store, text, "4000.3 tons", "2025-10-22")).toMatchObject({
      verdict: "supported",
      period: "2025-09",
    });
  });

  it("still dates a level by 'a year earlier' when a comma parts it from the change", async () => {
    const text =
      "Rare-earth exports came to 4,000.3 tonnes in September against 4,181 tonnes a year earlier, down 4.3%.";
    expect(await readingAt(store, text, "4,181 tonnes", "2025-10-22")).toMatchObject({
      verdict: "supported",
      period: "2024-09",
    });
  });
});

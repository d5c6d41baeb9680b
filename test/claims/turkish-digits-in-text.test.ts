// A Turkish text whose figures include one with a dot between thousands and a decimal comma
// ("4.343,5 ton") was rewritten the English way as a whole before its glossary read it: "yüzde 5,2"
// became "5.2", which the glossary read as 5%, and "1.118 tonla" became "1,118", read as 1.118 t.
// Turkish now counts among the languages whose words settle that a text writes its figures so
// (european-numbers.ts), and the glossary reads them as written. Also: a size made an adjective
// ("yüzde 8,6'lık artış"), a base with its figure ("eylüldeki 4.000,3 tona göre") and "en büyük
// alıcı olurken" (was the biggest buyer while ...).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { turkishGlosses } from "../../src/claims/extract/turkish-words.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { cellAt, readingAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

// magnets October 2025: 5,473 t (-5.2% on September), Germany 1,118 t the largest destination held;
// rare earths: September 4,000.3 t, October 4,343.5 t (+8.6%)
const text =
  "Gümrük verilerine göre mıknatıs ihracatı ekim ayında yüzde 5,2 azalarak 5.473 tona indi. Almanya 1.118 tonla en büyük alıcı olurken Vietnam 444 ton aldı. Nadir toprak elementleri ihracatı ekimde 4.343,5 ton oldu; bu, eylüldeki 4.000,3 tona göre yüzde 8,6'lık artış demek.";

describe("Turkish figures in a text that also writes a dotted decimal", () => {
  it("reads the change and the tonnages as written, not rewritten the English way", async () => {
    expect(await cellAt(store, text, "yüzde 5,2 azalarak", "2025-11-21")).toEqual([
      "change",
      "rare-earth-magnets",
      "WLD",
      "2025-10",
      -5.2,
      "supported",
    ]);
    expect(await cellAt(store, text, "1.118 tonla", "2025-11-21")).toEqual([
      "level",
      "rare-earth-magnets",
      "DEU",
      "2025-10",
      1118,
      "supported",
    ]);
  });

  it("glosses the size as an adjective, the base with its figure and the biggest buyer", () => {
    const words = turkishGlosses(text).map((g) => g.word);
    expect(words).toEqual(
      expect.arrayContaining(["a rise of 8.6%", "from September's 4000.3 tonnes", "was the biggest buyer"]),
    );
  });

  it("checks the rise against the month of its base, and Germany's rank", async () => {
    expect(await readingAt(store, text, "yüzde 8,6'lık artış", "2025-11-21")).toMatchObject({
      verdict: "supported",
      series: "rare-earths",
      period: "2025-10",
    });
    expect(await readingAt(store, text, "en büyük alıcı olurken", "2025-11-21")).toMatchObject({
      verdict: "supported",
      partner: "DEU",
      period: "2025-10",
    });
  });
});

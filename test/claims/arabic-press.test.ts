// Arabic trade news, read through arabic-words.ts: the verb before its subject ("ارتفعت الشحنات":
// shipments rose), months in both calendars' names ("يوليو/تموز") and with a joined preposition
// ("مقارنة بيوليو": compared with July), "طنا" and "طنًا", "بنسبة", "بانخفاض", the streak
// "للشهر الثالث على التوالي", and the destination after "إلى". A wrong figure in an Arabic sentence
// stays unverifiable, as in any sentence not in English.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";
import { arabicGlosses } from "../../src/claims/extract/arabic-words.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

describe("Arabic figures", () => {
  it("reads a rise on the month named with a joined preposition, and the level it reached", async () => {
    // magnets: July 5,577 t, August 6,146 t (+10.2%)
    const text =
      "زادت شحنات الصين من مغناطيسات المعادن النادرة في أغسطس بنسبة 10.2% مقارنة بيوليو إلى 6146 طنا.";
    // the verb comes first, so the change is quoted from it to the percentage
    const c = (await verifyClaims(store, text, { published: "2025-09-21" })).claims.find(
      (x) => x.kind === "change" && x.text.endsWith("بنسبة 10.2%"),
    );
    expect(c).toMatchObject({
      kind: "change",
      series: "rare-earth-magnets",
      period: "2025-08",
      verdict: "supported",
    });
    expect(c?.stated).toMatchObject({ basis: "mom" });
    expect(await readingAt(store, text, "6146 طنا", "2025-09-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-08",
    });
  });

  it("reads the destination after 'إلى' and a fall on the month before", async () => {
    // magnets to the US: July 619 t, August 590 t (-4.7%)
    const text =
      "وبلغت صادرات مغناطيسات المعادن النادرة إلى الولايات المتحدة في أغسطس 590 طنا بانخفاض 4.7% عن الشهر السابق.";
    expect(await readingAt(store, text, "590 طنا", "2025-09-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-08",
    });
    expect(await claimAt(store, text, "بانخفاض 4.7%", "2025-09-21")).toMatchObject({
      kind: "change",
      partner: "USA",
      verdict: "supported",
    });
  });

  it("reads a streak of rises and a high in a number of months", async () => {
    // magnets: May->June->July->August rises; August the highest since January
    const text =
      "ارتفعت صادرات الصين من مغناطيسات المعادن النادرة في أغسطس للشهر الثالث على التوالي لتبلغ أعلى مستوى في 7 أشهر.";
    expect(await claimAt(store, text, "للشهر الثالث على التوالي", "2025-09-21")).toMatchObject({
      kind: "rank",
      period: "2025-08",
      verdict: "supported",
    });
    expect(await claimAt(store, text, "أعلى مستوى في 7 أشهر", "2025-09-21")).toMatchObject({
      kind: "rank",
      period: "2025-08",
      verdict: "supported",
    });
  });

  it("reads a month written in both calendars' names", async () => {
    // rare earths: June 2025 7,742.2 t
    const text = "وبلغت صادرات المعادن النادرة 7,742 طنا في يونيو حزيران.";
    expect(await readingAt(store, text, "7,742 طنا", "2025-07-14")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2025-06",
    });
  });

  it("never contradicts a wrong Arabic figure", async () => {
    // magnets, August 6,146 t: 4,212 t is wrong, but the sentence is not in English
    const text = "وبلغت صادرات مغناطيسات المعادن النادرة في أغسطس 4212 طنا.";
    expect(await readingAt(store, text, "4212 طنا", "2025-09-21")).toMatchObject({ verdict: "unverifiable" });
  });

  it("glosses nothing in a text without Arabic letters", () => {
    expect(arabicGlosses("Exports rose 10.2% to 6,146 tonnes in August.")).toEqual([]);
  });
});

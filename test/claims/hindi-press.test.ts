// Hindi press read through its English words (hindi-words.ts): "टन" and "प्रतिशत" after figures
// written as English writes them, months in Devanagari, "की तुलना में" (compared with) and "X को"
// (to X); and Arabic's "ثاني أعلى مستوى" (the second-highest level) and "بارتفاع نسبته" (up by) in
// arabic-words.ts. A wrong figure in either script is left unverifiable.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { hindiGlosses } from "../../src/claims/extract/hindi-words.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verify = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims;

describe("Hindi trade news", () => {
  it("reads a month's level and its change against the month before", async () => {
    const claims = await verify(
      "सितंबर में चीन ने 5,774 टन रेयर अर्थ मैग्नेट का निर्यात किया, जो अगस्त की तुलना में 6.1 प्रतिशत कम है।",
      "2025-10-21",
    );
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      series: "rare-earth-magnets",
      period: "2025-09",
      stated: { value: 5774 },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "change")).toMatchObject({ stated: { pct: -6.1 } });
  });

  it("reads a destination after को, and leaves a wrong figure unverifiable", async () => {
    const claims = await verify("सितंबर में जर्मनी को 1,882 टन मैग्नेट भेजे गए।", "2025-10-21");
    const c = claims.find((x) => x.kind === "level");
    expect(c).toMatchObject({ partner: "DEU", period: "2025-09", stated: { value: 1882 } });
    expect(c?.verdict).toBe("unverifiable");
  });

  it("glosses only Devanagari", () => {
    expect(hindiGlosses("भारत को 416 टन").map((g) => g.word)).toEqual(["to India", "416 tonnes"]);
    expect(hindiGlosses("India took 416 tonnes in October.")).toEqual([]);
  });
});

describe("Arabic ranks and rises", () => {
  it("reads the second-highest level of the year and a rise said with نسبته", async () => {
    const claims = await verify(
      "بلغت صادرات الصين من مغناطيسات العناصر الأرضية النادرة 6150 طنا في نوفمبر، بارتفاع نسبته 12.4% على أساس شهري، وهو ثاني أعلى مستوى هذا العام.",
      "2025-12-22",
    );
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      period: "2025-11",
      stated: { pct: 12.4, basis: "mom" },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "rank")).toMatchObject({
      period: "2025-11",
      stated: { n: 2, direction: "high", scope: { type: "year" } },
      verdict: "supported",
    });
  });
});

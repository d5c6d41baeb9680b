// Dutch, Polish, Malay, Swedish and Norwegian press read through their English words
// (dutch-words.ts, polish-words.ts, malay-words.ts, scandinavian-words.ts): Dutch writes a dot
// between thousands and a decimal comma ("5.952 ton", "3,2%"); Polish a space between thousands, a
// decimal comma, "proc." and "tys. ton", and declines its months ("w grudniu", "od stycznia do
// października"); Malaysia's press writes figures as English does ("5,952 tan metrik", "3.2
// peratus"); Swedish and Norwegian set thousands apart by a space or a dot ("6 150 ton", "45.290
// tonn"). A wrong figure in any of them is left unverifiable: none is ever contradicted, and a
// forecast is no claim.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { dutchGlosses } from "../../src/claims/extract/dutch-words.js";
import { polishGlosses } from "../../src/claims/extract/polish-words.js";
import { malayGlosses } from "../../src/claims/extract/malay-words.js";
import { scandinavianGlosses } from "../../src/claims/extract/scandinavian-words.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verify = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims;

describe("Dutch trade news", () => {
  it("reads a month's fall and its level with a dot between thousands", async () => {
    const claims = await verify(
      "De uitvoer van magneten van zeldzame aardmetalen daalde in december met 3,2% ten opzichte van november, tot 5.952 ton.",
      "2026-01-22",
    );
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      series: "rare-earth-magnets",
      period: "2025-12",
      stated: { pct: -3.2, basis: "mom" },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      period: "2025-12",
      stated: { value: 5952 },
      verdict: "supported",
    });
  });

  it("reads a span of months and a destination's rise", async () => {
    const claims = await verify(
      "Over de eerste tien maanden werd 45.290 ton magneten verscheept. De export naar de Verenigde Staten steeg in oktober met 56 procent tot 656 ton.",
      "2025-11-22",
    );
    expect(claims.find((c) => c.stated.type === "level" && c.stated.value === 45290)).toMatchObject({
      period: "2025-01..2025-10",
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      partner: "USA",
      period: "2025-10",
      stated: { pct: 56 },
      verdict: "supported",
    });
  });

  it("leaves a wrong figure in a Dutch sentence unverifiable", async () => {
    const claims = await verify(
      "Naar Japan ging in december 208 ton magneten van zeldzame aardmetalen.",
      "2026-01-22",
    );
    const c = claims.find((x) => x.kind === "level");
    expect(c).toMatchObject({ partner: "JPN", period: "2025-12", stated: { value: 208 } });
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toContain("not in English");
  });

  it("glosses only a Dutch text", () => {
    expect(
      dutchGlosses("De export van zeldzame aardmetalen steeg met 26,5 procent tot 5.493,9 ton.").map(
        (g) => g.word,
      ),
    ).toEqual(["The", "exports", "of", "rare earths", "rose", "by", "26.5%", "to", "5,493.9 tonnes"]);
    expect(dutchGlosses("Exports to Germany reached 1.118 tonnes in december, up 5,2%.")).toEqual([]);
  });
});

describe("Polish trade news", () => {
  it("reads space-set thousands, a decimal comma and a declined month", async () => {
    const claims = await verify(
      "We wrześniu Chiny wyeksportowały 5 774 ton magnesów z metali ziem rzadkich, o 6,1 proc. mniej niż w sierpniu.",
      "2025-10-21",
    );
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      series: "rare-earth-magnets",
      period: "2025-09",
      stated: { value: 5774 },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      period: "2025-09",
      stated: { pct: -6.1 },
      verdict: "supported",
    });
  });

  it("keeps the sentence a closing 'proc.' ends, and reads a span of months", async () => {
    const claims = await verify(
      "W ujęciu rok do roku eksport magnesów we wrześniu wzrósł o 17,5 proc. Od stycznia do września Chiny wyeksportowały 39 817 ton magnesów.",
      "2025-10-21",
    );
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      period: "2025-09",
      stated: { pct: 17.5, basis: "yoy" },
      verdict: "supported",
    });
    expect(claims.find((c) => c.stated.type === "level" && c.stated.value === 39817)).toMatchObject({
      period: "2025-01..2025-09",
      verdict: "supported",
    });
  });

  it("reads thousands as a word and the largest buyer named after its verb", async () => {
    const claims = await verify(
      "W grudniu eksport magnesów ziem rzadkich wyniósł 5,95 tys. ton. Największym odbiorcą magnesów w grudniu pozostały Niemcy.",
      "2026-01-21",
    );
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      period: "2025-12",
      stated: { value: 5950 },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "rank")).toMatchObject({
      partner: "DEU",
      period: "2025-12",
      verdict: "supported",
    });
  });

  it("leaves a wrong figure unverifiable and a forecast unchecked", async () => {
    const claims = await verify(
      "Do USA trafiło w październiku 665 ton magnesów. Zdaniem analityków w listopadzie eksport magnesów może przekroczyć 6 tys. ton.",
      "2025-11-21",
    );
    const wrong = claims.find((x) => x.stated.type === "level" && x.stated.value === 665);
    expect(wrong).toMatchObject({ partner: "USA", period: "2025-10" });
    expect(wrong?.verdict).toBe("unverifiable");
    expect(wrong?.explanation).toContain("not in English");
    const forecast = claims.find((x) => x.stated.type === "level" && x.stated.value === 6000);
    expect(forecast?.verdict ?? "unverifiable").toBe("unverifiable");
  });

  it("glosses only a Polish text", () => {
    expect(polishGlosses("Do USA trafiło 656 ton magnesów, o 56 proc. więcej.").map((g) => g.word)).toEqual([
      "To the US",
      "went",
      "656 tonnes",
      "magnets",
      "by",
      "56%",
      "more",
    ]);
    expect(polishGlosses("Exports to Poland reached 5 473 tonnes in 2025.")).toEqual([]);
  });
});

describe("Malay trade news", () => {
  it("reads tan metrik, peratus and a Malay month, figures written as English writes them", async () => {
    const claims = await verify(
      "Eksport magnet nadir bumi China susut 3.2 peratus bulan ke bulan kepada 5,952 tan metrik pada Disember.",
      "2026-01-20",
    );
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      series: "rare-earth-magnets",
      period: "2025-12",
      stated: { pct: -3.2, basis: "mom" },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      period: "2025-12",
      stated: { value: 5952 },
      verdict: "supported",
    });
  });

  it("leaves a wrong figure in a Malay sentence unverifiable", async () => {
    const claims = await verify(
      "Eksport magnet ke Amerika Syarikat pada Disember ialah 546 tan metrik.",
      "2026-01-20",
    );
    const c = claims.find((x) => x.kind === "level");
    expect(c).toMatchObject({ partner: "USA", period: "2025-12", stated: { value: 546 } });
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toContain("not in English");
  });

  it("glosses only a Malay text, not an Indonesian one", () => {
    expect(malayGlosses("Eksport ke Jepun 280 tan metrik, turun 8.2 peratus.").map((g) => g.word)).toEqual([
      "Exports",
      "to Japan",
      "280 tonnes",
      "fell",
      "8.2%",
    ]);
    expect(malayGlosses("Ekspor ke Jepang turun 8,2 persen menjadi 280 ton pada Desember.")).toEqual([]);
  });
});

describe("Swedish and Norwegian trade news", () => {
  it("reads space-set thousands, procent and the same month last year", async () => {
    const claims = await verify(
      "Exporten av sällsynta jordartsmetaller ökade i november med 26,5 procent till 5 493,9 ton, och jämfört med november i fjol var ökningen 24,4 procent.",
      "2025-12-22",
    );
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      series: "rare-earths",
      period: "2025-11",
      stated: { value: 5493.9 },
      verdict: "supported",
    });
    expect(
      claims.find((c) => c.kind === "change" && c.stated.type === "change" && c.stated.basis === "yoy"),
    ).toMatchObject({
      stated: { pct: 24.4 },
      verdict: "supported",
    });
  });

  it("reads a Norwegian span of months with a dot between thousands", async () => {
    const claims = await verify(
      "Kina eksporterte 45.290 tonn magneter av sjeldne jordarter i de ti første månedene, og eksporten falt med 5,2 prosent i oktober.",
      "2025-11-21",
    );
    expect(claims.find((c) => c.stated.type === "level" && c.stated.value === 45290)).toMatchObject({
      series: "rare-earth-magnets",
      period: "2025-01..2025-10",
      verdict: "supported",
    });
  });

  it("leaves a wrong year's high in a Swedish sentence unverifiable", async () => {
    const claims = await verify(
      "Kina exporterade 6 150 ton magneter av sällsynta jordartsmetaller i november. Det var årets högsta nivå för exporten.",
      "2025-12-22",
    );
    const rank = claims.find((c) => c.kind === "rank");
    expect(rank).toMatchObject({ period: "2025-11", stated: { n: 1, direction: "high" } });
    expect(rank?.verdict).toBe("unverifiable");
    expect(rank?.explanation).toContain("not in English");
  });

  it("glosses only a Swedish or Norwegian text", () => {
    expect(
      scandinavianGlosses(
        "Till USA gick 582 ton magneter, och exporten till Japan ökade med 35 procent.",
      ).map((g) => g.word),
    ).toEqual([
      "To the US",
      "went",
      "582 tonnes",
      "magnets",
      "and",
      "exports",
      "to Japan",
      "rose",
      "by",
      "35%",
    ]);
    expect(scandinavianGlosses("Exports to Japan rose 35 procent to 305 ton in november.")).toEqual([]);
  });
});

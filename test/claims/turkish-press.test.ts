// Turkish press read through its English words (turkish-words.ts): a dot between thousands and a
// decimal comma ("5.774 ton", "yüzde 28,7", "420,5 tona"), thousands as a word ("39 bin 817 ton"),
// the percent sign before the number ("%22"), months and destinations with case suffixes ("eylülde",
// "Almanya'ya"), and a wrong figure left unverifiable: a Turkish sentence is never contradicted.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { turkishGlosses } from "../../src/claims/extract/turkish-words.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verify = async (text: string) => (await verifyClaims(store, text, { published: "2025-10-21" })).claims;

describe("Turkish trade news", () => {
  it("reads a month's fall and level written the Turkish way", async () => {
    const claims = await verify(
      "Çin'in nadir toprak mıknatısı ihracatı eylül ayında bir önceki aya göre yüzde 6,1 azalarak 5.774 tona geriledi.",
    );
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-09",
      stated: { pct: -6.1, basis: "mom" },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      period: "2025-09",
      stated: { value: 5774 },
      verdict: "supported",
    });
  });

  it("reads a destination's decimal tonnage and its change", async () => {
    const claims = await verify(
      "ABD'ye yapılan mıknatıs sevkiyatı eylülde yüzde 28,7 düşerek 420,5 tona indi.",
    );
    expect(claims.find((c) => c.kind === "level")).toMatchObject({
      partner: "USA",
      period: "2025-09",
      stated: { value: 420.5 },
      verdict: "supported",
    });
    expect(claims.find((c) => c.kind === "change")).toMatchObject({
      partner: "USA",
      stated: { pct: -28.7 },
      verdict: "supported",
    });
  });

  it("reads thousands written as a word over a span of months", async () => {
    const claims = await verify("Ocak-eylül döneminde mıknatıs ihracatı 39 bin 817 tona ulaştı.");
    expect(claims[0]).toMatchObject({
      period: "2025-01..2025-09",
      stated: { value: 39817 },
      verdict: "supported",
    });
  });

  it("leaves a wrong figure in a Turkish sentence unverifiable", async () => {
    const claims = await verify(
      "Eylülde Almanya'ya 1.828 ton mıknatıs gönderildi ve Almanya en büyük alıcı oldu.",
    );
    const c = claims.find((x) => x.kind === "level");
    expect(c).toMatchObject({ partner: "DEU", period: "2025-09", stated: { value: 1828 } });
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toContain("not in English");
  });

  it("glosses only a Turkish text", () => {
    expect(
      turkishGlosses("ABD'nin payı %22 oldu, Almanya'ya 6 bin 150 ton gitti; ihracat arttı.").map(
        (g) => g.word,
      ),
    ).toEqual(["The US's", "22%", "to Germany", "6150 tonnes", "exports"]);
    expect(turkishGlosses("Exports to Germany reached 1.118 tonnes, up 5,2%.")).toEqual([]);
  });
});

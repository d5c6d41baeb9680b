// Wordings a fourth set of real published pages showed misread, each checked against the shipped
// data: a change measured "over the total for" a month (that month is the base), a record dated
// "one month earlier", a record said in a relative clause of the month compared with, a product
// named on the other side of a contrast ("..., while antimony shipments fell"), and a subject that
// lists several products at once.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { productsNamedAlone } from "../../src/claims/extract/product-union.js";
import { findSeries } from "../../src/claims/extract/subjects.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function verdictOf(text: string, published: string, claim: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.text === claim);
  return { verdict: c?.verdict ?? null, period: c?.period ?? null, series: c?.series };
}

describe("a change measured over the total for a named month", () => {
  it.each([
    [
      "Japan took 305 tonnes of magnets in November, a 35% jump over the total for October.",
      "2025-12-22",
      "a 35% jump",
      "2025-11",
    ],
    [
      "Exports of magnets to the US reached 619 t in July, up 75% over the figure for June.",
      "2025-08-21",
      "up 75%",
      "2025-07",
    ],
  ])("keeps the change on the month it is of: %s", async (text, published, claim, period) => {
    const v = await verdictOf(text, published, claim);
    expect(v).toMatchObject({ verdict: "supported", period });
  });
});

describe("a record dated by where it stands from the claim's month", () => {
  it("gives 'a record one month earlier' to the month before", async () => {
    const v = await verdictOf(
      "Overseas sales of rare earths slid 23% in July 2025 after setting a record one month earlier.",
      "2025-08-10",
      "a record",
    );
    expect(v).toMatchObject({ verdict: "supported", period: "2025-06" });
  });

  it("gives a record in a relative clause to the month it follows", async () => {
    const v = await verdictOf(
      "Gallium sales abroad came to 4.3 tonnes in June 2025, far above May, which set a record low.",
      "2025-07-21",
      "a record low",
    );
    expect(v).toMatchObject({ verdict: "supported", period: "2025-05" });
  });
});

describe("a product named across a contrast", () => {
  it.each([
    ["Rare earth magnet exports dropped in May 2025, while antimony shipments also fell.", "antimony"],
    ["Magnet shipments to the US slumped in May 2025; tungsten exports fell as well.", "tungsten"],
  ])("does not read the second clause's change as the first clause's product: %s", async (text, series) => {
    const v = await verdictOf(text, "2025-06-25", "fell");
    expect(v).toMatchObject({ verdict: "unverifiable", series });
  });
});

describe("a subject that lists several products", () => {
  it.each([
    "Shipments of rare-earth oxides, metals and magnets to Japan rose 35% in November.",
    "China's sales of magnets and rare earths to Japan rose 35% in November.",
  ])("checks the sum against no single product: %s", async (text) => {
    const v = await verdictOf(text, "2025-12-22", "rose 35%");
    expect(v.verdict).toBe("unverifiable");
  });

  it("still reads a list whose figures are handed out respectively", async () => {
    const r = await verifyClaims(
      store,
      "Exports of rare earths and magnets came to 5,493.9 t and 6,150 t respectively in November.",
      { published: "2025-12-22" },
    );
    expect(r.claims.filter((c) => c.verdict === "supported").length).toBeGreaterThan(0);
  });

  it("counts a product named only inside such a list as not named alone", () => {
    const text = "Sales of rare-earth metals, minerals and magnets fell. Rare-earth metals matter.";
    expect([...productsNamedAlone(findSeries(text), text)]).toEqual(["rare-earths"]);
  });
});

describe("a destination named only as the next in a ranking", () => {
  it("does not read the leader's change as the runner-up's", async () => {
    const v = await verdictOf(
      "In October, Germany bought the most magnets, up 55.9% to 1,118 tonnes, followed by the US.",
      "2025-11-22",
      "up 55.9%",
    );
    expect(v.verdict).toBe("unverifiable");
  });
});

describe("a product named in an aside between dashes", () => {
  it.each([
    "Overseas sales of rare earths — a feedstock for magnet makers — jumped in June 2025.",
    "Overseas sales of rare earths – a feedstock for magnet makers – jumped in June 2025.",
  ])("leaves the subject to the noun before the aside: %s", async (text) => {
    const v = await verdictOf(text, "2025-07-14", "jumped");
    expect(v).toMatchObject({ verdict: "supported", series: "rare-earths" });
  });
});

describe("changes written in forms the reader missed", () => {
  it.each([
    ["Magnet shipments to the US suffered a hefty 81% drop in May 2025.", "2025-06-20", "a hefty 81% drop"],
    [
      "Sales to the US slid again, plummeting by 28.7% in September 2025.",
      "2025-10-20",
      "plummeting by 28.7%",
    ],
  ])("reads a graded noun or a gerund of falling: %s", async (text, published, claim) => {
    const v = await verdictOf(text, published, claim);
    expect(v.verdict).toBe("supported");
  });

  it("takes a base figure dated the same month a year before as a year-on-year base", async () => {
    const r = await verifyClaims(
      store,
      "October's magnet exports ran 15.8% higher than the 4,725 tonnes sent in the same month last year.",
      { published: "2025-11-20" },
    );
    const c = r.claims.find((x) => x.text === "15.8% higher");
    expect(c?.stated).toMatchObject({ basis: "yoy" });
    expect(c?.verdict).toBe("supported");
  });
});

describe("a share's earlier month after 'up from N per cent in'", () => {
  it("is the share's base, not the month of the tonnage before it", async () => {
    const v = await verdictOf(
      "Magnet exports reached 6,150 t in November. Of that, some 2,569 tonnes went to the EU, 41.8 per cent of the total, up from 37.6 per cent in October.",
      "2025-12-20",
      "some 2,569 tonnes",
    );
    expect(v).toMatchObject({ verdict: "supported", period: "2025-11" });
  });
});

describe("a month that dates a policy step told with its actor and 'had'", () => {
  it("is not carried to the next sentence's figures", async () => {
    const v = await verdictOf(
      "Magnet exports rose 5.2% to 6,150 t in November. That came after curbs that Beijing had imposed in April were eased. Of the total, 582 t went to the US.",
      "2025-12-20",
      "582 t",
    );
    expect(v).toMatchObject({ verdict: "supported", period: "2025-11" });
  });
});

describe("a change in a value", () => {
  it("writes the values it runs between in their own unit, not in tonnes", async () => {
    const r = await verifyClaims(
      store,
      "The value of rare earth exports slid 36% in 2024 to $488.8 million.",
      {
        published: "2025-02-10",
      },
    );
    const c = r.claims.find((x) => x.text === "slid 36%");
    expect(c?.explanation).toContain("488.8 million USD");
    expect(c?.explanation).not.toMatch(/\d t\b/);
  });
});

// Wordings seen in press text outside the repository that the reader once got wrong: a rank "that
// month" (among that month's destinations, not over the months since one named earlier, and read as
// an aside after the figure too: "416 tonnes, the fifth-largest destination that month"), a multiple
// of "the year-earlier level" or "the prior-month level" (a change on that base), "47% of the April
// total" said of all exports (a change on April, not a share with no destination), a figure "before
// that" ("Zuvor waren es ...": the month before's, a guess), "over the past 12 months" (the span to
// the latest month reported, inferred), and a Russian ranking list ("на втором — США").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

/** Verdict, destination, period, stated figure and base of the claim at `quote`. */
async function read(text: string, quote: string, published: string) {
  const c = await claimAt(store, text, quote, published);
  const s = (c?.stated ?? {}) as { n?: number; pct?: number; basis?: string; scope?: unknown };
  return {
    verdict: c?.verdict ?? null,
    partner: c?.partner ?? null,
    period: c?.period ?? null,
    value: s.n ?? s.pct ?? null,
    basis: s.basis ?? null,
    scope: s.scope ?? null,
  };
}

// magnets, October 2025: Germany 1,118 t, US 656 t, South Korea 569 t, Vietnam 444 t, India 416 t
describe("a rank 'that month'", () => {
  it.each([
    [
      "China shipped 418 tonnes of magnets to India in July. In October India took 416 tonnes, making it the fifth-largest destination that month.",
      "making it the fifth-largest destination",
      "IND",
      5,
      "supported",
    ],
    [
      "India took 418 tonnes in July. In October, South Korea was the third-largest destination that month, at 569 tonnes.",
      "was the third-largest destination",
      "KOR",
      3,
      "supported",
    ],
    [
      "The US took 353 tonnes in June. In October the US took 656 tonnes, making it the second-largest destination that month.",
      "making it the second-largest destination",
      "USA",
      2,
      "supported",
    ],
    [
      "India bought 416 tonnes of magnets in October, the fifth-largest destination that month.",
      "the fifth-largest destination",
      "IND",
      5,
      "supported",
    ],
  ])("ranks among that month's destinations: %s", async (text, quote, partner, n, verdict) => {
    expect(await read(text, quote, "2025-11-21")).toEqual({
      verdict,
      partner,
      period: "2025-10",
      value: n,
      basis: null,
      scope: { type: "destinations" },
    });
  });

  it("contradicts a false one", async () => {
    const text =
      "Magnet shipments to the US reached 619 tonnes in July. In August 590 tonnes went to the US, making it the largest destination that month.";
    expect(await read(text, "making it the largest destination", "2025-09-22")).toEqual({
      verdict: "contradicted",
      partner: "USA",
      period: "2025-08",
      value: 1,
      basis: null,
      scope: { type: "destinations" },
    });
  });

  it("still counts 'since that month' from the month named before", async () => {
    const text =
      "Exports reached 6,356 tonnes in January. August's 6,146 tonnes was the highest since that month.";
    expect(await read(text, "highest since", "2025-09-20")).toEqual({
      verdict: "supported",
      partner: "WLD",
      period: "2025-08",
      value: 1,
      basis: null,
      scope: { type: "since", period: "2025-01" },
    });
  });
});

describe("a multiple of a base said as an adjective", () => {
  it.each([
    [
      "China's magnet exports in October came to 5,473 tonnes, 1.2 times the year-earlier level.",
      "WLD",
      "2025-10",
      "yoy",
      "supported",
    ],
    [
      "China's magnet exports in October came to 5,473 tonnes, twice the year-ago figure.",
      "WLD",
      "2025-10",
      "yoy",
      "contradicted",
    ],
    [
      "Magnet shipments to the US reached 619 tonnes in July, 1.8 times the prior-month level.",
      "USA",
      "2025-07",
      "mom",
      "supported",
    ],
  ])("is a change on that base: %s", async (text, partner, period, basis, verdict) => {
    const quote = /(?:1\.2|1\.8) times|twice/.exec(text)?.[0] ?? "";
    const got = await read(text, quote, "2025-11-21");
    expect({ verdict: got.verdict, partner: got.partner, period: got.period, basis: got.basis }).toEqual({
      verdict,
      partner,
      period,
      basis,
    });
  });
});

// all magnet exports: March 2025 5,324 t, April 2,626 t, May 1,238 t; the US 246 t in April
describe("a percentage of another month's total", () => {
  it.each([
    ["China's magnet exports were 1,238 tonnes in May, 47% of the April total.", "47% of the", -53, "mom"],
    ["Magnet exports fell to 1,238 tonnes in May, 23% of the March total.", "23% of the", -77, "2025-03"],
  ])("said of all exports is a change on that month: %s", async (text, quote, pct, basis) => {
    expect(await read(text, quote, "2025-06-20")).toEqual({
      verdict: "supported",
      partner: "WLD",
      period: "2025-05",
      value: pct,
      basis,
      scope: null,
    });
  });

  it("said of a destination stays its share of that month's whole", async () => {
    const text = "In August, Germany took 1,346 tonnes, 22% of the August total.";
    expect(await read(text, "22% of the August total", "2025-09-20")).toEqual({
      verdict: "supported",
      partner: "DEU",
      period: "2025-08",
      value: 22,
      basis: null,
      scope: null,
    });
  });
});

// all magnet exports: August 2025 6,146 t, September 5,774 t, October 5,473 t; all of 2025 57,392 t
describe("a figure 'before that'", () => {
  it.each([
    "Chinas Exporte von Seltenerdmagneten sanken im Oktober auf 5.473 Tonnen. Zuvor waren es 5.774 Tonnen gewesen.",
    "China exported 5,473 tonnes of magnets in October. Before that, exports were 5,774 tonnes.",
  ])("is the month before's: %s", async (text) => {
    const quote = /5[.,]774 (?:Tonnen|tonnes)/.exec(text)?.[0] ?? "";
    expect(await read(text, quote, "2025-11-21")).toEqual({
      verdict: "supported",
      partner: "WLD",
      period: "2025-09",
      value: null,
      basis: null,
      scope: null,
    });
  });

  it("is a guess that never contradicts", async () => {
    const text =
      "Chinas Exporte von Seltenerdmagneten sanken im Oktober auf 5.473 Tonnen. Zuvor waren es 6.146 Tonnen gewesen.";
    const got = await read(text, "6.146 Tonnen", "2025-11-21");
    expect({ verdict: got.verdict, period: got.period }).toEqual({
      verdict: "unverifiable",
      period: "2025-09",
    });
  });

  it("gives way to a month the clause names", async () => {
    const text =
      "China exported 5,473 tonnes of magnets in October. Previously, in August, exports were 6,146 tonnes.";
    const got = await read(text, "6,146 tonnes", "2025-11-21");
    expect({ verdict: got.verdict, period: got.period }).toEqual({ verdict: "supported", period: "2025-08" });
  });
});

describe("the last N months", () => {
  it.each([
    "По данным таможни, в декабре Китай экспортировал 5950 тонн редкоземельных магнитов. За последние 12 месяцев экспорт составил 57 392 тонны.",
    "Over the past 12 months, China exported 57,392 tonnes of magnets.",
  ])("runs to the latest month reported: %s", async (text) => {
    const quote = /57[ ,]392 (?:тонны|tonnes)/.exec(text)?.[0] ?? "";
    const got = await read(text, quote, "2026-01-22");
    expect({ verdict: got.verdict, partner: got.partner, period: got.period }).toEqual({
      verdict: "supported",
      partner: "WLD",
      period: "2025-01..2025-12",
    });
  });

  it("is inferred from the publication date, so a wrong total is left open", async () => {
    const text = "China exported 50,000 tonnes of magnets over the past 12 months.";
    const got = await read(text, "50,000 tonnes", "2026-01-22");
    expect({ verdict: got.verdict, period: got.period }).toEqual({
      verdict: "unverifiable",
      period: "2025-01..2025-12",
    });
  });

  it("is a rank's window after rank words", async () => {
    const text = "In December exports of magnets hit 5,950 tonnes, the highest in the past six months.";
    const got = await read(text, "5,950 tonnes", "2026-01-22");
    expect({ verdict: got.verdict, period: got.period }).toEqual({ verdict: "supported", period: "2025-12" });
  });
});

// magnets, October 2025: Germany 1,118 t, US 656 t, South Korea 569 t, Vietnam 444 t
describe("a Russian ranking list with dashes", () => {
  const text =
    "В октябре Китай экспортировал 5473 тонны редкоземельных магнитов. На первом месте среди покупателей — Германия (1118 тонн), на втором — США (656 тонн), на третьем — Южная Корея (569 тонн).";
  it.each([
    ["На первом месте среди покупателей — Германия", "DEU", 1],
    ["на втором — США", "USA", 2],
    ["на третьем — Южная Корея", "KOR", 3],
  ])("gives each place its destination's rank: %s", async (quote, partner, n) => {
    expect(await read(text, quote, "2025-11-24")).toEqual({
      verdict: "supported",
      partner,
      period: "2025-10",
      value: n,
      basis: null,
      scope: { type: "destinations" },
    });
  });

  it("leaves a wrong place open in Russian text, never contradicted", async () => {
    const wrong =
      "В октябре Китай экспортировал 5473 тонны редкоземельных магнитов. На первом месте — Германия, на втором — США, на третьем — Вьетнам.";
    const got = await read(wrong, "на третьем — Вьетнам", "2025-11-24");
    expect({ verdict: got.verdict, partner: got.partner, value: got.value }).toEqual({
      verdict: "unverifiable",
      partner: "VNM",
      value: 3,
    });
  });
});

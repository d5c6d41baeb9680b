// Two shapes pasted from social media and slides. A thread's posts numbered "2/6", "(3/6)" are each
// an item of their own: a post without a month does not take the month the next post names. A
// callout's row sets its figure first and dates it in a field of its own ("5,952 t | Dec 2025 |
// -3% m/m"): the figure is read, with the row's month; so is a callout set one piece to a line
// (label, figure, month, change), its month under its figure. A slide's "vs." line ("vs. Oct 2024:
// 4,725 t") is an item of its own whose month labels its figure; before a change it is the base.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";
import { cellAt, claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: November 2025 6,150 t (US 582 t, Japan 305 t); December 2025 5,952 t (Korea 815 t);
// October 2025 5,473 t
describe("a thread's numbered posts", () => {
  const thread = [
    "1/6 Magnet exports from China climbed to 6,150 t in November.",
    "2/6 Japan: 305 t",
    "3/6 US: 582 t",
    "(4/6) South Korea bought 815 t in December",
  ].join("\n");
  const bracketed = [
    "[1/3] Magnet exports from China climbed to 6,150 t in November.",
    "[2/3] The US took 582 t",
    "[3/3] South Korea bought 815 t in December",
  ].join("\n");

  it("keeps each post's figure to its own post's month", async () => {
    expect(await readingAt(store, thread, "582 t")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-11",
    });
  });

  it("keeps a post behind a count in square brackets to its own month", async () => {
    expect((await readingAt(store, bracketed, "582 t")).period).toBe("2025-11");
  });

  it("reads a post behind a bracketed count", async () => {
    expect(await readingAt(store, thread, "815 t")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "KOR",
      period: "2025-12",
    });
  });

  it("leaves a fraction at a line's start to its sentence", async () => {
    const text =
      "Magnet exports to Germany in October were a fifth of the total, and\n1/5 of 5,473 t is 1,095 t.";
    expect(await readingAt(store, text, "5,473 t")).toMatchObject({ period: "2025-10" });
  });
});

describe("a callout's rows: figure, month, change", () => {
  const slide = [
    "China's magnet exports",
    "6,150 t | Nov 2025 | +12% m/m",
    "5,473 t | Oct 2025 | -5% m/m",
  ].join("\n");

  it.each([
    ["6,150 t", ["level", "rare-earth-magnets", "WLD", "2025-11", 6150, "supported"]],
    ["5,473 t", ["level", "rare-earth-magnets", "WLD", "2025-10", 5473, "supported"]],
  ])("reads the figure that leads its row: %s", async (quote, expected) => {
    expect(await cellAt(store, slide, quote, "2025-12-20")).toEqual(expected);
  });

  it("checks a wrong figure against its own row's month", async () => {
    const wrong = slide.replace("5,473 t", "4,900 t");
    expect(await cellAt(store, wrong, "4,900 t", "2025-12-20")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-10",
      4900,
      "contradicted",
    ]);
  });

  it("dates a figure in one line's strip by the field after it", async () => {
    const line = "Magnet exports: 6,150 t | Nov 2025 | +12% m/m";
    expect(await readingAt(store, line, "6,150 t")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-11",
    });
  });
});

describe("a callout set one piece to a line", () => {
  it.each([
    [
      "Magnet exports\n6,150 t\nNov 2025\n+12.4% m/m",
      "6,150 t",
      ["level", "rare-earth-magnets", "WLD", "2025-11", 6150, "supported"],
    ],
    [
      "Magnet exports\n6,150 t\nNov 2025\n+12.4% m/m",
      "+12.4%",
      ["change", "rare-earth-magnets", "WLD", "2025-11", 12.4, "supported"],
    ],
    [
      "MAGNETS SHIPPED\n\n5,952 t\nDecember 2025\n\n-3.2%\non November",
      "5,952 t",
      ["level", "rare-earth-magnets", "WLD", "2025-12", 5952, "supported"],
    ],
  ])("reads %j at %s", async (text, quote, expected) => {
    expect(await cellAt(store, text, quote, "2026-01-20")).toEqual(expected);
  });

  it("gives a label's destination as a reading that may support, never refute", async () => {
    const slide = "Shipments to Japan\n305 t\nNov 2025\n+35% m/m";
    expect(await readingAt(store, slide, "305 t")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "JPN",
      period: "2025-11",
    });
    const wrong = slide.replace("305 t", "350 t");
    expect((await readingAt(store, wrong, "350 t")).verdict).toBe("unverifiable");
  });
});

describe("a slide's 'vs.' line under a figure", () => {
  const slide = (then: string) => `China's magnet exports\nOct 2025: 5,473 t\nvs. Oct 2024: ${then}`;

  it("dates its figure by its own month", async () => {
    expect(await cellAt(store, slide("4,725 t"), "4,725 t", "2025-11-20")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2024-10",
      4725,
      "supported",
    ]);
  });

  it("does not read a year-old figure as the month above's", async () => {
    const c = await cellAt(store, slide("5,473 t"), "5,473 t", "2025-11-20");
    expect(c).toEqual(["level", "rare-earth-magnets", "WLD", "2025-10", 5473, "supported"]);
    const claims = await verifyClaims(store, slide("5,473 t"), { published: "2025-11-20" });
    expect(claims.claims.map((x) => [x.period, x.verdict])).toEqual([
      ["2025-10", "supported"],
      ["2024-10", "unverifiable"],
    ]);
  });

  it("takes its month as the base of a change", async () => {
    const text = "Magnet exports to the US\nNov: 582 t\nvs. Oct: -11.3%";
    const c = await claimAt(store, text, "-11.3%");
    expect([c?.period, c?.stated.type === "change" ? c.stated.basis : null, c?.verdict]).toEqual([
      "2025-11",
      "mom",
      "supported",
    ]);
  });
});

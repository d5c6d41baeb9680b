// The destinations of a sentence are read for its lists only when it has a list of figures.
import { afterEach, describe, expect, it, vi } from "vitest";
import { parallelPartners, parallelPeriods } from "./parallel-lists.js";
import { NAME_START } from "./subjects.js";

afterEach(() => vi.restoreAllMocks());

/** The spans of `figures` in `s`, as levels. */
const spans = (s: string, figures: string[]) =>
  figures.map((f) => ({ start: s.indexOf(f), end: s.indexOf(f) + f.length, kind: "level" }));

describe("parallelPartners", () => {
  it("reads no destination in a sentence whose figures are not listed together", () => {
    // every reading of destinations starts by looking for where a name can begin
    const looked = vi.spyOn(NAME_START, "exec");
    const s = "Japan took 305 t in November, while shipments to the US fell to 582 t.";
    expect(parallelPartners(s, spans(s, ["305 t", "582 t"])).size).toBe(0);
    expect(looked).not.toHaveBeenCalled();
  });

  it("pairs a list of figures with a list of destinations in order", () => {
    const looked = vi.spyOn(NAME_START, "exec");
    const s = "India and Vietnam took 418 t and 456 t.";
    const got = parallelPartners(s, spans(s, ["418 t", "456 t"]));
    expect([...got.values()].map((p) => p.partner)).toEqual(["IND", "VNM"]);
    expect(looked).toHaveBeenCalled();
  });
});

describe("figures set side by side with slashes", () => {
  it("pairs them with a list of destinations as a comma list would be", () => {
    const s = "Korea, India and Vietnam took 569 t / 416 t / 444 t.";
    const got = parallelPartners(s, spans(s, ["569 t", "416 t", "444 t"]));
    expect([...got.values()].map((p) => p.partner)).toEqual(["KOR", "IND", "VNM"]);
  });

  it("pairs them with a list of months", () => {
    const s = "Shipments to Vietnam in August, September and October were 235 t / 456 t / 444 t.";
    const resolve = (month: number) => `2025-${String(month).padStart(2, "0")}`;
    const got = parallelPeriods(s, spans(s, ["235 t", "456 t", "444 t"]), resolve);
    expect([...got.values()].map((p) => p.period)).toEqual(["2025-08", "2025-09", "2025-10"]);
  });
});

describe("lists set with slashes under a label", () => {
  const resolve = (month: number, year: number | null) => `${year ?? 2025}-${String(month).padStart(2, "0")}`;

  it("pairs months and figures each set apart by a slash, after the label's colon", () => {
    const s = "Korea-bound magnets, June / August / December 2025: 120 t / 610 t / 815 t";
    const got = parallelPeriods(s, spans(s, ["120 t", "610 t", "815 t"]), resolve);
    expect([...got.values()].map((p) => p.period)).toEqual(["2025-06", "2025-08", "2025-12"]);
  });

  it("pairs destinations and figures set the same way", () => {
    const s = "October, Japan / India: 226 t / 416 t";
    const got = parallelPartners(s, spans(s, ["226 t", "416 t"]));
    expect([...got.values()].map((p) => p.partner)).toEqual(["JPN", "IND"]);
  });
});

describe("a list of destinations ending in a label's colon", () => {
  const s =
    "Exports to the US, Japan and Germany in December: 564 t, 280 t and 1,106 t, down 3.1%, down 8.2% and up 1.1% respectively.";
  const figures = [
    ...spans(s, ["564 t", "280 t", "1,106 t"]),
    ...["down 3.1%", "down 8.2%", "up 1.1%"].map((f) => ({
      start: s.indexOf(f),
      end: s.indexOf(f) + f.length,
      kind: "change",
    })),
  ];

  it("pairs the figures after the colon with the names before it", () => {
    const got = parallelPartners(s, figures);
    expect([0, 1, 2].map((i) => got.get(i)?.partner)).toEqual(["USA", "JPN", "DEU"]);
  });

  it("pairs a run of changes right after the paired figures with the same names", () => {
    const got = parallelPartners(s, figures);
    expect([3, 4, 5].map((i) => got.get(i)?.partner)).toEqual(["USA", "JPN", "DEU"]);
  });
});

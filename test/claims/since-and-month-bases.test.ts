// A change counted from the month "since" names ("Since the summit in May, deliveries have
// recovered") is not that month's own change, and a change against one month ("the month alone
// rose 56% from September") is not one of a span of months that another clause names: read as the
// words say, a true one is supported, and where the words leave it unsure it is never contradicted.
// So is a change against a year other than the year before ("10,300 t more than in 2023").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const of = async (text: string, words: string) =>
  (await verdictsOf(store, text, "2026-01-20")).find(([w]) => w.startsWith(words))?.[1];

// to the US: 46 t in May 2025, 420.5 t in September, 656 t in October, 564 t in December
describe("a change counted from a month named after 'since'", () => {
  it.each([
    [
      "Since the summit in May, magnet deliveries to the US have recovered; in December they came to 564 t.",
      "recovered",
    ],
    [
      "Since the Geneva truce in May, US-bound magnet shipments have picked up; December brought 564 t.",
      "picked up",
    ],
    [
      "Since the framework agreed in May, magnet shipments to the US have picked up; December brought 564 t.",
      "picked up",
    ],
    ["US magnets, December 2025\n- Volume: 564 t\n- Change since September: +34%", "+34%"],
  ])("is checked from that month on: %s", async (text, words) => {
    expect(await of(text, words)).toBe("supported");
  });

  it("leaves a change with its own base, and a line after a heading, their months", async () => {
    const a =
      "Magnet exports to Germany came to 1,118 t in October, 13% below the month before but inside the band seen since June.";
    expect(await of(a, "13% below")).toBe("supported");
    const b =
      "Exports to Germany sink 13% since the start of the curbs\nIn October 2025, China shipped 1,118 t of magnets to Germany.";
    expect(await of(b, "1,118 t")).toBe("supported");
  });

  it("leaves a rank's window alone", async () => {
    const got = await verdictsOf(
      store,
      "Magnet exports to the US fell 3.1% in December, the first fall since May.",
      "2026-01-20",
    );
    expect(got.find(([w]) => w.startsWith("fell"))?.[1]).toBe("supported");
  });
});

describe("a change against one month after a span named in another clause", () => {
  it("is the month's change", async () => {
    const text =
      "Between January and October 2025, American buyers took the most magnets in years; the month alone rose 56% from September.";
    expect(await of(text, "rose 56%")).toBe("supported");
  });

  it("is never checked as the span's change against one month", async () => {
    const text = "In January-October 2025, China's magnet exports to the US rose 56% from September.";
    expect(await of(text, "rose 56%")).toBe("unverifiable");
  });
});

// A change said against a year that is not the year before ("10,300 t more than in 2023" of 2025's
// total) is counted from that year; of a month or part of a year, which months of the base year are
// meant the words do not say, so it is never contradicted.
// rare earths: 52,307 t in 2023, 55,431 t in 2024, 62,585 t in 2025; 5,493.9 t in November 2025
describe("a change against a year named as its base", () => {
  it.each([
    [
      "Rare earth exports came to 62,585 t in 2025, about 10,300 t more than in 2023.",
      "about 10,300",
      "supported",
    ],
    [
      "Rare earth exports came to 62,585 t in 2025, some 13,000 t more than in 2023.",
      "some 13,000",
      "contradicted",
    ],
    [
      "China's rare earth exports last year were 62,585 t. That was roughly 10,300 t more than in 2023.",
      "roughly 10,300",
      "supported",
    ],
    [
      "Rare earth exports came to 62,585 t in 2025, about 7,150 t more than in 2024.",
      "about 7,150",
      "supported",
    ],
  ])("counts a full year's change from the year named: %s", async (text, words, verdict) => {
    expect(await of(text, words)).toBe(verdict);
  });

  it.each([
    ["China's rare earth exports reached 5,494 t in November, 1,900 t more than in 2023.", "1,900"],
    ["China's rare earth exports in January-November rose 9,000 t from 2023.", "9,000"],
  ])("never contradicts a month's or part year's change against a year: %s", async (text, words) => {
    expect(await of(text, words)).not.toBe("contradicted");
  });
});

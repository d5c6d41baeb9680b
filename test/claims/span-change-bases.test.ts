// A change over the months of a year from January ("grew 17.9% in 2025", "fell 11.9% in the first
// half") has no month before it to be set against: with no base named, only the same months a
// year earlier are meant, so a wrong figure is contradicted rather than left ambiguous. Words that
// set the change against something else keep it unsure, and a half or quarter named after the
// change ("up 23.7% on the second half of 2024", "down 14% from the second quarter") is its base,
// not the same months a year earlier, which called such true statements contradicted. A sum "that
// compares with 58,152 t in 2024" dates the base, not the change said after it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: 55,431 t in 2024, 62,585 t in 2025 (+12.9%); January-June 29,095 t in 2024 and
// 32,569.2 t in 2025 (+11.9%); July-December 2024 26,336 t; April-June 2025 18,391.6 t,
// July-September 2025 15,786.4 t (-14.2% on the quarter before, +14.1% on the year)
// magnets: 58,152 t in 2024, 57,392 t in 2025 (-1.3%)
describe("the base of a change over months from January", () => {
  it.each([
    ["China's rare-earth exports grew 17.9% in 2025, customs data showed.", "grew 17.9%", "2026-01-20"],
    ["In the first half of 2025, rare-earth exports fell 11.9 percent.", "fell 11.9 percent", "2025-07-20"],
    ["Rare-earth exports rose 19% in January-June.", "rose 19%", "2025-07-20"],
  ])("contradicts a wrong change on the same months a year earlier: %s", async (text, words, published) => {
    expect(await verdictsOf(store, text, published)).toContainEqual([words, "contradicted"]);
  });

  it("still supports the right change", async () => {
    expect(
      await verdictsOf(store, "China's rare-earth exports grew 12.9% in 2025.", "2026-01-20"),
    ).toContainEqual(["grew 12.9%", "supported"]);
  });

  it.each([
    ["Rare-earth exports in the first half rose 25% on the previous period.", "rose 25%"],
    ["Rare-earth exports in the first half rose 25% from the pre-control level.", "rose 25%"],
  ])("never contradicts a change set against something it cannot read: %s", async (text, words) => {
    expect(await verdictsOf(store, text, "2025-07-20")).toContainEqual([words, "unverifiable"]);
  });
});

describe("a half or quarter named as a span's base", () => {
  it.each([
    [
      "Rare-earth exports in the first half were 32,569 tonnes, up 23.7% on the second half of last year.",
      "up 23.7%",
      "2025-07-20",
    ],
    ["Rare-earth exports in the third quarter fell 14% from the second quarter.", "fell 14%", "2025-10-20"],
  ])("supports the change on the span named: %s", async (text, words, published) => {
    expect(await verdictsOf(store, text, published)).toContainEqual([words, "supported"]);
  });

  // the half before the first half of 2025 is July-December 2024: +23.7%
  it.each([
    ["Rare-earth exports in the first half rose 25% from the previous six months.", "rose 25%"],
    ["In January-June, rare-earth exports rose 3% compared with the preceding half-year.", "rose 3%"],
    ["Rare-earth exports in the first half rose 25% half on half.", "rose 25%"],
  ])("contradicts a wrong change on the half before, which its words name: %s", async (text, words) => {
    expect(await verdictsOf(store, text, "2025-07-20")).toContainEqual([words, "contradicted"]);
  });

  it("supports the right change on the half before", async () => {
    expect(
      await verdictsOf(store, "Rare-earth exports in the first half rose 23.7% half on half.", "2025-07-20"),
    ).toContainEqual(["rose 23.7%", "supported"]);
  });

  it("contradicts a wrong change on the span named, not on the year before", async () => {
    const got = await verdictsOf(
      store,
      "Rare-earth exports in the third quarter rose 14% from the second quarter.",
      "2025-10-20",
    );
    expect(got).toContainEqual(["rose 14%", "contradicted"]);
  });

  it("still reads the same quarter a year earlier", async () => {
    const got = await verdictsOf(
      store,
      "Rare-earth exports in the third quarter rose 14.1% from the same quarter of 2024.",
      "2025-10-20",
    );
    expect(got).toContainEqual(["rose 14.1%", "supported"]);
  });
});

describe("a sum that compares with another year's", () => {
  it("dates the change said after both by the first sum, not the one compared with", async () => {
    const got = await verdictsOf(
      store,
      "Full-year magnet shipments of 57,392 tonnes compare with 58,152 tonnes in 2024, a decline of about 1.3 per cent.",
      "2026-01-21",
    );
    expect(got).toContainEqual(["decline of about 1.3 per cent", "supported"]);
  });

  it("gives a sum stated as 'was total' after a destination to that destination", async () => {
    const got = await verdictsOf(
      store,
      "The whole-year amount of rare earth magnets to the US was total 5,933 tons, compared to the year before decreased 20.3%.",
      "2026-01-21",
    );
    expect(got).toContainEqual(["decreased 20.3%", "unverifiable"]);
  });
});

// Wordings a blind batch (ac: notes, memos, filings, chats and exports by people who are not
// reporters) showed read wrong: a total dated by the year that names it ("the full-year 2024 total of
// 55,431 t"), and a compared year that leaked to the clause's own span ("above the whole of 2024").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a total dated by the year that names it, after a span of this year", () => {
  it.each([
    ["Magnet exports reached 51,440 t in January-November, short of the full-year 2024 total of 58,152 t."],
    ["Through October magnet exports were 45,290 t; the 2024 tally (58,152 t) is out of reach."],
    ["Magnet shipments hit 51,440 t over January–November, against 2024's annual total of 58,152 t."],
  ])("reads the total as that year's and supports it: %s", async (text) => {
    const got = await claimAt(store, text, "58,152 t", "2025-12-22");
    expect(got).toMatchObject({ series: "rare-earth-magnets", partner: "WLD", period: "2024-01..2024-12" });
    expect(got?.verdict).toBe("supported");
  });

  it.each([
    ["Magnet exports reached 51,440 t in January–November, below the full-year total for 2024 of 58,152 t."],
    ["Magnet exports reached 51,440 t in January–November, well under the whole of 2024 (58,152 t)."],
  ])("keeps the compared year off the clause's own span: %s", async (text) => {
    const own = await claimAt(store, text, "51,440 t", "2025-12-22");
    expect(own).toMatchObject({ period: "2025-01..2025-11", verdict: "supported" });
    const then = await claimAt(store, text, "58,152 t", "2025-12-22");
    expect(then).toMatchObject({ period: "2024-01..2024-12", verdict: "supported" });
  });

  it("leaves a month's or a half's year to that month or half", async () => {
    const text =
      "The December 2025 total of 5,952 t of magnets trailed November; the H1 2025 total of 22,319 t was weak.";
    expect(await claimAt(store, text, "5,952 t", "2026-01-22")).toMatchObject({
      period: "2025-12",
      verdict: "supported",
    });
    expect((await claimAt(store, text, "22,319 t", "2026-01-22"))?.period).not.toBe("2025-01..2025-12");
  });
});

describe("an annual report's own year, named without its number", () => {
  it.each([
    ["During the reporting year, magnet exports to the United States came to 5,933 t.", "5,933 t"],
    ["In the year under review China's magnet exports slipped 1.3% to 57,392 t.", "57,392 t"],
  ])("reads the year just ended and supports it: %s", async (text, words) => {
    const got = await claimAt(store, text, words, "2026-03-12");
    expect(got).toMatchObject({
      series: "rare-earth-magnets",
      period: "2025-01..2025-12",
      verdict: "supported",
    });
  });

  it("never contradicts on it, since the words leave the year to the text", async () => {
    const got = await claimAt(
      store,
      "In the reporting year magnet exports came to 50,500 t.",
      "50,500 t",
      "2026-03-12",
    );
    expect(got?.verdict).toBe("unverifiable");
  });
});

describe("the past perfect of reported speech", () => {
  const minutes =
    "The treasurer told the committee that magnet exports had slumped to 1,238 t in May. Exports to Germany came to 209 t.";

  it("carries the month a reported past perfect names to the next sentence", async () => {
    const got = await claimAt(store, minutes, "209 t", "2025-06-25");
    expect(got).toMatchObject({ partner: "DEU", period: "2025-05", verdict: "supported" });
  });

  it("still reads a past perfect told as the writer's own look back as background", async () => {
    const text =
      "Magnet exports had slumped to 1,238 t in May. In June, exports to Germany came to 764 t. The US took 353 t.";
    expect(await claimAt(store, text, "353 t", "2025-07-24")).toMatchObject({ period: "2025-06" });
  });
});

describe("a change set against a span, in a clause with no period of its own", () => {
  it("is of the same span a year on, not of the month the text is on", async () => {
    const text =
      "Magnet exports recovered to 3,188 t in June. Asked about the half, the chief buyer said the total was around 19% below the first half of 2024.";
    const got = await claimAt(store, text, "around 19% below", "2025-07-24");
    expect(got).toMatchObject({ period: "2025-01..2025-06", verdict: "supported" });
  });
});

describe("a fraction of a change followed by its base", () => {
  it("reads 'up nearly a quarter year on year' as a change on the year", async () => {
    const text = "Shipments of rare earths climbed to 5,494 t in November, up nearly a quarter year on year.";
    const got = await claimAt(store, text, "up nearly a quarter", "2025-12-23");
    expect(got).toMatchObject({
      kind: "change",
      series: "rare-earths",
      period: "2025-11",
      verdict: "supported",
    });
  });

  it("still reads no change in 'a quarter year' said as a span", async () => {
    const text = "Over the past quarter year magnet exports came to 17,397 t.";
    const got = await claimAt(store, text, "a quarter", "2025-12-23");
    expect(got?.kind).not.toBe("change");
  });
});

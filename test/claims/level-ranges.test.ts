// A figure told as a range ("between 6,100 and 6,200 tonnes", "5,700-5,800 t", "in the 300 to 320 t
// range", "somewhere from 5,400 to 5,500 t", "up 11-13%") is one statement: borne out when the data
// lies inside it, contradicted only when the data lies clearly outside, never checked end by end.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claimsOf = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims.map((c) => [c.text, c.verdict]);

// November 2025: 6,150 t in all (+12.4% on October's 5,473 t), 305 t to Japan, 582 t to the US;
// October 2025: 1,118 t to Germany; September 2025: 5,774 t in all
describe("a range of tonnes", () => {
  it.each([
    [
      "China's magnet exports came in between 6,100 and 6,200 tonnes in November 2025.",
      "between 6,100 and 6,200 tonnes",
    ],
    ["Magnet shipments to Japan were in the 300 to 320 t range in November 2025.", "300 to 320 t"],
    [
      "Outbound magnet volumes landed somewhere from 5,400 to 5,500 t in October 2025.",
      "somewhere from 5,400 to 5,500 t",
    ],
    ["China shipped 5,700-5,800 tonnes of magnets in September 2025.", "5,700-5,800 tonnes"],
    ["Shipments of magnets to Germany ran at 1,100 to 1,150 t in October 2025.", "1,100 to 1,150 t"],
    [
      "In November 2025 magnet exports to the US were anywhere between 560 and 590 tonnes.",
      "anywhere between 560 and 590 tonnes",
    ],
  ])("is one claim, supported when the data lies inside: %s", async (text, words) => {
    expect(await claimsOf(text)).toEqual([[words, "supported"]]);
  });

  it.each([
    "China's magnet exports were between 4,000 and 4,500 t in November 2025.",
    "Magnet exports to the United States stood at 900-950 tonnes in November 2025.",
    "Chinese magnet shipments to Japan were in the 200 to 230 t range in November 2025.",
  ])("is contradicted when the data lies clearly outside: %s", async (text) => {
    const got = await claimsOf(text);
    expect(got.filter(([, v]) => v !== "contradicted" && v !== undefined)).toEqual([]);
    expect(got.filter(([, v]) => v === "contradicted")).toHaveLength(1);
  });

  it.each([
    [
      "Magnet exports totalled between 5,000 and 6,000 tonnes in November 2025.",
      "between 5,000 and 6,000 tonnes",
    ],
    ["October 2025 magnet exports came to 5,480-5,600 t.", "5,480-5,600 t"],
    ["Magnet exports were roughly 5,000 to 6,000 t in November 2025.", "roughly 5,000 to 6,000 t"],
  ])(
    "is neither right nor wrong when the data lies just outside its ends as written, within their rounding: %s",
    async (text, words) => {
      expect(await claimsOf(text)).toEqual([[words, "unverifiable"]]);
    },
  );

  it("is not contradicted when told as rough", async () => {
    const got = await claimsOf("Magnet exports to the US ran at perhaps 900 to 950 tonnes in November 2025.");
    expect(got).toEqual([["900 to 950 tonnes", "unverifiable"]]);
  });

  it.each([
    "Monthly magnet shipments to Japan have swung between 226 and 305 tonnes since the curbs were eased.",
    "Magnet exports to the US were perhaps 560 to 582 t in November 2025, by traders' reckoning.",
    "US-bound magnet exports came to 582 t in November 2025, by one consultant's estimate.",
  ])("gives no verdict to a spread over many months or a market guess: %s", async (text) => {
    const got = await claimsOf(text);
    expect(got.filter(([, v]) => v !== "unverifiable")).toEqual([]);
  });

  it.each([
    ["Magnet exports rose from 5,473 t to 6,150 t in November 2025.", "6,150 t"],
    ["Magnet exports climbed 677 t to 6,150 t in November 2025.", "6,150 t"],
  ])("leaves a change's ends alone: %s", async (text, words) => {
    expect((await claimsOf(text)).some(([t]) => t === words)).toBe(true);
  });
});

describe("a range of percentages", () => {
  it.each([
    "Magnet exports rose 12-13% in November 2025 from October.",
    "China's magnet exports were up 11 to 13 percent month on month in November 2025.",
    "November 2025 magnet exports climbed 10–14 per cent from the month before.",
  ])("is supported when the change lies inside: %s", async (text) => {
    const got = await claimsOf(text);
    expect(got.filter(([, v]) => v !== "supported")).toEqual([]);
    expect(got.some(([t]) => /\d[-–\s]/.test(t ?? ""))).toBe(true);
  });

  it("is neither right nor wrong when the change lies just outside its ends as written, within their rounding", async () => {
    const got = await claimsOf("Magnet exports rose 10-12% in November 2025 from October.");
    expect(got).toEqual([["rose 10-12%", "unverifiable"]]);
  });

  it("is contradicted when the change lies clearly outside", async () => {
    const got = await claimsOf("Magnet exports rose 30-35% month on month in November 2025.");
    expect(got).toEqual([["rose 30-35%", "contradicted"]]);
  });
});

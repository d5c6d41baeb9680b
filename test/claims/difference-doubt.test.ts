// A number written as a difference ("topping October's volume by 677 tons", "370 tonnes fewer than")
// or as an average ("a monthly average of 4,676 t", "5,841 t a month before the curbs") that the
// reader takes for a level may contradict nothing: the checker doubts it.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const levels = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims
    .filter((c) => c.kind === "level" || c.kind === "ytd")
    .map((c) => [c.text, c.verdict]);

/** The changes read in `text`: their words, destination and verdict. */
const changes = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims
    .filter((c) => c.kind === "change")
    .map((c) => [c.text, c.partner, c.verdict]);

describe("a level in words of a difference", () => {
  it("is never contradicted when 'by' introduces it", async () => {
    for (const text of [
      "Magnet exports reached 6,150 tonnes in November 2025, beating the October volume by 677 tonnes and the year's low.",
      "Magnet shipments to the US in November 2025 trailed Germany's by roughly 600 tonnes.",
      "Magnet exports reached 6,150 t in November 2025, exceeding the volume of October by about 677 t.",
    ]) {
      expect(
        (await levels(text)).filter(([, v]) => v === "contradicted"),
        text,
      ).toEqual([]);
    }
  });

  it("is never contradicted when 'more' or 'fewer' follows it", async () => {
    const text = "In November 2025 China shipped 1,200 tonnes more rare-earth magnets than in March.";
    expect((await levels(text)).filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("leaves a plain wrong level contradicted", async () => {
    expect(await levels("Rare-earth magnet exports were 677 tons in November 2025.")).toEqual([
      ["677 tons", "contradicted"],
    ]);
  });
});

describe("a level in words of an average", () => {
  it.each([
    "China's magnet exports in November were 6,150 t, against a monthly average of 4,676 t so far this year.",
    "China's magnet exports in November were 6,150 t, compared with an average of 5,841 t a month before the April curbs.",
    "China's magnet exports in November were 6,150 t, well above the 2024 monthly average of roughly 5,000 t.",
    "China's magnet exports averaged 4,676 tonnes a month in the first 11 months of 2025, and 6,150 t in November.",
    "Magnet shipments to the US in November 2025 were 582 t, or on average about 19 t per day.",
    "US-bound magnet exports came to 656 t in October 2025; on average, 480 tonnes went there each month this year.",
  ])("is never contradicted: %s", async (text) => {
    expect((await levels(text)).filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("leaves the month's own level supported and a plain wrong level contradicted", async () => {
    expect(
      await levels("China's magnet exports in November were 6,150 t, against a monthly average of 4,676 t."),
    ).toContainEqual(["6,150 t", "supported"]);
    expect(await levels("China's magnet exports were 4,676 t in November 2025.")).toEqual([
      ["4,676 t", "contradicted"],
    ]);
  });
});

describe("the difference between the two months just named", () => {
  it("is a change between them, in the next sentence too", async () => {
    // November 2025 6,150 t, October 5,473 t: 677 t apart
    expect(
      await changes(
        "Magnet exports from China were 6,150 t in November 2025 and 5,473 t in October. The difference between the two months was 677 t.",
      ),
    ).toEqual([["677 t", "WLD", "supported"]]);
  });

  it("runs from the earlier month to the later one its sentence names", async () => {
    // to the US: May 2025 46 t, June 353 t, April 246 t
    const text = (gap: string) =>
      `Shipments of Chinese magnets to the US came to 46 t in May 2025 and 353 t in June 2025; the difference between the two months was ${gap}.`;
    expect(await changes(text("307 t"))).toEqual([["307 t", "USA", "supported"]]);
    expect(await changes(text("370 t"))).toEqual([["370 t", "USA", "contradicted"]]);
  });

  it("is never read as a month's level", async () => {
    const got = await verifyClaims(
      store,
      "Magnet exports from China were 6,150 t in November 2025 and 5,473 t in October. The gap between those two months came to 767 t.",
      { published: "2025-12-20" },
    );
    expect(got.claims.filter((c) => c.text.includes("767")).map((c) => [c.kind, c.verdict])).toEqual([
      ["change", "unverifiable"],
    ]);
  });
});

describe("a gap between two destinations", () => {
  // November 2025: US 582 t, Japan 305 t; August 2025: Germany 1,346 t, US 590 t
  it("is the difference of their tonnages in the same month", async () => {
    expect(
      await changes(
        "In November 2025 China's magnet shipments showed a gap of 277 t between the US and Japan.",
      ),
    ).toEqual([["277 t", "USA", "supported"]]);
    expect(
      await changes(
        "In November 2025 China's magnet shipments showed a gap of 227 t between the US and Japan.",
      ),
    ).toEqual([["227 t", "USA", "contradicted"]]);
  });

  it("is never a level, however many words come before its verb", async () => {
    const got = await verifyClaims(
      store,
      "The difference between Germany and the US in China's magnet exports in August 2025 was 756 t.",
      { published: "2025-12-20" },
    );
    expect(got.claims.map((c) => [c.kind, c.verdict])).toEqual([["change", "supported"]]);
  });
});

describe("a difference from the figure pointed back to", () => {
  // rare earths: June 2025 7,742.2 t, November 5,493.9 t (2,248.3 t short)
  it("is a change from that figure's month", async () => {
    const text = (gap: string) =>
      `China's rare-earth exports peaked at 7,742 t in June 2025; November's total came in ${gap} short of that.`;
    expect(await changes(text("some 2,250 t"))).toEqual([["some 2,250 t short of", "WLD", "supported"]]);
    expect(await changes(text("some 2,520 t"))).toEqual([["some 2,520 t short of", "WLD", "contradicted"]]);
  });

  it("never contradicts when the figure is in an earlier sentence", async () => {
    const got = await changes(
      "Rare-earth shipments from China peaked at 7,742 t in June 2025. November's came in some 2,520 t short of that.",
    );
    expect(got.map(([, , v]) => v)).not.toContain("contradicted");
  });
});

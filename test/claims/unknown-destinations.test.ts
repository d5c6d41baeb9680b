// A destination written in a way the reader had no name for: a code ("the ROK"), an initial ("S.
// Korea"), dotted letters ("the U.K.", "the U.A.E."), an old name ("Holland"), a region ("Southeast
// Asia", "ASEAN", "Latin America") or a city. The figure is that place's: it is never checked as the
// world total, nor a region of the Americas as the United States.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("destinations by code, initial or dotted letters", () => {
  it.each([
    ["Magnet exports from China to the ROK came to 569 tonnes in October.", "569 tonnes", "KOR"],
    ["China sent 569 t of rare-earth magnets to S. Korea in October.", "569 t", "KOR"],
    ["Rare-earth magnet exports to the U.K. were 41 tonnes in October.", "41 tonnes", "GBR"],
    ["Rare-earth magnet exports to the U.A.E. were 12 tonnes in October.", "12 tonnes", "ARE"],
    ["Rare-earth magnet exports to Holland were 77 tonnes in October.", "77 tonnes", "NLD"],
  ])("%s", async (text, quote, partner) => {
    const r = await readingAt(store, text, quote, "2025-11-25");
    expect(r.partner).toBe(partner);
    expect(r.verdict).not.toBe("contradicted");
  });

  it("keeps South Korea's figure for a wrong figure said of South Korea by its code", async () => {
    const text = "Magnet exports from China to the ROK came to 596 tonnes in October.";
    expect((await readingAt(store, text, "596 tonnes", "2025-11-25")).verdict).toBe("contradicted");
  });

  it("does not read North Korea as South Korea", async () => {
    const text = "China's rare-earth magnet exports to North Korea were 2 tonnes in October.";
    const r = await readingAt(store, text, "2 tonnes", "2025-11-25");
    expect(r.partner).toBe("PRK");
    expect(r.verdict).not.toBe("contradicted");
  });
});

describe("a place the reader has no name for", () => {
  it.each([
    ["China's rare-earth magnet exports to Southeast Asia were 900 tonnes in August.", "900 tonnes"],
    ["Rare-earth magnet shipments to ASEAN reached 1,020 t in August.", "1,020 t"],
    ["China's rare-earth magnet exports to Asia were 2,267 tonnes in August.", "2,267 tonnes"],
    ["China shipped 1,346 tonnes of rare-earth magnets in August to Stuttgart and Munich.", "1,346 tonnes"],
    ["China's rare-earth magnet exports to North America came to 690 tonnes in August.", "690 tonnes"],
  ])("%s", async (text, quote) => {
    const r = await readingAt(store, text, quote, "2025-09-25");
    expect(r.verdict).not.toBeNull();
    expect(r.verdict).not.toBe("contradicted");
    expect(r.partner).not.toBe("USA");
  });

  it.each([
    "China's rare-earth magnet exports fell to 4,473 tonnes in October, a blow to European automakers.",
    "China's rare-earth magnet exports in October were 4,473 tonnes, data provided to Reuters showed.",
    "China's rare-earth magnet exports in October were 4,473 tonnes, according to figures sent to Bloomberg News.",
    "China shipped 4,473 tonnes of rare-earth magnets in October, a boost to Tesla and other carmakers.",
  ])("still contradicts a wrong total when nothing is sent to the name: %s", async (text) => {
    expect((await readingAt(store, text, "4,473 tonnes", "2025-11-25")).verdict).toBe("contradicted");
  });

  it("still contradicts the total when the words after 'to' are no place", async () => {
    const text = "China's rare-earth magnet exports rose to 6,416 tonnes in August, according to Reuters.";
    expect((await readingAt(store, text, "6,416 tonnes", "2025-09-25")).verdict).toBe("contradicted");
  });
});

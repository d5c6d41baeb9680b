// A clause that leaves the word "share" to the clause before it ("Korea's share rose to 13.7%, while
// Germany's slipped to 18.6%") states the named destination's share of the same total; its verb
// moves the share, not the destination's tonnage. Checked on the reference data (December 2025:
// 5,952 t in all, Korea 815 t, Germany 1,106 t, the US 564 t; November: 6,150 t, Japan 305 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claims = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims;

describe("a share whose noun the clause before gave", () => {
  it.each([
    [
      "In December Korea's share of China's magnet exports rose to 13.7%, while Germany's slipped to 18.6%.",
      "DEU",
    ],
    [
      "Korea's share of China's December magnet exports rose to 13.7%, and the US's stood at about 9.5%.",
      "USA",
    ],
    ["In November the US share of China's magnet exports fell to 9.5%, while Japan's rose to 5%.", "JPN"],
  ])("is the named destination's share: %s", async (text, partner) => {
    const published = text.includes("November") ? "2025-12-20" : "2026-01-21";
    const c = (await claims(text, published)).find((x) => x.partner === partner);
    expect(c?.kind).toBe("share");
    expect(c?.verdict).toBe("supported");
  });

  it("is wrong when the destination's share is not the figure", async () => {
    const c = (
      await claims(
        "In December Korea's share of China's magnet exports rose to 13.7%, while Germany's slipped to 15.6%.",
        "2026-01-21",
      )
    ).find((x) => x.partner === "DEU");
    expect(c?.kind).toBe("share");
    expect(c?.verdict).toBe("contradicted");
  });

  it("leaves a tonnage moved in the clause a tonnage", async () => {
    const found = await claims(
      "Korea's share of China's December magnet exports rose to 13.7%, while Germany's exports slipped to 1,106 t.",
      "2026-01-21",
    );
    expect(found.filter((x) => x.partner === "DEU" && x.kind === "share")).toEqual([]);
  });
});

describe("a share whose verb the clause before gave", () => {
  const shareOf = async (text: string, partner: string) =>
    (await claims(text, "2025-09-20"))
      .filter((x) => x.partner === partner && x.kind === "share")
      .map((x) => [x.text, x.verdict]);

  it.each([
    ["and the United States 9.6%.", "9.6%", "supported"],
    ["and the United States just under a tenth.", "just under a tenth", "supported"],
    ["and the United States a third.", "a third", "contradicted"],
  ])("reads '%s' after Germany's August share as the US's", async (tail, words, verdict) => {
    const text = `Germany bought 21.9% of China's magnet exports in August, ${tail}`;
    expect(await shareOf(text, "USA")).toEqual([[words, verdict]]);
  });

  it("leaves a fraction that compares alone: 'and the United States a third more'", async () => {
    const text =
      "Germany bought 21.9% of China's magnet exports in August, and the United States a third more.";
    expect(await shareOf(text, "USA")).toEqual([]);
  });
});

describe("a share restated after a tonnage with 'call it'", () => {
  it("reads 'EU took about 2.6kt in Nov, call it 42%' as the EU's share, in a post after one citing Japan's own data", async () => {
    const text =
      "u/lurker42: source? I thought Japan's own customs had something like 320t for Nov\nu/ingot_guy: EU took about 2.6kt in Nov, call it 42%";
    const got = (await claims(text, "2025-12-21")).map((c) => [c.text, c.partner, c.verdict]);
    expect(got).toEqual([
      ["320t", "CHN", "unverifiable"],
      ["about 2.6kt", "EU27", "supported"],
      ["42%", "EU27", "supported"],
    ]);
  });
});

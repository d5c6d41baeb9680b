// A share's other months in the same sentence: a value set beside it with "compared with" or
// "against" and a month of its own, and a later clause that goes on with the same share in another
// month ("; in September it was 7.3%", ", and 22.3% in September").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

/** `[words, partner, period, share, verdict]` of every share `verify` reads in `text`. */
async function sharesOf(text: string) {
  const { claims } = await verifyClaims(store, text, { published: "2025-12-20" });
  return claims
    .filter((c) => c.stated.type === "share")
    .map((c) => [c.text, c.partner, c.period, c.stated.type === "share" ? c.stated.pct : null, c.verdict]);
}

describe("a share's earlier value after 'compared with' or 'against'", () => {
  it("reads the value with its own month as that month's share", async () => {
    expect(
      await sharesOf(
        "Germany's slice of China's magnet exports came to 20.4% in October, compared with 22.3% in September.",
      ),
    ).toEqual([
      ["slice of China's magnet exports came to 20.4%", "DEU", "2025-10", 20.4, "supported"],
      ["compared with 22.3%", "DEU", "2025-09", 22.3, "supported"],
    ]);
  });

  it("reads it after a verb of taking, and checks it", async () => {
    expect(
      await sharesOf(
        "South Korea took 10.4% of China's magnet shipments in October, against 19% in September.",
      ),
    ).toEqual([
      ["10.4% of China's magnet shipments", "KOR", "2025-10", 10.4, "supported"],
      ["against 19%", "KOR", "2025-09", 19, "contradicted"],
    ]);
  });
});

describe("a later clause that goes on with the same share", () => {
  it("reads 'in September it was 7.3%' as the same destination's share in September", async () => {
    expect(
      await sharesOf("The US share of China's magnet exports was 9.6% in August; in September it was 7.3%."),
    ).toEqual([
      ["share of China's magnet exports was 9.6%", "USA", "2025-08", 9.6, "supported"],
      ["7.3%", "USA", "2025-09", 7.3, "supported"],
    ]);
  });

  it("reads a last list item with a month of its own", async () => {
    expect(await sharesOf("Germany's share stood at 21.9% in August, and 22.3% in September.")).toEqual([
      ["share stood at 21.9%", "DEU", "2025-08", 21.9, "supported"],
      ["22.3%", "DEU", "2025-09", 22.3, "supported"],
    ]);
  });

  it("leaves a change in the next clause a change, and a value with no month of its own unread", async () => {
    const change = await sharesOf(
      "Germany's share was 20.4% in October, and exports were up 12% in September.",
    );
    expect(change.map((s) => s[3])).toEqual([20.4]);
    const undated = await sharesOf(
      "Germany's share stood at 21.9% in August; it was higher later, at 22.3%.",
    );
    expect(undated.map((s) => s[3])).toEqual([21.9]);
  });
});

describe("the share a destination moved from, after 'up from' or 'down from'", () => {
  it("reads it after a verb of accounting for, as the month before's", async () => {
    expect(
      await sharesOf(
        "South Korea accounted for 10.4% of China's magnet exports in October, down from almost 15%.",
      ),
    ).toEqual([
      ["10.4% of China's magnet exports", "KOR", "2025-10", 10.4, "supported"],
      ["from almost 15%", "KOR", "2025-09", 15, "supported"],
    ]);
  });

  it("reads it after a share noun, and never calls it wrong, its month unnamed", async () => {
    const got = await sharesOf(
      "Germany's share of China's magnet exports fell to 20.4% in October, down from 25%.",
    );
    expect(got).toEqual([
      ["share of China's magnet exports fell to 20.4%", "DEU", "2025-10", 20.4, "supported"],
      ["from 25%", "DEU", "2025-09", 25, "unverifiable"],
    ]);
  });
});

describe("an earlier share of a month said relative to the share's own", () => {
  it("reads 'compared with under 4% a month earlier' after a verb of taking", async () => {
    expect(
      await sharesOf(
        "US buyers took about 11% of China's magnet exports in June, compared with under 4% a month earlier.",
      ),
    ).toEqual([
      ["about 11% of China's magnet exports", "USA", "2025-06", 11, "supported"],
      ["compared with under 4%", "USA", "2025-05", 4, "supported"],
    ]);
  });

  it("reads 'against 15% a year before' as the same month a year earlier", async () => {
    expect(
      await sharesOf(
        "Germany's share of China's magnet exports was 20.4% in October 2025, against 15% a year before.",
      ),
    ).toEqual([
      ["share of China's magnet exports was 20.4%", "DEU", "2025-10", 20.4, "supported"],
      ["against 15%", "DEU", "2024-10", 15, "unverifiable"],
    ]);
  });
});

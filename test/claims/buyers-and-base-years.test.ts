// A buyer's own import statistics and a supplier's share of a market are not China's export figures,
// however far back in the clause the buyer's imports were named; and a year named only as a
// comparison's base ("2.1% less than the total shipped in 2024") does not date the figure it follows.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => ({
    words: c.text,
    period: c.period,
    mode: c.mode,
    verdict: c.verdict,
  }));

describe("a buyer's imports named at the head of a long clause", () => {
  it("leaves every figure the clause gives of them unchecked, the level as the change", async () => {
    const got = await read(
      "Vietnam's imports of permanent magnets, most of them neodymium grades bought for motor makers around Hanoi, climbed to 9,400 tonnes in 2024-25 from roughly 7,100 tonnes a year before, official figures showed.",
      "2025-08-02",
    );
    expect(got.length).toBeGreaterThan(0);
    for (const c of got) {
      expect(c.mode).toBe("other-reporter");
      expect(c.verdict).toBe("unverifiable");
    }
  });
});

describe("China's share as a buyer's supplier", () => {
  it("is a share of what the buyer gets, not of China's exports", async () => {
    const got = await read(
      "China stays the leading supplier of rare-earth magnets to the United States, accounting for more than 70 per cent of them in November.",
      "2025-12-22",
    );
    expect(got).toEqual([
      {
        words: "accounting for more than 70 per cent",
        period: "2025-11",
        mode: "reported",
        verdict: "unverifiable",
      },
    ]);
  });

  it("is so when the share comes in a later clause of the sentence", async () => {
    const text =
      "China stays the main source of magnets for the United States, with a share above 70% in November.";
    const [share] = (await verifyClaims(store, text, { published: "2025-12-22" })).claims;
    expect(share?.stated).toMatchObject({ type: "share", of: "production" });
    expect(share?.verdict).toBe("unverifiable");
  });

  it("still checks the share of China's own exports a destination took", async () => {
    const got = await read(
      "China, the leading supplier of magnets, sent 9.5% of its magnet exports to the United States in November.",
      "2025-12-22",
    );
    expect(got).toEqual([
      { words: "9.5% of its magnet exports", period: "2025-11", mode: "reported", verdict: "supported" },
    ]);
  });
});

describe("a year named as the base of a full year's comparison", () => {
  it("does not date the figure: 'for the year' in January is the year just ended", async () => {
    const got = await read(
      "Magnet exports eased in December. For the year as a whole, China sold 57,392 tonnes of magnets abroad, 1.3% less than the total exported in 2024.",
      "2026-01-23",
    );
    expect(got.filter((c) => c.period !== "2025-12")).toEqual([
      { words: "57,392 tonnes", period: "2025-01..2025-12", mode: "reported", verdict: "supported" },
      { words: "1.3% less", period: "2025-01..2025-12", mode: "reported", verdict: "supported" },
    ]);
  });

  it("never contradicts a right total because of the base's year", async () => {
    const got = await read(
      "For the year, shipments of magnets to all destinations came to 57,392 tonnes, below the volume recorded in 2024.",
      "2026-01-23",
    );
    expect(got.some((c) => c.verdict === "contradicted")).toBe(false);
    expect(got.find((c) => c.words === "57,392 tonnes")).toMatchObject({ period: "2025-01..2025-12" });
  });
});

describe("a month's base level dated by a bare year", () => {
  it("is read as the same month of that year, which it can bear out", async () => {
    const got = await read(
      "Shipments of rare earths in December reached 4,392 tonnes, well above the 3,326 tonnes in 2024.",
      "2026-01-21",
    );
    expect(got.find((c) => c.words === "3,326 tonnes")).toMatchObject({
      period: "2024-12",
      verdict: "supported",
    });
  });

  it("is only a reading, so a wrong base is not called wrong", async () => {
    const got = await read(
      "Shipments of rare earths in December reached 4,392 tonnes, well above the 3,926 tonnes in 2024.",
      "2026-01-21",
    );
    expect(got.find((c) => c.words === "3,926 tonnes")).toMatchObject({
      period: "2024-12",
      verdict: "unverifiable",
    });
  });
});

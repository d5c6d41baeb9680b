// Wordings a twentieth blind batch (writers who use the figures: research notes, memos, testimony,
// scenario notes, encyclopaedia entries) showed misread.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [c.kind, c.partner, c.period, text.slice(c.start, c.end)]);

describe("months gone over together", () => {
  it("are the span of the figure after them ('exports over January and February 2026 came to')", () => {
    expect(
      read("Magnet exports over January and February 2026 came to 10,763 tonnes.", "2026-04-22"),
    ).toEqual([["ytd", "WLD", "2026-01..2026-02", "10,763 tonnes"]]);
  });

  it("are the span of a destination's figure and its change ('to the US over January-February')", () => {
    const text =
      "Magnet exports to the United States over January-February totalled 994 tonnes, down 22.5% on a year earlier, and in March they were 406 tonnes.";
    expect(read(text, "2026-04-22")).toEqual([
      ["ytd", "USA", "2026-01..2026-02", "994 tonnes"],
      ["change", "USA", "2026-01..2026-02", "down 22.5%"],
      ["level", "USA", "2026-03", "406 tonnes"],
    ]);
  });

  it("stay a change's base after a percentage ('up 8% over January-February 2025')", () => {
    const got = read(
      "Shipments rose 8% over January-February 2025 to 10,763 t in January-February 2026.",
      "2026-04-22",
    );
    expect(got[0]).toEqual(["change", "WLD", "2026-01..2026-02", "rose 8%"]);
  });
});

describe("a research note's own estimate", () => {
  it("is not China's customs figure ('We estimate December volumes of 5,800-6,100t')", () => {
    const text =
      "The US accounted for 9.5% of the November total. We estimate December volumes of 5,800-6,100t, and we forecast 66,000t for 2026.";
    const modes = extractClaims(text, { published: "2025-12-22" }).map((c) => [
      text.slice(c.start, c.end),
      c.mode,
    ]);
    expect(modes).toEqual([
      ["9.5% of the November total", "reported"],
      ["5,800-6,100t", "forecast"],
      ["66,000t", "forecast"],
    ]);
  });
});

describe("'May' before the product its figure is of", () => {
  it("is the month ('May magnet exports fell to 1,238 tonnes'), as 'May exports' was", () => {
    const text =
      "April's magnet exports were 2,626 tonnes. May magnet exports fell to 1,238 tonnes, down 52.9% from April. May US-bound shipments were 46 tonnes.";
    expect(read(text, "2025-06-22")).toContainEqual(["level", "WLD", "2025-05", "1,238 tonnes"]);
    expect(read(text, "2025-06-22")).toContainEqual(["change", "WLD", "2025-05", "down 52.9%"]);
    expect(read(text, "2025-06-22")).toContainEqual(["level", "USA", "2025-05", "46 tonnes"]);
  });

  it("stays the verb in a title-case headline ('Exports May Fall as Magnet Shipments Drop')", () => {
    const got = extractClaims("China's Exports May Fall as Magnet Shipments Drop to 1,238 Tonnes", {
      published: "2025-06-22",
    });
    expect(got).toHaveLength(1);
    expect(got.map((c) => c.period)).not.toContain("2025-05");
  });
});

describe("triangles as signs in English text", () => {
  it("read a change with its base ('6,146 t, ▲10.2% MoM, ▼4.7% YoY')", () => {
    const text = "Magnet exports in August: 6,146 t, ▲10.2% MoM, ▼4.7% YoY";
    const got = extractClaims(text, { published: "2025-09-22" })
      .filter((c) => c.kind === "change")
      .map((c) => [text.slice(c.start, c.end), c.stated.type === "change" ? c.stated.pct : null]);
    expect(got).toEqual([
      ["▲10.2%", 10.2],
      ["▼4.7%", -4.7],
    ]);
  });
});

// Filings and tenders number their paragraphs ("1.3 December's volume was ..."). A month's figure as
// the subject is still the figure of the destination the paragraph before spoke of, not the world's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimsOf, firstChange } from "../helpers/verdicts.js";

const store = useReferenceStore();

const changeOf = (text: string, published: string) => firstChange(store, text, published);

describe("a month's figure as the subject of a numbered paragraph", () => {
  it("takes the destination of the paragraph before", async () => {
    const text =
      "1.2 In May, magnet exports to Viet Nam were just 235 tonnes.\n1.3 December's volume was therefore more than double May's.";
    expect(await changeOf(text, "2026-01-25")).toEqual({
      text: "more than double",
      partner: "VNM",
      period: "2025-12",
      verdict: "supported",
    });
  });

  it("keeps a month's total the world's", async () => {
    const text =
      "1.2 In December, magnet exports to Viet Nam were 509 tonnes.\n1.3 The month's total was 5,952 tonnes.";
    const total = (await claimsOf(store, text, "2026-01-25")).find((c) => c.text.includes("5,952"));
    expect(total).toMatchObject({ partner: "WLD", period: "2025-12", verdict: "supported" });
  });
});

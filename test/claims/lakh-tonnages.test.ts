// Indian English counts tonnages in lakhs: "4.18 lakh kg" is 418,000 kg, 418 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string, published: string) => claimsOf(store, text, published);

describe("tonnages counted in lakhs", () => {
  it("reads lakh kg as hundreds of thousands of kilograms", async () => {
    const text =
      "India received 4.18 lakh kg of rare-earth magnets from China in July, against 1.72 lakh kg in June.";
    expect(await read(text, "2025-08-22")).toEqual([
      { text: "4.18 lakh kg", kind: "level", partner: "IND", period: "2025-07", verdict: "supported" },
      { text: "1.72 lakh kg", kind: "level", partner: "IND", period: "2025-06", verdict: "supported" },
    ]);
  });

  it("finds a wrong figure in lakhs wrong", async () => {
    const text = "India received 5.2 lakh kg of rare-earth magnets from China in July.";
    const [c] = await read(text, "2025-08-22");
    expect(c).toMatchObject({
      text: "5.2 lakh kg",
      partner: "IND",
      period: "2025-07",
      verdict: "contradicted",
    });
  });

  it("leaves a money figure in crore unread as a tonnage", async () => {
    const text = "India's own imports of such magnets in July were valued at ₹870 crore.";
    expect(
      (await read(text, "2025-08-22")).filter((c) => c.kind === "level" && c.verdict !== "unverifiable"),
    ).toEqual([]);
  });
});

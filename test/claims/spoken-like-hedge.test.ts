// Speech and its transcripts hedge a size with "like": "which is down like eleven percent", "fell
// like 11%". It is "about": the change is read and checked within an about's margin.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { firstChange } from "../helpers/verdicts.js";

const store = useReferenceStore();

const changeOf = (text: string, published: string) => firstChange(store, text, published);

describe("a size hedged with 'like'", () => {
  it.each([
    [
      "To the US it was 582 tonnes of magnets in November, which is down like eleven percent.",
      "down like eleven percent",
    ],
    ["US magnet exports fell like 11% in November.", "fell like 11%"],
  ])("reads and supports %s", async (text, words) => {
    expect(await changeOf(text, "2025-12-23")).toEqual({
      text: words,
      partner: "USA",
      period: "2025-11",
      verdict: "supported",
    });
  });

  it("does not support a size the margin does not reach", async () => {
    const c = await changeOf("US magnet exports fell like 30% in November.", "2025-12-23");
    expect(c).toMatchObject({ text: "fell like 30%", partner: "USA", period: "2025-11" });
    expect(c?.verdict).not.toBe("supported");
  });
});

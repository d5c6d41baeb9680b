// A reader's letter names the report it answers by its day ("your report of 21 December") and
// disputes it ("They did no such thing"). The report's day is when it ran, not the month of any
// figure; and what the letter credits to the report and then disputes is not its own statement.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string, published: string) => claimsOf(store, text, published);

describe("a report named by its day", () => {
  it("does not date the figures by the report's day", async () => {
    const text =
      "In its report of 21 December the paper said magnet exports to the United States were 582 tonnes.";
    const [c] = await read(text, "2025-12-28");
    expect(c).toMatchObject({ text: "582 tonnes", partner: "USA", verdict: "unverifiable" });
    expect(c?.period).not.toBe("2024-12");
  });

  it("checks the letter's own change on the month its report named, and leaves the disputed rise unchecked", async () => {
    const text =
      'Sir, your report of 21 December said Chinese magnet exports to the United States "jumped" in November to 582 tonnes. They did no such thing: that is about 11% less than October\'s 656 tonnes.';
    const claims = await read(text, "2025-12-28");
    expect(claims.find((c) => c.text === "jumped")).toMatchObject({
      kind: "direction",
      period: "2025-11",
      verdict: "unverifiable",
    });
    expect(claims.find((c) => c.text === "about 11% less")).toEqual({
      text: "about 11% less",
      kind: "change",
      partner: "USA",
      period: "2025-11",
      verdict: "supported",
    });
  });
});

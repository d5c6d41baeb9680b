// A pasted e-mail thread holds older messages under their own headers or "On ..., X wrote:" lines:
// what such a message calls "last month" is the month before it was sent, not the month before the
// thread was pasted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: September 2025 5,773 t (Germany 1,288 t); October 2025 5,473 t; November 2025 6,150 t
describe("a forwarded or quoted message read as of the day it was sent", () => {
  const forwarded = [
    "Passing this on.",
    "",
    "---------- Forwarded message ---------",
    "From: Rui Tan <rui@example.org>",
    "Date: Wed, Oct 15, 2025 at 7:02 PM",
    "Subject: customs numbers",
    "",
    "Magnet shipments abroad reached 5,773 tonnes last month, with 1,288 t going to Germany.",
  ].join("\n");

  it.each([
    ["5,773 tonnes", "WLD"],
    ["1,288 t", "DEU"],
  ])("dates %s by the forwarded message", async (quote, partner) => {
    expect(await readingAt(store, forwarded, quote)).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner,
      period: "2025-09",
    });
  });

  it("dates a quoted reply by its 'wrote:' line, and the reply above by the thread's date", async () => {
    const text = [
      "November then came in at 6,150 t.",
      "",
      "On Thu, Nov 13, 2025 at 9:30 AM Rui Tan <rui@example.org> wrote:",
      "> Magnet exports slipped to 5,473 t last month.",
    ].join("\n");
    expect((await readingAt(store, text, "5,473 t")).period).toBe("2025-10");
    expect((await readingAt(store, text, "6,150 t")).period).toBe("2025-11");
  });

  it("dates a reply written under the quote by the thread's date", async () => {
    const text = [
      "On Thu, Nov 13, 2025 at 9:30 AM Rui Tan <rui@example.org> wrote:",
      "> Magnet exports slipped to 5,473 t last month.",
      "",
      "They then rose to 6,150 t last month.",
    ].join("\n");
    expect((await readingAt(store, text, "5,473 t")).period).toBe("2025-10");
    expect(await readingAt(store, text, "6,150 t")).toMatchObject({
      verdict: "supported",
      period: "2025-11",
    });
  });

  it("checks a message's figure against its own month", async () => {
    const wrong = forwarded.replace("5,773 tonnes", "6,150 tonnes");
    expect(await readingAt(store, wrong, "6,150 tonnes")).toMatchObject({
      verdict: "contradicted",
      period: "2025-09",
    });
  });
});

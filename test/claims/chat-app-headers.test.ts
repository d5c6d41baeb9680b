// A chat copied from an app that puts each message under its sender's name and the time ("Lena
// Ortiz  4:02 PM"): each message is a turn, so a question ends with its sender's message, and a
// bare answer takes the destination asked about, also when the asker dropped the question mark. A
// forum post's age beside its author ("· 2h") is no second half of the year.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets, October 2025: total 5,473 t; South Korea 569 t; India 416 t
describe("a chat app's messages under name-and-time lines", () => {
  const chat = (ask: string, answer: string) =>
    [
      "Lena Ortiz  4:02 PM",
      "magnet exports were 5,473 t in October",
      "Raj  4:05 PM",
      ask,
      "Lena Ortiz  4:06 PM",
      answer,
    ].join("\n");

  it("reads the message before a question as a statement", async () => {
    expect(await readingAt(store, chat("and korea?", "569 t"), "5,473 t", "2025-11-20")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-10",
    });
  });

  it.each([
    ["and korea?", "569 t", "KOR"],
    ["what about India", "416 t", "IND"],
  ])("answers %j with the destination asked about", async (ask, answer, partner) => {
    expect(await readingAt(store, chat(ask, answer), answer, "2025-11-20")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner,
      period: "2025-10",
    });
  });
});

describe("a forum post's age", () => {
  it("does not date the post's figures as a half-year", async () => {
    const text = "u/ndfeb_nerd · 2h\nMagnet exports were 5,473 t, I think.";
    expect(await readingAt(store, text, "5,473 t", "2025-11-20")).toEqual({
      verdict: "unverifiable",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: null,
    });
  });
});

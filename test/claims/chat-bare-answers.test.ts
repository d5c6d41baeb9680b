// In a chat, a turn right after a question about a destination ("us?", "Germany?") that opens with a
// bare number ("[11:02] lin: 590, -5% m/m") answers it, in the unit the chat just wrote tonnages in,
// after the chat's time stamp and a speaker's name in lower case. The unit and destination are
// carried, so such a figure bears a statement out, never refutes it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets, August 2025: total 6,146 t; to the US 590 t; to Germany 1,346 t
describe("a bare number opening a chat turn after a destination question", () => {
  it.each([
    [
      "[11:00] lin: aug magnet exports 6146t\n[11:01] omar: us?\n[11:02] lin: 590, -5% m/m",
      "590",
      "USA",
      "supported",
    ],
    [
      "[11:00] Lin: aug magnet exports 6146t\n[11:01] Omar: Germany?\n[11:02] Lin: 1346.",
      "1346",
      "DEU",
      "supported",
    ],
    [
      "[11:00] lin: aug magnet exports 6146t\n[11:01] omar: us?\n[11:02] lin: 950, -5% m/m",
      "950",
      "USA",
      "unverifiable",
    ],
  ])("answers the question: %s", async (text, quote, partner, verdict) => {
    expect(await readingAt(store, text, quote, "2025-09-21")).toEqual({
      verdict,
      series: "rare-earth-magnets",
      partner,
      period: "2025-08",
    });
  });
});

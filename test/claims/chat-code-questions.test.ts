// In a chat, a turn that is only a destination's two-letter code and a question mark ("jp?", "de?",
// "US?") asks about that destination, as "Japan?" does: the bare figures of the answer are its.
// Elsewhere a two-letter code stays a destination only before its figure.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";
import { findPartners } from "../../src/claims/extract/subjects.js";

const store = useReferenceStore();

// magnets, November 2025: total 6,150 t; to Japan 305 t (+35% on October's 226 t); to the US 582 t
const CHAT = [
  "[10:12] ana: customs just dropped. magnets 6150t in nov",
  "[10:13] raj: jp?",
  "[10:13] ana: 305t, +35% m/m",
  "[10:14] raj: us?",
  "[10:15] ana: 582t",
].join("\n");

describe("a chat question that is only a destination's code", () => {
  it.each([
    ["305t", "JPN"],
    ["+35%", "JPN"],
    ["582t", "USA"],
  ])("gives the answer's figure %s its destination", async (quote, partner) => {
    expect(await readingAt(store, CHAT, quote, "2025-12-20")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner,
      period: "2025-11",
    });
  });

  it.each([["Who, us?"], ["de or jp?"], ["in?"], ["[10:16] raj: kr?"]])(
    "reads %s as the codes a whole turn asks about only",
    (turn) => {
      const want = turn.endsWith("kr?") ? ["KOR"] : [];
      expect(findPartners(turn).map((p) => p.value)).toEqual(want);
    },
  );
});

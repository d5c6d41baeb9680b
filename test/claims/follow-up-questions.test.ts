// A question that only adds to the one before ("And in September?", "What about the month before?")
// keeps the thread's destination for its answer's bare figures, carried, so they may be borne out
// but never refuted on it; an answer that names its own subject and no destination is the total's.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claims = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-22" })).claims.map((c) => [
    c.text,
    c.partner,
    c.period,
    c.verdict,
  ]);

describe("a follow-up question in a destination's thread", () => {
  it("gives the answer's bare figures that destination", async () => {
    const text = [
      "Q: Which country bought the most Chinese magnets in August?",
      "A: Germany, with 1,346 tonnes.",
      "Q: And in September?",
      "A: 1,288 tonnes, a dip of about 4%.",
    ].join("\n");
    expect((await claims(text)).slice(-2)).toEqual([
      ["1,288 tonnes", "DEU", "2025-09", "supported"],
      ["dip of about 4%", "DEU", "2025-09", "supported"],
    ]);
  });

  it("never refutes a wrong bare figure on the carried destination", async () => {
    const text = [
      "Q: How much went to Germany in August?",
      "A: 1,346 tonnes.",
      "Q: What about September?",
      "A: 1,420 tonnes.",
    ].join("\n");
    expect((await claims(text)).at(-1)).toEqual(["1,420 tonnes", "DEU", "2025-09", "unverifiable"]);
  });

  it("leaves an answer that names its own subject to the total", async () => {
    const text = [
      "Q: What did the US take in December?",
      "A: 564 tonnes.",
      "Q: And for the whole of 2025?",
      "A: China's magnet exports came to 57,392 tonnes in 2025.",
    ].join("\n");
    expect((await claims(text)).at(-1)).toEqual(["57,392 tonnes", "WLD", "2025-01..2025-12", "supported"]);
  });
});

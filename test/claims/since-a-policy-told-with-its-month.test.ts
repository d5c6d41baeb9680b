// A rank counted since a policy whose month is told after it ("since Beijing imposed curbs in April",
// "since the export controls began in April"): that month starts the window and is not the period of
// the figure ranked, which in a sentence of its own ("That was ...") is the one pointed back to.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function rankOf(text: string) {
  const r = await verifyClaims(store, text, { published: "2026-01-22" });
  const c = r.claims.find((x) => x.kind === "rank");
  return { verdict: c?.verdict, partner: c?.partner, period: c?.period, explanation: c?.explanation ?? "" };
}

describe("a rank since a policy told with its month after it", () => {
  it.each([
    "Japan bought 305 tonnes of the magnets in November. That was its biggest month since the export controls began in April.",
    "Japan bought 305 tonnes of the magnets in November, its biggest month since Beijing imposed curbs in April.",
    "Japan bought 305 tonnes of the magnets in November, its biggest month since the licensing rules took effect in April.",
  ])("%s", async (text) => {
    const got = await rankOf(text);
    expect([got.verdict, got.partner, got.period]).toEqual(["supported", "JPN", "2025-11"]);
    expect(got.explanation).toMatch(/November 2025/);
  });

  it("keeps a later month of the sentence in the year the story speaks of", async () => {
    const r = await verifyClaims(
      store,
      "Japan bought 305 tonnes of the magnets in November. That was its biggest month since the export controls began in April, above the 232 tonnes of July.",
      { published: "2026-01-22" },
    );
    expect(r.claims.find((c) => c.text.includes("232"))?.period).toBe("2025-07");
  });

  it("counts a later clause's month from the month spoken of, not the window's", async () => {
    const r = await verifyClaims(
      store,
      "Japan bought 305 tonnes in November. That was the most since the controls began in April, and above the 232 tonnes of July.",
      { published: "2026-01-22" },
    );
    expect(r.claims.find((c) => c.text.includes("232"))?.period).toBe("2025-07");
  });

  it("ranks the month pointed back to over the window, never the policy's month alone", async () => {
    // December's 5,952 t was not the lowest since April: May, April and June were lower
    const got = await rankOf(
      "Magnet exports came to 5,952 tonnes in December. That was the lowest since the controls took effect in April.",
    );
    expect([got.verdict, got.period]).toEqual(["contradicted", "2025-12"]);
  });
});

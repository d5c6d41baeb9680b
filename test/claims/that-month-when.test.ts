// "since May, when 235 tonnes went to Vietnam - nearly a fifth of China's magnet exports that
// month": "that month" is the month the ", when" aside told of, not the month the text is on.
// Checked on the reference data (May 2025: 1,238 t in all, Vietnam 235 t, 19.0%; December: 5,952 t,
// Vietnam 509 t, 8.6%).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const share = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-22" })).claims.find((c) => c.kind === "share");

const lead = "Vietnam took 509 tonnes of Chinese magnets in December. ";

describe("'that month' after a ', when' aside", () => {
  it("is the aside's month", async () => {
    const c = await share(
      `${lead}Its intake has more than doubled since May, when 235 tonnes went to Vietnam - nearly a fifth of China's magnet exports that month.`,
    );
    expect(c?.period).toBe("2025-05");
    expect(c?.verdict).toBe("supported");
  });

  it("can then be wrong", async () => {
    const c = await share(
      `${lead}Its intake has more than doubled since May, when 235 tonnes went to Vietnam - nearly a third of China's magnet exports that month.`,
    );
    expect(c?.verdict).toBe("contradicted");
  });
});

// A share told with the way it moved ("Japan's share climbed to 5%") is borne out only when the share
// moved that way from the month before; a right share moved the wrong way is left open, not wrong.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function shareOf(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-12-23" });
  const c = r.claims.find((x) => x.kind === "share");
  return { verdict: c?.verdict, explanation: c?.explanation ?? "" };
}

describe("a share stated with its move", () => {
  it.each([
    // Japan 4.1% in October, 5.0% in November; the US 12.0%, then 9.5%
    "Japan's portion of China's magnet shipments crept up to 5% in November.",
    "America's share of the magnet trade slid to 9.5% in November.",
  ])("is supported when the share moved that way: %s", async (text) => {
    expect((await shareOf(text)).verdict).toBe("supported");
  });

  it.each([
    "Japan's portion of China's magnet shipments narrowed to 5% in November.",
    "America's share of the magnet trade widened to 9.5% in November.",
  ])("is left unverifiable when the share moved the other way: %s", async (text) => {
    const got = await shareOf(text);
    expect(got.verdict).toBe("unverifiable");
    expect(got.explanation).toMatch(/the words say the share/);
  });
});

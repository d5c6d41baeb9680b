// A change told after a figure of an earlier month in the same sentence, with no base of its own
// ("After bottoming at 1,238 t in May, exports more than quadrupled by July"), may run from that
// figure: a change that fits it is supported on that reading; one that fits neither it nor the
// month before is never supported by it.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function changeOf(text: string) {
  const r = await verifyClaims(store, text, { published: "2026-01-22" });
  const c = r.claims.find((x) => x.kind === "change");
  return { verdict: c?.verdict, explanation: c?.explanation ?? "" };
}

describe("a change after an earlier month's figure in its sentence", () => {
  it("is supported when it fits a change from that figure", async () => {
    // May 1,238 t to July 5,577 t: x4.5
    const got = await changeOf(
      "Having sunk to 1,238 tonnes in May, China's magnet exports more than quadrupled by July.",
    );
    expect(got.verdict).toBe("supported");
    expect(got.explanation).toMatch(/run from 2025-05/);
  });

  it("reads the earlier figure's month past the goods it names", async () => {
    // May 150 t to July 418 t: x2.8
    const got = await changeOf(
      "India, which bought 150 tonnes of Chinese magnets in May, saw deliveries nearly triple to 418 tonnes by July.",
    );
    expect(got.verdict).toBe("supported");
  });

  it("is not supported when it fits neither that figure nor the month before", async () => {
    const got = await changeOf("Magnet exports stood at 1,238 tonnes in May and climbed 20% by July.");
    expect(got.verdict).not.toBe("supported");
  });
});

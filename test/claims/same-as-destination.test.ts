// "Vietnam's share was 9.5%, the same as the United States'": a destination said to match the
// figure is no other reading of it (the figure is said of both), so it cannot rescue a wrong figure
// of the destination the clause names. Checked on the reference data (December 2025: 5,952 t in
// all, Vietnam 509 t or 8.6%, the US 564 t or 9.5%).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const share = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-21" })).claims.find((c) => c.kind === "share");

describe("a share said to be the same as another destination's", () => {
  it("is the named destination's, and wrong when its own is not the figure", async () => {
    const c = await share(
      "Vietnam took 9.5% of China's December magnet exports, the same as the United States.",
    );
    expect(c?.partner).toBe("VNM");
    expect(c?.verdict).toBe("contradicted");
  });

  it("is borne out when its own is", async () => {
    const c = await share("The US took 9.5% of China's December magnet exports, the same as Vietnam.");
    expect(c?.verdict).toBe("supported");
  });

  it("is still rescued by a destination named only as a neighbour", async () => {
    // "slightly less than the United States" compares; the figure is Vietnam's and fits
    const c = await share(
      "Vietnam took 8.6% of China's December magnet exports, slightly less than the United States.",
    );
    expect(c?.verdict).toBe("supported");
  });
});

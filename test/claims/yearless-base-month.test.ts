// "January's 877 t was about nineteen times the May trough of 46 t": a base month named without its
// year may be the later one of the same year, not only the one before the claim's month. Read as
// May 2024 (689 t) the multiple is wrong; read as May 2025 (46 t) it is right, so it is not
// contradicted. A multiple that fits neither May stays contradicted. Reference data: US magnets
// January 2025 877 t, May 2024 689 t, May 2025 46 t.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const change = async (text: string) => {
  const c = (await verifyClaims(store, text, { published: "2025-12-23" })).claims.find(
    (x) => x.kind === "change",
  );
  return [c?.partner, c?.period, c?.verdict];
};

describe("a base month named without its year", () => {
  it.each([
    [
      "China's magnet exports to the US in January 2025 were 877 t, about nineteen times the May figure.",
      "supported",
    ],
    [
      "China's magnet exports to the US in January 2025 were 877 t, about ten times the May figure.",
      "contradicted",
    ],
  ])("%s", async (text, verdict) => {
    expect(await change(text)).toEqual(["USA", "2025-01", verdict]);
  });
});

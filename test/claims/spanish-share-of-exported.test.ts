// Spanish shares of a month's total: "el 43 por ciento de lo exportado en junio" (of what was
// exported), "su parte había sido del 32 por ciento" (its part had been), and a proportion with an
// aside before its verb ("La porción de Estados Unidos, en cambio, fue del 11 por ciento").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

/** The share claim whose words hold `figure`, as verify reads it. */
async function shareAt(text: string, figure: string) {
  const r = await verifyClaims(store, text, { published: "2025-07-21" });
  return r.claims.find((c) => c.kind === "share" && c.text.includes(figure));
}

describe("Spanish shares of what was exported", () => {
  it("reads 'el 43 por ciento de lo exportado en junio' as the EU's share", async () => {
    // magnets to the EU: June 1,364 t of 3,188 t (42.8%)
    const text =
      "En junio China vendió 3.188 toneladas de imanes; unas 1.364 toneladas fueron a la Unión Europea, el 43 por ciento de lo exportado en junio.";
    expect(await shareAt(text, "43 por ciento")).toMatchObject({
      partner: "EU27",
      period: "2025-06",
      verdict: "supported",
    });
  });

  it("reads a proportion with an aside before its verb", async () => {
    // magnets to the US: June 353 t of 3,188 t (11.1%)
    const text = "En junio de imanes, la porción de Estados Unidos, en cambio, fue del 11 por ciento.";
    expect(await shareAt(text, "11 por ciento")).toMatchObject({
      partner: "USA",
      period: "2025-06",
      verdict: "supported",
    });
  });

  it("leaves 'parte' alone without a percentage after its verb", async () => {
    const text = "En junio China vendió 3.188 toneladas de imanes, en buena parte a Alemania.";
    expect(await shareAt(text, "parte")).toBeUndefined();
  });
});

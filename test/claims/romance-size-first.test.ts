// Changes Spanish, French and Italian outlets say as a size and then the way it went ("un 2,6 %
// menos", "37 % de plus", "l'11,3% in meno"), a verb with its month between it and the size
// ("aumentaron en noviembre un 26,5 %"), and shares of the total with a decimal comma ("el 20,4 %
// del total"). A wrong figure so worded stays unverifiable: these sentences are never contradicted.
import { describe, expect, it } from "vitest";
import { claimAt } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("a size, then the way it went", () => {
  it.each([
    // magnets to Vietnam: September 456 t, October 444 t (-2.6%)
    [
      "En octubre, Vietnam compró 444 toneladas de imanes chinos, un 2,6 % menos que en septiembre.",
      "2025-11-21",
      "un 2,6 % menos",
    ],
    // rare earths: November 2024 4,416 t, November 2025 5,493.9 t (+24.4%)
    [
      "En noviembre, China vendió al exterior 5.493,9 toneladas de tierras raras, un 24,4 % más que un año antes.",
      "2025-12-08",
      "un 24,4 % más",
    ],
    // magnets to the US: October 656 t, November 582 t (-11.3%)
    [
      "A novembre gli Stati Uniti hanno ricevuto 582 tonnellate di magneti cinesi, l'11,3% in meno rispetto a ottobre.",
      "2025-12-22",
      "l'11,3% in meno",
    ],
    // rare earths: October 4,343.5 t, November 5,493.9 t (+26.5%)
    [
      "Las ventas chinas de tierras raras aumentaron en noviembre un 26,5 % con respecto a octubre.",
      "2025-12-08",
      "aumentaron en noviembre un 26,5 %",
    ],
  ])("is read and supported: %s", async (text, published, quote) => {
    const c = await claimAt(store, text, quote, published);
    expect(c).toMatchObject({ kind: "change", verdict: "supported" });
  });

  it.each([
    [
      "En octubre, Vietnam compró 444 toneladas de imanes chinos, un 12,6 % menos que en septiembre.",
      "2025-11-21",
      "un 12,6 % menos",
    ],
    [
      "A novembre gli Stati Uniti hanno ricevuto 582 tonnellate di magneti cinesi, il 21,3% in meno rispetto a ottobre.",
      "2025-12-22",
      "il 21,3% in meno",
    ],
  ])("leaves a wrong figure unverifiable: %s", async (text, published, quote) => {
    const c = await claimAt(store, text, quote, published);
    expect(c).toMatchObject({ kind: "change", verdict: "unverifiable" });
  });
});

describe("a share of the total with a decimal comma", () => {
  it("is read and supported", async () => {
    // magnets to Germany: October 1,118 t of 5,473 t (20.4%)
    const text = "En octubre, Alemania recibió 1.118 toneladas de imanes chinos, el 20,4 % del total.";
    const c = await claimAt(store, text, "20,4 % del total", "2025-11-21");
    expect(c).toMatchObject({ kind: "share", partner: "DEU", verdict: "supported" });
  });

  it("leaves a wrong share unverifiable", async () => {
    const text = "En octubre, Alemania recibió 1.118 toneladas de imanes chinos, el 24,0 % del total.";
    const c = await claimAt(store, text, "24,0 % del total", "2025-11-21");
    expect(c).toMatchObject({ kind: "share", verdict: "unverifiable" });
  });
});

// Spanish trade press names months in lower case ("en julio", "el mes pasado"), the products as
// "imanes de tierras raras" and "tierras raras", destinations as "Alemania", "Estados Unidos", "la Unión
// Europea", and a base month after "más que en" or "respecto a". None of it was read, so no figure
// of a Spanish story had a period. A Spanish sentence still never contradicts (the reader does not
// read its negations and hedges); it can now show a figure right. French says "le mois dernier" and
// dates a level with "de" ("les 1 238 tonnes de mai"), which then lost its month to the sentence's.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function readings(text: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  return r.claims.map((c) => [c.text, c.series, c.partner, c.period, c.verdict]);
}

describe("Spanish months, products, destinations and bases", () => {
  it("reads a month, the magnet line and the destinations", async () => {
    const got = await readings(
      "China vendió al exterior 5.577 toneladas de imanes de tierras raras en julio. Alemania recibió 1.116 toneladas y Estados Unidos compró 619 toneladas, bastante más que en junio.",
      "2025-08-22",
    );
    expect(got).toContainEqual(["5.577 toneladas", "rare-earth-magnets", "WLD", "2025-07", "supported"]);
    expect(got).toContainEqual(["1.116 toneladas", "rare-earth-magnets", "DEU", "2025-07", "supported"]);
    expect(got).toContainEqual(["619 toneladas", "rare-earth-magnets", "USA", "2025-07", "supported"]);
  });

  it("reads 'el mes pasado' and the rare-earth total", async () => {
    const got = await readings(
      "Las ventas de tierras raras de China llegaron el mes pasado a 7.742 toneladas.",
      "2025-07-15",
    );
    expect(got).toContainEqual(["7.742 toneladas", "rare-earths", "WLD", "2025-06", "supported"]);
  });

  it("reads 'le mois dernier' and a French level dated by 'de'", async () => {
    const got = await readings(
      "La Chine a expédié 3 188 tonnes d'aimants le mois dernier, bien plus que les 1 238 tonnes de mai.",
      "2025-07-21",
    );
    expect(got).toContainEqual(["3 188 tonnes", "rare-earth-magnets", "WLD", "2025-06", "supported"]);
    expect(got).toContainEqual(["1 238 tonnes", "rare-earth-magnets", "WLD", "2025-05", "supported"]);
  });

  it("never contradicts from a Spanish sentence", async () => {
    const r = await verifyClaims(
      store,
      "En julio China exportó 4.900 toneladas de imanes de tierras raras y la Unión Europea recibió 900 toneladas.",
      { published: "2025-08-22" },
    );
    expect(r.claims.length).toBeGreaterThan(0);
    expect(r.claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });
});

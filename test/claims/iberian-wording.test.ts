// Spanish and Portuguese words the reader missed: a Spanish clause that says only "siguió siendo el
// principal destino, con 1.118 toneladas" had too few Spanish words to settle that "1.118" is
// 1,118 t (it was left as 1.118 t); Brazilian "Índia" and "Vietnã" name India and Vietnam.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { europeanText } from "../../src/claims/extract/european-numbers.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { cellAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

describe("Spanish and Portuguese wording", () => {
  it("counts 'con', 'siguió', 'siendo' and 'destino' as Spanish", () => {
    expect(europeanText("Alemania siguió siendo el principal destino, con 1.118 toneladas")).toBe(true);
    expect(europeanText("Germany remained the top destination, with 1.118 tonnes")).toBe(false);
  });

  it("reads the Spanish clause's dotted thousands", async () => {
    // magnets October 2025: Germany 1,118 t
    const text =
      "China exportó 5.473 toneladas de imanes de tierras raras en octubre. Alemania siguió siendo el principal destino, con 1.118 toneladas.";
    expect(await cellAt(store, text, "1.118 toneladas", "2025-11-21")).toEqual([
      "level",
      "rare-earth-magnets",
      "DEU",
      "2025-10",
      1118,
      "supported",
    ]);
  });

  it("reads Índia and Vietnã as destinations", async () => {
    // magnets October 2025: India 416 t, Vietnam 444 t
    const text =
      "As exportações de ímãs de terras raras da China recuaram 5,2% em outubro, para 5.473 toneladas. A Índia ficou com 416 toneladas e o Vietnã, com 444 toneladas.";
    expect((await cellAt(store, text, "416 toneladas", "2025-11-21"))?.slice(1, 6)).toEqual([
      "rare-earth-magnets",
      "IND",
      "2025-10",
      416,
      "supported",
    ]);
    expect((await cellAt(store, text, "444 toneladas", "2025-11-21"))?.slice(1, 6)).toEqual([
      "rare-earth-magnets",
      "VNM",
      "2025-10",
      444,
      "supported",
    ]);
  });
});

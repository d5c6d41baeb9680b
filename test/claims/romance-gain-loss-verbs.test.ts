// "ont gagné plus de dix pour cent en août par rapport au mois précédent": French "gagné" and "perdu",
// Spanish "ganaron" and "perdieron", Portuguese "ganharam" and "perderam" state rises and falls with
// their size, as "augmenté" and "reculé" do.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changeOf = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-10-23" })).claims.find((c) => c.kind === "change");

describe("verbs of gain and loss in French, Spanish and Portuguese", () => {
  it("read a French gain in words", async () => {
    const c = await changeOf(
      "Les exportations chinoises d'aimants de terres rares ont gagné plus de dix pour cent en août par rapport au mois précédent.",
    );
    expect(c).toMatchObject({ series: "rare-earth-magnets", period: "2025-08", verdict: "supported" });
    expect(c?.stated).toMatchObject({ type: "change", pct: 10, hedge: "more_than" });
  });

  it("read a French loss as a fall", async () => {
    const c = await changeOf(
      "Les exportations chinoises d'aimants de terres rares ont perdu 6,1 % en septembre par rapport à août.",
    );
    expect(c).toMatchObject({ period: "2025-09", verdict: "supported" });
    expect(c?.stated).toMatchObject({ pct: -6.1 });
  });

  it("read a Spanish gain that the data does not give as no support", async () => {
    const c = await changeOf(
      "Las exportaciones chinas de imanes de tierras raras ganaron un 30 % en agosto.",
    );
    expect(c?.stated).toMatchObject({ pct: 30 });
    expect(c?.verdict).not.toBe("supported");
  });
});

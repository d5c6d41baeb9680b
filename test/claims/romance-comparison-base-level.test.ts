// "5.774 toneladas, frente a las 6.146 toneladas del mes anterior": a level after Spanish "frente a",
// French "par rapport aux" or Portuguese "em comparação com" is set against the claim's as its base,
// so it may be the month before's or the year before's, as one after "against" may.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const levelOf = async (text: string, words: string) =>
  (await verifyClaims(store, text, { published: "2025-10-21" })).claims.find(
    (c) => c.kind === "level" && text.slice(c.start, c.end).includes(words),
  );

const LEAD = "Las exportaciones chinas de imanes de tierras raras bajaron un 6,1 % en septiembre. ";

describe("a level set against the claim's in Spanish, French or Portuguese", () => {
  it("is read as the month before's (Spanish 'frente a')", async () => {
    const c = await levelOf(
      `${LEAD}El volumen se quedó en 5.774 toneladas, frente a las 6.146 toneladas del mes anterior.`,
      "6.146",
    );
    expect(c).toMatchObject({ series: "rare-earth-magnets", period: "2025-08", verdict: "supported" });
  });

  it("is read as the month before's (French 'par rapport aux')", async () => {
    const c = await levelOf(
      `${LEAD}Le volume est tombé à 5 774 tonnes, par rapport aux 6 146 tonnes du mois précédent.`,
      "6 146",
    );
    expect(c).toMatchObject({ period: "2025-08", verdict: "supported" });
  });

  it("is not supported when no month it may be fits", async () => {
    const c = await levelOf(
      `${LEAD}El volumen se quedó en 5.774 toneladas, frente a las 7.900 toneladas del mes anterior.`,
      "7.900",
    );
    expect(c?.verdict).not.toBe("supported");
  });
});

// German names permanent magnets "Dauermagnete" as often as "Permanentmagnete"; unread, "Dauermagneten
// aus Seltenen Erden" left only the rare earths they are made of, so July's magnet rise was read as a
// rare-earths change. A fraction after a word that takes the dative ("entspricht einem Fünftel der
// Menge") is a share as "ein Fünftel der" is.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: June 2025 3,188 t, July 5,577 t (+74.9%); Germany July 1,116 t (20.0% of July)
describe("German permanent magnets and dative fractions", () => {
  it("reads Dauermagnete aus Seltenen Erden as magnets", async () => {
    const text =
      "Die Ausfuhren von Dauermagneten aus Seltenen Erden sind im Juli kräftig gestiegen: 75 Prozent mehr als im Juni verließen das Land.";
    expect(await readingAt(store, text, "75 Prozent mehr", "2025-08-21")).toMatchObject({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-07",
    });
  });

  it("reads einem Fünftel der gesamten Menge as a share", async () => {
    const text =
      "Größtes Ziel für Seltenerdmagnete war im Juli Deutschland mit 1.116 Tonnen, das entspricht knapp einem Fünftel der gesamten Menge.";
    expect(await readingAt(store, text, "knapp einem Fünftel der", "2025-08-21")).toMatchObject({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "DEU",
      period: "2025-07",
    });
  });

  it("still contradicts a dative fraction the data does not bear out", async () => {
    const text =
      "Größtes Ziel für Seltenerdmagnete war im Juli Deutschland mit 1.116 Tonnen, das entspricht einem Drittel der gesamten Menge.";
    const got = await readingAt(store, text, "einem Drittel der", "2025-08-21");
    expect(got?.verdict).not.toBe("supported");
  });
});

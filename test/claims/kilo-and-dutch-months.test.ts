// "4.777 kilo" and "300 kilo in maart" as a Dutch buyers' newsletter writes them: the bare "kilo" was no
// unit, so no figure was read, and Dutch writes April, September and November lower case, as it does
// the months already held ("maart", "juli").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// gallium: March 2025 0.3 t; germanium: April 2025 0.098 t
describe("kilo and lower-case Dutch months", () => {
  const text =
    "Bij gallium was het beeld omgekeerd: na slechts 300 kilo in maart werd in april 4.777 kilo verscheept.";

  it("reads 300 kilo as March's gallium in tonnes", async () => {
    expect(await readingAt(store, text, "300 kilo", "2025-05-21")).toMatchObject({
      verdict: "supported",
      series: "gallium",
      period: "2025-03",
    });
  });

  it("reads in april as April", async () => {
    const april = "In april verscheepte China amper 98 kilo germanium.";
    expect(await readingAt(store, april, "98 kilo", "2025-05-21")).toMatchObject({
      verdict: "supported",
      series: "germanium",
      period: "2025-04",
    });
  });

  it("reads an English kilo as a kilogram too", async () => {
    expect(
      await readingAt(
        store,
        "China exported 4,777 kilo of gallium in April 2025.",
        "4,777 kilo",
        "2025-05-21",
      ),
    ).toMatchObject({ verdict: "supported", period: "2025-04" });
  });
});

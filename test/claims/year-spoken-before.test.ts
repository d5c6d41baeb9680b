// A month named without its year, in a sentence that gives no year, may be of the year the text turned
// to just before ("Looking back at 2024, ... In October, ..."), not only of the year the publication
// date suggests. That reading can show the figure right; a figure both years refute is still wrong.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verdict = async (text: string) => {
  const r = await verifyClaims(store, text, { published: "2025-12-22" });
  return r.claims.map((c) => [c.text, c.verdict, c.period]);
};

describe("a yearless month after a sentence on another year", () => {
  it.each([
    "Looking back at 2024, the autumn was calm. In October, magnet exports stood at 4,725 t.",
    "In 2024 the autumn was quiet for magnets. In October, exports stood at 4,725 t.",
    "Turning to 2024, the autumn was quiet. October magnet exports were 4,725 t.",
  ])("is checked in that year too: %s", async (text) => {
    expect(await verdict(text)).toContainEqual(["4,725 t", "supported", "2024-10"]);
  });

  it("still contradicts a figure neither year bears out", async () => {
    expect(
      await verdict("In 2024 the autumn was quiet for magnets. In October, exports stood at 4,925 t."),
    ).toContainEqual(["4,925 t", "contradicted", "2025-10"]);
  });

  it("keeps the publication's year when the text spoke of that year last", async () => {
    expect(
      await verdict("Magnet exports rose in 2025. In October, exports stood at 4,725 t."),
    ).toContainEqual(["4,725 t", "contradicted", "2025-10"]);
  });
});

// A bare imports figure after China's own imports were named is China's imports, not its exports.
import { describe, expect, it } from "vitest";
import { exportedAfterImports } from "./carried-imports.js";
import { extractClaims } from "./extract-claims.js";

const flows = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.kind === "level" || c.kind === "ytd")
    .map((c) => [c.text, c.flow, c.grounds.series === "carried" ? "carried" : "named"]);

describe("imports carried from China's own imports", () => {
  it("reads a second clause's total imports as China's imports", () => {
    const text =
      "China's rare earth imports in March fell 12% from a year before to 9,210 tonnes, while total imports for the first quarter slipped 4% to 30,118 tonnes.";
    expect(flows(text, "2025-04-20")).toEqual([
      ["9,210 tonnes", "import", "named"],
      ["30,118 tonnes", "import", "named"],
    ]);
  });

  it("carries China's imports into a later sentence, as a reading that can only support", () => {
    const text =
      "China's imports of rare earths dropped 20% in October to 8,800 t. Cumulative imports over the ten months reached 101,250 t.";
    expect(flows(text, "2025-11-20")).toEqual([
      ["8,800 t", "import", "named"],
      ["101,250 t", "import", "carried"],
    ]);
  });

  it("leaves exports, a named buyer's imports and imports from China alone", () => {
    const text =
      "China's rare earth imports rose 6% to 12,400 t, while exports for the half year fell to 27,500 t. Vietnam's imports from China stood at 310 t.";
    expect(flows(text, "2025-07-20").map((x) => x[1])).toEqual(["import", "export", "export"]);
  });

  it("reads a figure after an export verb that follows China's imports as an export", () => {
    const text = "China imported 12,622.7 t and exported 4,784.8 t of rare earths in April.";
    expect(flows(text, "2025-05-20").map(([words, flow]) => [words, flow])).toEqual([
      ["12,622.7 t", "import"],
      ["4,784.8 t", "export"],
    ]);
    expect(exportedAfterImports(text, text.indexOf("4,784.8"))).toBe(true);
    expect(exportedAfterImports(text, text.indexOf("12,622.7"))).toBe(false);
    // exports named before the imports do not make the imports figure an export
    const after = "Having exported less, China imported 12,622.7 t of rare earths in April.";
    expect(exportedAfterImports(after, after.indexOf("12,622.7"))).toBe(false);
  });
});

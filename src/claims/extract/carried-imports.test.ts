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

describe("a clause with no subject of its own after an imports clause", () => {
  it("reads the four months' total and its change as imports, as the clause before", () => {
    const text =
      "China's rare earth exports came to 4,785 t in April. Imports of rare earths slipped almost 4% from a year earlier to 12,623 tons in April, and were down 23.6% at 37,302 tons over the four months.";
    const read = extractClaims(text, { published: "2025-05-09" }).map((c) => [c.text, c.flow]);
    expect(read).toContainEqual(["down 23.6%", "import"]);
    expect(read).toContainEqual(["37,302 tons", "import"]);
  });

  it("leaves a subjectless clause after an exports clause, and one with a subject of its own, exports", () => {
    const text =
      "China's imports of rare earths fell 4% to 12,623 t in April, but exports rose 5.1% to 18,962 t over four months. Exports to Japan rose 8% in April, and were up 3% at 2,310 t over the four months.";
    const read = extractClaims(text, { published: "2025-05-09" }).map((c) => [c.text, c.flow]);
    expect(read).toContainEqual(["18,962 t", "export"]);
    expect(read).toContainEqual(["2,310 t", "export"]);
  });
});

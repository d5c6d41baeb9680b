// Data flows one way (ingest -> store -> analytics -> claims/briefs -> interfaces): the claims stage
// reaches the data only through analytics, and no inner layer imports an outer one.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** Every `src/` module a layer's code (not its tests) imports, as paths relative to `src/`. */
function importsOf(layer: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) {
        for (const m of readFileSync(path, "utf8").matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+)"/g)) {
          out.push({ file: relative(SRC, path), target: relative(SRC, join(dir, m[1]!)) });
        }
      }
    }
  };
  walk(join(SRC, layer));
  return out;
}

const into = (layer: string, target: string) => target.startsWith(`${layer}/`);

describe("layers", () => {
  it("claims reach the data only through analytics, never the store", () => {
    const crossings = importsOf("claims").filter((i) => into("store", i.target) || into("ingest", i.target));
    expect(crossings).toEqual([]);
  });

  it("the store, analytics and claims never import the interfaces (cli, server)", () => {
    for (const layer of ["domain", "store", "analytics", "claims", "ingest"]) {
      const outward = importsOf(layer).filter((i) => into("cli", i.target) || into("server", i.target));
      expect(outward, layer).toEqual([]);
    }
  });

  it("finds imports at all (the check is not vacuous)", () => {
    expect(importsOf("claims").some((i) => into("analytics", i.target))).toBe(true);
  });
});

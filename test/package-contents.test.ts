// What ships: every module under src/ (tests aside) is reachable from an entry point — the
// programmatic API, the command line, or a package script that runs a file in src/. Code only tests
// use (reference implementations, data generators) belongs in test/, so it does not ship in dist/.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Relative modules a file imports, statically, lazily (`import("./x.js")`) or as a worker (`new URL("./x.js", ...)`), as .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|new URL\(\s*)["'](\.{1,2}\/[^"']+\.[jt]s)["']/g),
  ].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s).replace(/\.js$/, ".ts"));
}

function entryPoints(): string[] {
  const scripts = Object.values(
    JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>,
  );
  const fromScripts = scripts.flatMap((s) =>
    [...s.matchAll(/\bsrc\/[\w/.-]+\.ts\b/g)].map((m) => join(ROOT, m[0])),
  );
  return [join(SRC, "index.ts"), join(SRC, "cli", "main.ts"), ...fromScripts];
}

describe("package contents", () => {
  it("ships no module that only tests use", () => {
    const seen = new Set<string>();
    const queue = entryPoints();
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...importsOf(file));
    }
    const unreachable = sourceFiles(SRC)
      .filter((f) => !seen.has(f))
      .map((f) => relative(ROOT, f));
    expect(unreachable).toEqual([]);
  });
});

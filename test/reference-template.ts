// Global setup of the test run: the shipped reference dataset is loaded once, into a database file
// that every test's reference store copies (test/helpers/stores.ts), instead of once per test file.
// Each project calls this setup; they share the one file, removed after the last of them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { writeReferenceTemplate } from "./helpers/stores.js";

interface Shared {
  template: Promise<{ dir: string; file: string }>;
  users: number;
}

// kept on the process, not the module: each project loads this module afresh
const KEY = Symbol.for("lodestone.test.referenceTemplate");
const holder = globalThis as { [KEY]?: Shared };

export default async function setup(project: TestProject): Promise<() => void> {
  const shared = (holder[KEY] ??= {
    template: (async () => {
      const dir = mkdtempSync(join(tmpdir(), "lodestone-reference-"));
      return { dir, file: await writeReferenceTemplate(join(dir, "reference.duckdb")) };
    })(),
    users: 0,
  });
  shared.users++;
  const { dir, file } = await shared.template;
  project.provide("referenceTemplate", file);
  return () => {
    if (--shared.users === 0) {
      rmSync(dir, { recursive: true, force: true });
      delete holder[KEY];
    }
  };
}

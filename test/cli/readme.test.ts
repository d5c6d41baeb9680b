// The README's console examples run as tests, so the docs cannot rot: every `$ npx lodestone ...`
// line in a ```console block is run as on a terminal and must print exactly what follows it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => {
  const [command = "", ...output] = m[1]!.trimEnd().split("\n");
  return { command: command.replace(/^\$ npx lodestone /, ""), output: output.join("\n") };
});

describe("README examples", () => {
  it("has examples to check", () => expect(examples.length).toBeGreaterThanOrEqual(3));
  for (const { command, output } of examples) {
    it(`lodestone ${command}`, async () => {
      const { code, stdout } = await runCli(command.split(/\s+/), { isTty: true, env: { NO_COLOR: "1" } });
      expect(code).toBe(0);
      expect(stdout.trimEnd()).toBe(output);
    });
  }
});

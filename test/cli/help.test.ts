// Help as a newcomer reads it: the version, and every command's examples use only options its own
// help lists (global ones included), and never chain a command after one that runs until stopped.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const COMMANDS = [
  "series",
  "sources",
  "events",
  "conflicts",
  "evidence",
  "ingest",
  "verify",
  "serve",
  "stats",
  "brief",
  "publishers",
];
const version = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

describe("help and version", () => {
  it("prints the package version with --version and -V", async () => {
    for (const flag of ["--version", "-V"]) {
      const { code, stdout } = await runCli([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`${version}\n`);
    }
  });

  for (const cmd of COMMANDS) {
    it(`${cmd} --help lists every option its examples use`, async () => {
      const { stdout } = await runCli([cmd, "--help"]);
      const examples = stdout.split("\n").filter((l) => l.trim().startsWith("$ lodestone "));
      expect(examples.length).toBeGreaterThan(0);
      const listed = new Set([...stdout.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]));
      const used = examples.flatMap((l) => [...l.split("|")[0]!.matchAll(/\s(--[\w-]+)/g)].map((m) => m[1]));
      expect(used.filter((o) => !listed.has(o))).toEqual([]);
    });
  }

  it("never chains a command after serve, which runs until stopped", async () => {
    const { stdout } = await runCli(["serve", "--help"]);
    expect(stdout).not.toMatch(/\$ lodestone serve[^\n]*(&&|;)/);
  });
});

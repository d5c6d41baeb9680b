// A shell reader that stops early (`lodestone verify article.txt | head`) closes the command's
// output: the command then ends quietly, as shell tools do, not with an unhandled EPIPE error.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/lodestone.js", import.meta.url));
// the command runs the compiled CLI, which the install builds (`prepare`)
const BUILT = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

describe("output closed by its reader", () => {
  it("ends the command quietly when the pipe closes after the first lines", async () => {
    if (!existsSync(BUILT)) throw new Error("the CLI is not built: run `npm run build` first");
    const text = "In November 2025 China exported 6,150 tonnes of rare-earth magnets.\n".repeat(3000);
    const child = spawn(process.execPath, [BIN, "verify", "--published", "2025-12-20", "-"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    let received = 0;
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", (d: Buffer) => {
      received = d.length;
      child.stdout.destroy();
    });
    child.stdin.end(text);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(received).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|Error/);
    expect(code).toBe(0);
  }, 120_000);
});

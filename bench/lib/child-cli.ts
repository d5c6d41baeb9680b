// The CLI in a child process, from the TypeScript sources: a server for the load generator to hit
// from outside, as users do (the bench's own process stays the load generator).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Start `lodestone serve` on a free port; resolves with its URL and a stop function. */
export function serveInChild(
  db: string,
  extra: string[] = [],
): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      `import { main } from "./src/cli/main.ts"; process.exitCode = await main(process.argv.slice(1));`,
      "serve",
      "--db",
      db,
      "--port",
      "0",
      ...extra,
    ],
    { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
  );
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return new Promise((ready, fail) => {
    let err = "";
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      const m = /serving (http:\/\/\S+)/.exec(err);
      if (m) ready({ url: m[1]!, child, stop });
    });
    child.once("exit", (code) => fail(new Error(`server exited with ${code}: ${err}`)));
  });
}

// `serve` where it cannot listen says what happened in one line (exit 1), never Node's stack.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("serve where it cannot listen", () => {
  it("names a port in use", async () => {
    const taken = createServer();
    await new Promise<void>((ok) => taken.listen(0, "127.0.0.1", ok));
    const port = (taken.address() as { port: number }).port;
    try {
      const res = await runCli(["serve", "--port", String(port)]);
      expect(res.code).toBe(1);
      expect(res.stderr).toBe(
        `lodestone: cannot listen on 127.0.0.1:${port}: the port is in use (stop the other server, or pick another --port)\n`,
      );
    } finally {
      taken.close();
    }
  });

  it("names a host that is not this machine's", async () => {
    const res = await runCli(["serve", "--host", "no-such-host.invalid", "--port", "0"]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(
      /^lodestone: cannot listen on no-such-host\.invalid:0: (unknown host|the address)[^\n]*\n$/,
    );
  });

  it("rejects a port that is not one", async () => {
    const res = await runCli(["serve", "--port", "http"]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/invalid --port: http/);
  });
});

// `lodestone serve`: the HTTP API under /api and the dashboard at /.
import type { Command } from "commander";
import { InputError } from "../../errors.js";
import { openLodestone } from "../../ingest/reference-data.js";
import { startServer } from "../../server/start-server.js";
import type { CliIo, GlobalOptions } from "../context.js";

export function registerServe(program: Command, io: CliIo): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api, described at /api/openapi.json) and the dashboard (/)")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", "8787")
    .addHelpText("after", `
Examples:
  $ lodestone serve
  $ lodestone serve --port 9000
  (then, from another terminal: curl localhost:9000/api/series/rare-earth-magnets)`)
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { host: string; port: string }>();
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`invalid --port: ${opts.port}`);
      const store = await openLodestone({ path: opts.db, env: io.env });
      const server = await startServer({ store, host: opts.host, port, log: (m) => io.stderr(`${m}\n`) });
      io.stderr(`lodestone: serving ${server.url} (API under /api, OpenAPI at /api/openapi.json); Ctrl-C stops\n`);
      await new Promise<void>((stop) => {
        const shutdown = () => void server.close().then(() => { store.close(); stop(); });
        process.once("SIGINT", shutdown);
        process.once("SIGTERM", shutdown);
      });
    });
}

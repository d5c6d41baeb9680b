// `lodestone serve`: the HTTP API under /api and the dashboard at /. The database is opened read-only
// unless --writable is given, so CLI reads keep working on the same file while the server runs.
import type { Command } from "commander";
import { InputError } from "../../errors.js";
import type { CliIo, GlobalOptions } from "../context.js";

interface ServeOptions extends GlobalOptions {
  host: string;
  port: string;
  writable?: boolean;
  budget: string;
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api, described at /api/openapi.json) and the dashboard (/)")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", "8787")
    .option("--writable", "open the database for writing (default read-only, shared with other readers)")
    .option("--budget <seconds>", "time an API request may take before it is answered 503 and stopped", "10")
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone serve
  $ lodestone serve --port 9000
  (then, from another terminal: curl localhost:9000/api/series/rare-earth-magnets)`,
    )
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ServeOptions>();
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535)
        throw new InputError(`invalid --port: ${opts.port} (expected 0 to 65535)`);
      const budget = Number(opts.budget);
      if (!(budget > 0 && budget <= 3600))
        throw new InputError(`invalid --budget: ${opts.budget} (expected seconds, more than 0)`);
      // the server code (Hono, the OpenAPI schemas) loads only for this command
      const [{ openLodestone }, { startServer }] = await Promise.all([
        import("../../ingest/reference-data.js"),
        import("../../server/start-server.js"),
      ]);
      const store = await openLodestone({ path: opts.db, env: io.env, readOnly: !opts.writable, readers: 3 });
      let server;
      try {
        server = await startServer({
          store,
          host: opts.host,
          port,
          budgetMs: budget * 1000,
          log: (m) => io.stderr(`${m}\n`),
        });
      } catch (err) {
        store.close();
        throw err;
      }
      const mode = store.readOnly ? "read-only" : "writable";
      io.stderr(
        `lodestone: serving ${server.url} (API under /api, OpenAPI at /api/openapi.json; database ${mode}); Ctrl-C stops\n`,
      );
      await new Promise<void>((stop) => {
        const shutdown = () =>
          void server.close().then(() => {
            store.close();
            stop();
          });
        process.once("SIGINT", shutdown);
        process.once("SIGTERM", shutdown);
      });
    });
}

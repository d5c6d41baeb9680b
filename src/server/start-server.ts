// Listening on a socket: the app from createApp behind Node's HTTP server. A failure to listen
// (port in use, unknown host) is one clear error, not a stack trace.
import { serve, type ServerType } from "@hono/node-server";
import { ListenError } from "../errors.js";
import { createApp, type AppOptions } from "./app.js";
import { concurrentStore } from "./store-access.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions extends Omit<AppOptions, "access"> {
  host?: string;
  port?: number;
}

/** Start serving; resolves once the port is open. Port 0 picks a free port. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const access = concurrentStore(options.store);
  const app = createApp({ ...options, access });
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 8787;
  return new Promise((ready, fail) => {
    const server: ServerType = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      const shown = info.address.includes(":") ? `[${info.address}]` : info.address;
      ready({
        url: `http://${shown}:${info.port}`,
        // drop idle keep-alive connections (they would hold close() open until they time out), then
        // wait for work still running on the store, so that the caller may close the store safely
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }).then(() => access.idle()),
      });
    });
    server.once("error", (err: NodeJS.ErrnoException) => fail(listenError(err, host, port)));
  });
}

function listenError(err: NodeJS.ErrnoException, host: string, port: number): ListenError {
  const where = `${host}:${port}`;
  switch (err.code) {
    case "EADDRINUSE":
      return new ListenError(
        `cannot listen on ${where}: the port is in use (stop the other server, or pick another --port)`,
      );
    case "EACCES":
      return new ListenError(
        `cannot listen on ${where}: permission denied (ports below 1024 need privileges; pick another --port)`,
      );
    case "EADDRNOTAVAIL":
      return new ListenError(
        `cannot listen on ${where}: the address is not one of this machine's (check --host)`,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new ListenError(`cannot listen on ${where}: unknown host ${host} (check --host)`);
    default:
      return new ListenError(`cannot listen on ${where}: ${err.message}`);
  }
}

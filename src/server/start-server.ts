// Listening on a socket: the app from createApp behind Node's HTTP server.
import { serve, type ServerType } from "@hono/node-server";
import type { Store } from "../store/open-store.js";
import { createApp } from "./app.js";
import { sharedStore } from "./store-access.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Start serving; resolves once the port is open. Port 0 picks a free port. */
export function startServer(options: { store: Store; host?: string; port?: number; log?: (m: string) => void }): Promise<RunningServer> {
  const access = sharedStore(options.store);
  const app = createApp({ store: options.store, access, log: options.log });
  return new Promise((ready) => {
    const server: ServerType = serve({ fetch: app.fetch, hostname: options.host ?? "127.0.0.1", port: options.port ?? 8787 }, (info) => {
      const host = info.address.includes(":") ? `[${info.address}]` : info.address;
      ready({
        url: `http://${host}:${info.port}`,
        // drop idle keep-alive connections (they would hold close() open until they time out), then
        // wait for requests already queued on the store, so that the caller may close the store safely
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          if ("closeAllConnections" in server) server.closeAllConnections();
        }).then(() => access.idle()),
      });
    });
  });
}

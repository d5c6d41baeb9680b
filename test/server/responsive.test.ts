// The server stays responsive: a long claim check runs beside other requests instead of before them,
// is cut off with 503 and Retry-After past its time budget, and stops when its client goes away.
// Nothing here is timed: the tests check what answers while what is still running.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const article = readFileSync(new URL("../../examples/november-2025.txt", import.meta.url), "utf8");
/** About 1 MB of claims: minutes of checking, far longer than any test waits. */
const longText = article.repeat(Math.ceil(1_000_000 / article.length));

const store = useReferenceStore();

function verify(server: RunningServer, text: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}/api/verify`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    signal,
    body: JSON.stringify({ text, published: "2025-12-20" }),
  });
}

describe("a server under a long claim check", () => {
  it("answers a static file and a series while the check runs, and stops the check when its client leaves", async () => {
    const server = await startServer({ store, port: 0, budgetMs: 600_000, log: () => undefined });
    const client = new AbortController();
    let finished = false;
    const long = verify(server, longText, client.signal).then(
      () => (finished = true),
      () => (finished = true),
    );
    try {
      // let the check get going (its text read, its claims checked) before asking for anything else
      await new Promise((r) => setTimeout(r, 500));
      const page = await fetch(`${server.url}/web/dashboard.css`);
      const series = await fetch(`${server.url}/api/series/rare-earth-magnets?from=2025-11&to=2025-11`);
      expect(page.status).toBe(200);
      expect(await series.json()).toMatchObject({ points: [{ period: "2025-11", value: 6150 }] });
      expect(finished).toBe(false);
    } finally {
      client.abort();
      await long;
      // close() waits for work still running on the store: it returns only because the check stopped
      await server.close();
    }
  });

  it("answers 503 with Retry-After once a request's time budget is spent", async () => {
    const server = await startServer({ store, port: 0, budgetMs: 1500, log: () => undefined });
    try {
      const res = await verify(server, longText);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await res.json()).error).toMatch(/budget/);
      // the server goes on answering (a static file is not under the API's budget, so this is not a race)
      expect((await fetch(`${server.url}/web/dashboard.css`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

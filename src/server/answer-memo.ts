// Answers kept per data version: a GET (or a claim check) asked again while the data is unchanged
// gets the stored answer, and requests for the same answer that arrive together share one
// computation. Bounded in entries and bytes, least recently used first out. A request with
// `Cache-Control: no-cache` is always computed afresh (its answer still replaces the stored one).
import { createHash } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";

interface Answer {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

export interface MemoOptions {
  /** The current data version; answers of another version are never served. */
  version: () => Promise<string>;
  /** Extra key material, e.g. today's date for answers that depend on it. */
  extraKey?: () => string;
  maxEntries?: number;
  maxBytes?: number;
}

/** Middleware memoising 200 answers by method, URL, body and data version. */
export function answerMemo(options: MemoOptions): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 500;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const stored = new Map<string, Answer>();
  const pending = new Map<string, Promise<Answer | null>>();
  let bytes = 0;
  const remember = (key: string, answer: Answer) => {
    if (answer.body.byteLength > maxBytes / 8) return;
    forget(key);
    stored.set(key, answer);
    bytes += answer.body.byteLength;
    for (const [oldest, a] of stored) {
      if (stored.size <= maxEntries && bytes <= maxBytes) break;
      stored.delete(oldest);
      bytes -= a.body.byteLength;
    }
  };
  const forget = (key: string) => {
    const old = stored.get(key);
    if (old) bytes -= old.body.byteLength;
    stored.delete(key);
  };
  return async (c, next) => {
    const key = await keyOf(c, options);
    const fresh = /no-cache/i.test(c.req.header("cache-control") ?? "");
    const hit = fresh ? undefined : stored.get(key);
    if (hit) {
      stored.delete(key);
      stored.set(key, hit);
      c.res = toResponse(hit);
      return;
    }
    const shared = fresh ? undefined : pending.get(key);
    const answer = shared && (await shared);
    if (answer) {
      c.res = toResponse(answer);
      return;
    }
    let settle: (a: Answer | null) => void = () => undefined;
    if (!shared && !fresh) pending.set(key, new Promise((r) => (settle = r)));
    try {
      await next();
      const made = c.res.status === 200 ? await toAnswer(c.res) : null;
      if (made) remember(key, made);
      settle(made);
    } catch (err) {
      settle(null);
      throw err;
    } finally {
      if (!shared && !fresh) pending.delete(key);
    }
  };
}

async function keyOf(c: Context, options: MemoOptions): Promise<string> {
  const body =
    c.req.method === "POST"
      ? createHash("sha256")
          .update(await c.req.text())
          .digest("base64")
      : "";
  return JSON.stringify([await options.version(), options.extraKey?.() ?? "", c.req.method, c.req.url, body]);
}

async function toAnswer(res: Response): Promise<Answer> {
  const body = await res.clone().arrayBuffer();
  return { status: res.status, headers: headerList(res.headers), body };
}

function toResponse(a: Answer): Response {
  return new Response(a.body.slice(0), { status: a.status, headers: a.headers });
}

function headerList(headers: Headers): [string, string][] {
  const list: [string, string][] = [];
  headers.forEach((value, name) => list.push([name, value]));
  return list;
}

// A JSON request body checked before any route sees it: the right content type (415 otherwise), not
// too large (413), not empty and valid JSON (400), each with a message that says what to send.
import type { MiddlewareHandler } from "hono";

/**
 * Middleware for a route that takes a JSON object: `what` describes it for error messages,
 * e.g. `{"text": "...", "published": "YYYY-MM-DD"}`.
 */
export function jsonBody(what: string, maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") {
      return c.json(
        { error: `unsupported content type: ${type || "none"} (send application/json: ${what})` },
        415,
      );
    }
    const length = Number(c.req.header("content-length") ?? 0);
    if (length > maxBytes)
      return c.json({ error: `request body too large: ${length} bytes (at most ${maxBytes})` }, 413);
    const text = await c.req.text();
    if (text.length > maxBytes)
      return c.json(
        { error: `request body too large: ${text.length} characters (at most ${maxBytes})` },
        413,
      );
    if (text.trim() === "")
      return c.json({ error: `empty request body (expected a JSON object: ${what})` }, 400);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return c.json(
        { error: `invalid JSON in request body: ${(err as Error).message} (expected ${what})` },
        400,
      );
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return c.json({ error: `request body is not a JSON object (expected ${what})` }, 400);
    }
    // the route's validator reads the body as JSON again: hand it this parse (a large body costs)
    c.req.bodyCache.json = Promise.resolve(value);
    await next();
  };
}

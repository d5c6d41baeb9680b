// HTTP manners every answer keeps: no content sniffing, a content security policy on HTML, OPTIONS
// answered with the methods a path allows, and 405 (not 404) for a known path with the wrong method.
import type { MiddlewareHandler } from "hono";

/** HTML answers that set no policy of their own (the brief) may use inline styles and data images only. */
const HTML_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Middleware adding the security headers to every answer. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set("x-content-type-options", "nosniff");
    c.res.headers.set("referrer-policy", "no-referrer");
    const type = c.res.headers.get("content-type") ?? "";
    if (type.startsWith("text/html") && !c.res.headers.has("content-security-policy")) {
      c.res.headers.set("content-security-policy", HTML_POLICY);
    }
  };
}

/** The methods the app's routes accept on `path` (HEAD with GET), or none when no route matches it. */
export function allowedMethods(app: { routes: { method: string; path: string }[] }, path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routes) {
    if (r.method === "ALL" || !patternOf(r.path).test(path)) continue;
    methods.add(r.method);
    if (r.method === "GET") methods.add("HEAD");
  }
  if (methods.size > 0) methods.add("OPTIONS");
  return [...methods].sort();
}

const patterns = new Map<string, RegExp>();

function patternOf(routePath: string): RegExp {
  let re = patterns.get(routePath);
  if (!re) {
    const body = routePath
      .split("/")
      .map((part) => (part.startsWith(":") ? "[^/]+" : part === "*" ? ".*" : escape(part)))
      .join("/");
    patterns.set(routePath, (re = new RegExp(`^${body}/?$`)));
  }
  return re;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

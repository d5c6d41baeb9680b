// Every API request gets a time budget and a signal: the signal aborts when the budget is spent or
// the client disconnects, and the work under it stops at its next query (or its worker is ended).
// Past the budget the client gets 503 with Retry-After at once, whatever the work is doing.
import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareHandler } from "hono";
import { AbandonedError } from "../errors.js";

const current = new AsyncLocalStorage<AbortSignal>();
const never = new AbortController().signal;

/** The signal of the request being handled (carried through its async work), or one that never aborts. */
export function requestSignal(): AbortSignal {
  return current.getStore() ?? never;
}

/** Seconds a client is told to wait (`Retry-After`) before asking again after its work was abandoned. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Middleware: abort the request's work after `budgetMs` or when the client goes away; past the budget,
 * answer 503 with `Retry-After` without waiting for the work to notice.
 */
export function requestBudget(budgetMs: number, retryAfterSeconds = RETRY_AFTER_SECONDS): MiddlewareHandler {
  return async (c, next) => {
    const controller = new AbortController();
    const raw = c.req.raw;
    const gone = () =>
      controller.abort(new AbandonedError("disconnected", "the client closed the connection"));
    if (raw.signal.aborted) gone();
    else raw.signal.addEventListener("abort", gone, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const spent = new Promise<"spent">((stop) => (timer = setTimeout(() => stop("spent"), budgetMs)));
    try {
      const work = current.run(controller.signal, () => next()).then(() => "done" as const);
      if ((await Promise.race([work, spent])) === "done") return;
      const seconds = (budgetMs / 1000).toLocaleString("en-US", { maximumFractionDigits: 1 });
      controller.abort(new AbandonedError("budget", `the request ran out of its time budget (${seconds} s)`));
      work.catch(() => undefined);
      c.res = c.json(
        {
          error: `busy: the request took longer than its budget of ${seconds} s; try again later, or send less`,
        },
        503,
        {
          "retry-after": String(retryAfterSeconds),
        },
      );
    } finally {
      clearTimeout(timer);
      raw.signal.removeEventListener("abort", gone);
    }
  };
}

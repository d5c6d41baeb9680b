// A client for the UN Comtrade API v1 (`/data/v1/get/C/{freq}/HS`): splits a query into requests
// under the API's limits (12 periods a request, a URL length, the record cap), honours 429 and
// Retry-After, backs off on server errors and bad bodies, saves each answer to a folder so that an
// interrupted fetch resumes where it stopped, and warns when an answer hits the record cap (the
// API truncates silently). Network access comes in as an argument, so tests use a local server.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { monthsBetween } from "../../domain/period.js";
import { InputError } from "../../errors.js";

export interface ComtradeQuery {
  /** M49 codes of the reporters. */
  reporters: string[];
  cmd: string[];
  flows: string[];
  /** M49 codes of the partners; empty for every partner the API returns. */
  partners: string[];
  /** Periods as the API writes them: `YYYYMM` (monthly) or `YYYY` (annual). */
  periods: string[];
  freq: "M" | "A";
}

export interface ComtradeClientOptions {
  key: string;
  baseUrl?: string;
  /** Records the API returns at most per request; an answer this long was probably cut. */
  maxRecords?: number;
  maxPeriods?: number;
  maxUrlLength?: number;
  retries?: number;
  /** Folder for the answers (one JSON file per request): resuming skips those already there. */
  folder: string;
}

export interface ClientEffects {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
}

export interface FetchOutcome {
  files: string[];
  /** Request URLs without the key, in order. */
  requests: string[];
  warnings: string[];
}

const DEFAULTS = {
  baseUrl: "https://comtradeapi.un.org/data/v1/get",
  maxRecords: 100_000,
  maxPeriods: 12,
  maxUrlLength: 2048,
  retries: 6,
};

export const defaultEffects: ClientEffects = {
  fetch: (...args) => fetch(...args),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  log: (m) => process.stderr.write(`${m}\n`),
};

/** The periods of a month range as the API writes them (`2024-01`..`2024-03` -> 202401, 202402, 202403). */
export function apiPeriods(from: string, to: string, freq: "M" | "A"): string[] {
  if (freq === "A") {
    const out: string[] = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(String(y));
    return out;
  }
  return monthsBetween(from, to).map((m) => m.replace("-", ""));
}

/**
 * Fetch every record of the query, one saved answer per request.
 * @example await fetchComtrade({ reporters: ["156"], cmd: ["850511"], flows: ["X"], partners: [], periods: ["202511"], freq: "M" }, { key, folder })
 */
export async function fetchComtrade(
  query: ComtradeQuery,
  options: ComtradeClientOptions,
  effects: ClientEffects = defaultEffects,
): Promise<FetchOutcome> {
  const o = { ...DEFAULTS, ...options };
  mkdirSync(o.folder, { recursive: true });
  const outcome: FetchOutcome = { files: [], requests: [], warnings: [] };
  const pending = splitQuery(query, o);
  while (pending.length > 0) {
    const part = pending.shift()!;
    const url = requestUrl(part, o.baseUrl);
    const file = join(o.folder, `${createHash("sha256").update(url).digest("hex").slice(0, 16)}.json`);
    const body = existsSync(file) ? readFileSync(file, "utf8") : await getWithRetries(url, o, effects);
    const count = recordCount(body, url);
    if (count >= o.maxRecords && part.periods.length > 1) {
      // cut by the cap: ask again for each half of the periods
      effects.log(`comtrade: ${count} records for ${part.periods.length} periods hit the cap; splitting`);
      const half = Math.ceil(part.periods.length / 2);
      pending.unshift(
        { ...part, periods: part.periods.slice(0, half) },
        { ...part, periods: part.periods.slice(half) },
      );
      continue;
    }
    if (count >= o.maxRecords) {
      outcome.warnings.push(
        `${url}: ${count} records, the API's cap: the answer is probably truncated (ask for fewer partners or codes)`,
      );
    }
    if (!existsSync(file)) writeFileSync(file, body);
    outcome.files.push(file);
    outcome.requests.push(url);
  }
  return outcome;
}

/** Requests of at most `maxPeriods` periods whose URL stays under the length limit. */
export function splitQuery(
  q: ComtradeQuery,
  o: { maxPeriods: number; maxUrlLength: number; baseUrl: string },
): ComtradeQuery[] {
  const out: ComtradeQuery[] = [];
  for (let i = 0; i < q.periods.length; i += o.maxPeriods) {
    const periods = q.periods.slice(i, i + o.maxPeriods);
    for (const cmd of chunks(
      q.cmd,
      (c) => requestUrl({ ...q, periods, cmd: c }, o.baseUrl).length <= o.maxUrlLength,
    )) {
      for (const partners of q.partners.length === 0
        ? [[]]
        : chunks(
            q.partners,
            (p) => requestUrl({ ...q, periods, cmd, partners: p }, o.baseUrl).length <= o.maxUrlLength,
          )) {
        out.push({ ...q, periods, cmd, partners });
      }
    }
  }
  return out;
}

/** Greedy chunks of a list that each pass `fits` (a single item always makes a chunk). */
function chunks(items: string[], fits: (chunk: string[]) => boolean): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const item of items) {
    if (current.length > 0 && !fits([...current, item])) {
      out.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function requestUrl(q: ComtradeQuery, baseUrl: string): string {
  const params = new URLSearchParams({
    reporterCode: q.reporters.join(","),
    period: q.periods.join(","),
    cmdCode: q.cmd.join(","),
    flowCode: q.flows.join(","),
  });
  if (q.partners.length > 0) params.set("partnerCode", q.partners.join(","));
  params.set("includeDesc", "true");
  return `${baseUrl}/C/${q.freq}/HS?${params.toString().replace(/%2C/g, ",")}`;
}

async function getWithRetries(
  url: string,
  o: typeof DEFAULTS & ComtradeClientOptions,
  effects: ClientEffects,
): Promise<string> {
  let last = "";
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    let response: Response;
    try {
      response = await effects.fetch(url, {
        headers: { "Ocp-Apim-Subscription-Key": o.key, accept: "application/json" },
      });
    } catch (err) {
      last = `network error: ${(err as Error).message}`;
      await effects.sleep(backoff(attempt));
      continue;
    }
    const body = await response.text();
    if (response.status === 429 || response.status >= 500) {
      const wait = retryAfter(response.headers.get("retry-after")) ?? backoff(attempt);
      last = `HTTP ${response.status}`;
      effects.log(`comtrade: ${last}; waiting ${Math.round(wait / 1000)} s before asking again`);
      await effects.sleep(wait);
      continue;
    }
    if (response.status === 401 || response.status === 403)
      throw new InputError(`UN Comtrade refused the key (HTTP ${response.status}): check COMTRADE_API_KEY`);
    if (!response.ok)
      throw new InputError(`UN Comtrade answered HTTP ${response.status} for ${url}: ${body.slice(0, 200)}`);
    if (isEnvelope(body)) return body;
    last = `a body that is not a Comtrade answer: ${body.slice(0, 80)}`;
    await effects.sleep(backoff(attempt));
  }
  throw new InputError(`UN Comtrade gave up after ${o.retries + 1} tries for ${url}: ${last}`);
}

function backoff(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** attempt);
}

function retryAfter(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function isEnvelope(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown };
    return Array.isArray(parsed.data);
  } catch {
    return false;
  }
}

function recordCount(body: string, url: string): number {
  try {
    return ((JSON.parse(body) as { data: unknown[] }).data ?? []).length;
  } catch {
    throw new InputError(`saved answer for ${url} is not JSON: delete it to fetch again`);
  }
}

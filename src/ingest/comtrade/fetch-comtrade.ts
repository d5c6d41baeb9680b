// `lodestone fetch comtrade`: ask the UN Comtrade API for a reporter's trade in some commodity
// codes over a range of months, and ingest the answers as one batch whose source is the request
// (its URL without the key, when it was retrieved). The vintage is the day of the fetch: what the
// database said then.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../../errors.js";
import type { Store } from "../../store/open-store.js";
import { ingestFiles, type IngestResult } from "../ingest-files.js";
import { apiPeriods, defaultEffects, fetchComtrade, type ClientEffects } from "./comtrade-client.js";

export interface FetchComtradeOptions {
  reporter: string;
  cmd: string[];
  flow: string[];
  from: string;
  to: string;
  partner: string[];
  freq: "M" | "A";
  key: string;
  baseUrl?: string;
  maxRecords?: number;
  folder?: string;
  now?: Date;
}

/** ISO3 -> the M49 code Comtrade uses (the last listed: 842 for the USA, 699 for India). */
function m49Codes(): Map<string, string> {
  const text = readFileSync(fileURLToPath(new URL("../../../data/codes/m49.csv", import.meta.url)), "utf8");
  const out = new Map<string, string>();
  for (const line of text.trim().split("\n").slice(1)) {
    const [code, iso3] = line.split(",");
    if (code && iso3) out.set(iso3, code);
  }
  return out;
}

function m49(codes: Map<string, string>, value: string, what: string): string {
  if (/^\d+$/.test(value)) return value;
  const code = codes.get(value.toUpperCase());
  if (code === undefined)
    throw new InputError(`unknown ${what}: ${value} (expected ISO3 such as CHN, WLD, or an M49 code)`);
  return code;
}

const FLOWS: Record<string, string> = { x: "X", export: "X", m: "M", import: "M", rx: "RX", rm: "RM" };

/**
 * Fetch and ingest.
 * @example await fetchComtradeInto(store, { reporter: "CHN", cmd: ["850511"], flow: ["X"], from: "2024-01", to: "2025-12", partner: [], freq: "M", key })
 */
export async function fetchComtradeInto(
  store: Store,
  o: FetchComtradeOptions,
  effects: ClientEffects = defaultEffects,
): Promise<IngestResult & { requests: string[]; warnings: string[] }> {
  const codes = m49Codes();
  const flows = o.flow.map(
    (f) =>
      FLOWS[f.toLowerCase()] ??
      (() => {
        throw new InputError(`unknown --flow: ${f} (expected X, M, export or import)`);
      })(),
  );
  for (const c of o.cmd)
    if (!/^(\d{2}|\d{4}|\d{6}|TOTAL)$/.test(c))
      throw new InputError(`invalid --cmd: ${c} (expected HS digits such as 850511)`);
  const query = {
    reporters: [m49(codes, o.reporter, "reporter")],
    cmd: o.cmd,
    flows,
    partners: o.partner.map((p) => m49(codes, p, "partner")),
    periods: apiPeriods(o.from, o.to, o.freq),
    freq: o.freq,
  };
  const id = createHash("sha256").update(JSON.stringify(query)).digest("hex").slice(0, 12);
  const folder = o.folder ?? join(tmpdir(), `lodestone-comtrade-${id}`);
  const fetched = await fetchComtrade(
    query,
    { key: o.key, baseUrl: o.baseUrl, maxRecords: o.maxRecords, folder },
    effects,
  );
  const now = o.now ?? new Date();
  const day = now.toISOString().slice(0, 10);
  const source = {
    id: `comtrade-api-${day}-${id}`,
    kind: "official" as const,
    publisher: "UN Comtrade",
    origin: "UN Comtrade",
    url: fetched.requests[0] ?? null,
    url_status: fetched.requests.length > 0 ? ("ok" as const) : ("missing" as const),
    published: day,
    title: `UN Comtrade API: ${o.reporter} ${o.flow.join("/")} HS ${o.cmd.join(",")}, ${o.from}..${o.to} (${fetched.requests.length} requests)`,
    retrieved: now.toISOString(),
  };
  const result = await ingestFiles(store, fetched.files, { format: "comtrade", published: day, source, now });
  return { ...result, requests: fetched.requests, warnings: fetched.warnings };
}

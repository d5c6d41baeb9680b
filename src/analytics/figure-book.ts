// Every resolved figure a set of questions needs, read in one batch: the claims of a text ask for a
// handful of series keys, and the book answers all of them from one read per series and per
// partner, so the cost grows with the distinct keys, not with the number of questions. Reads are
// kept for as long as the store's data version stays the same, so the next text that asks about
// the same series reads nothing. Each figure carries the rounding its printed value implies, for
// checks that allow for rounding on both sides.

import { precisionUnit } from "../domain/decimal.js";
import { monthIndex } from "../domain/period.js";
import { SERIES } from "../domain/series.js";
import { keyId, type SeriesKey } from "../domain/series-key.js";
import { toTonnes } from "../domain/units.js";
import type { Store } from "../store/open-store.js";
import { dataVersion } from "../store/data-version.js";
import { evidenceMany } from "../store/evidence.js";
import { resolve } from "../store/resolved-values.js";
import { listEvents } from "../store/catalog.js";
import {
  statedChanges,
  statedRanks,
  type StatedChangeRow,
  type StatedRankRow,
} from "../store/stated-figures.js";
import type { EvidenceRow, PolicyEvent, ResolvedPoint } from "../store/types.js";
import { eventsConcerning } from "./event-window-rows.js";
import type { Monthly } from "./month-figures.js";
import { eventCommodities } from "./series-family.js";
import { spanParts } from "./span-parts.js";

export type { EvidenceRow, ResolvedPoint, StatedChangeRow, StatedRankRow, Store };

/** A resolved figure as a number in the key's unit (tonnes for quantities), with its rounding. */
export interface Figure {
  /** The period asked for (a full year asked as `YYYY-01..YYYY-12` may come from a `YYYY` figure). */
  period: string;
  value: number;
  unit: string;
  /** Half the rounding step of the printed value: the figure stands for value ± halfStep. */
  halfStep: number;
  point: ResolvedPoint;
  /** A span no source states, made from the figures held: the figures it adds up. */
  parts?: Figure[];
  /** ... and the figures it takes away (January-July less July for January-June). */
  less?: Figure[];
  /**
   * A span made from totals released at different times: how far revisions between those releases
   * could have moved it, beyond its rounding (see `REVISION_REACH`).
   */
  revisionReach?: number;
}

export interface FigureBook {
  /** Every monthly figure of the key. */
  monthly(key: SeriesKey): ReadonlyMap<string, Figure>;
  /** The monthly values of the key, for the functions of `month-figures`. */
  values(key: SeriesKey): Monthly;
  /** Every full-year figure of the key, by `YYYY` (a year held as `YYYY-01..YYYY-12` counts too). */
  yearly(key: SeriesKey): ReadonlyMap<string, Figure>;
  /**
   * The figure of one period: a month, a span, or a full year (`YYYY-01..YYYY-12` also finds `YYYY`).
   * A span no source states ("July-September", "January-June 2024") is made from the months and
   * spans held (see `spanParts`).
   */
  point(key: SeriesKey, period: string): Figure | null;
  /**
   * The figure of every partner of the key's series (same reporter, flow and measure) for one
   * period, the key's own partner included, by partner.
   */
  partners(key: SeriesKey, period: string): ReadonlyMap<string, Figure>;
  /** Figures of other known series for the same reporter, flow, partner, measure and period. */
  otherSeries(key: SeriesKey, period: string): Figure[];
  /**
   * The ranks published sources stated for the key's figure of one period (a full year asked as
   * `YYYY-01..YYYY-12` finds those stated of `YYYY`): evidence of a rank the data alone may be too
   * short to tell, earliest published first.
   */
  statedRanks(key: SeriesKey, period: string): readonly StatedRankRow[];
  /**
   * The changes published sources stated for the key's figure of one period (a full year asked as
   * `YYYY-01..YYYY-12` finds those stated of `YYYY`), on any base, earliest published first: a
   * source's own statement, which the data's levels may not be able to compute.
   */
  statedChanges(key: SeriesKey, period: string): readonly StatedChangeRow[];
  /**
   * The export controls that concern the key's series and partner and took effect before the
   * period's month ("the highest since the controls"), latest first, each with its month.
   */
  controlsBefore(key: SeriesKey, period: string): { id: string; month: string; summary: string }[];
  /** The rows behind each figure, agreeing rows first (one read for all of them). */
  evidence(figures: readonly Figure[]): Promise<EvidenceRow[][]>;
}

/**
 * Reads every figure of the series asked (for every partner) and of the other known series for the
 * partners asked, so a figure that belongs to another partner, month or series can be recognised,
 * as the data was known on `asOf`.
 * @example const book = await loadFigureBook(store, [seriesKey({ series: "rare-earth-magnets" })]);
 *   book.point(seriesKey({ series: "rare-earth-magnets" }), "2025-11")?.value // 6150
 */
export async function loadFigureBook(
  store: Store,
  keys: readonly SeriesKey[],
  asOf: string | null = null,
  version?: Promise<string>,
): Promise<FigureBook> {
  // a text with no figures asks nothing of the data, not even its version
  const reads = keys.length === 0 ? UNCACHED : await readsOf(store, asOf, version ?? dataVersion(store));
  const groups = new Map<string, SeriesKey[]>();
  for (const k of keys) {
    const g = `${k.reporter}|${k.flow}|${k.measure}`;
    groups.set(g, [...(groups.get(g) ?? []), k]);
  }
  const byKey = new Map<string, Map<string, Figure>>();
  const ranks = new Map<string, StatedRankRow[]>();
  const changes = new Map<string, StatedChangeRow[]>();
  const events =
    keys.length === 0 ? Promise.resolve([]) : reads.get<PolicyEvent[]>("events", () => listEvents(store));
  await Promise.all(
    [...groups.entries()].map(async ([g, group]) => {
      const first = group[0] as SeriesKey;
      const base = { reporter: first.reporter, flow: first.flow, measure: first.measure, asOf };
      // every partner of each series asked, and the other known series for each partner asked: what
      // this data version has not read yet is read in one query each, and kept per series and partner
      const series = [...new Set(group.map((k) => k.series))];
      // a combined partner ("USA+JPN") is read as its parts
      const partners = [...new Set(group.flatMap((k) => k.partner.split("+")))];
      const seriesId = (x: string) => `${g}|series|${x}`;
      const partnerId = (x: string) => `${g}|partner|${x}`;
      const ranksId = (x: string) => `${g}|ranks|${x}`;
      const changesId = (x: string) => `${g}|changes|${x}`;
      await Promise.all([
        readEach(
          reads,
          series,
          ranksId,
          (xs) => statedRanks(store, { ...base, series: xs }),
          (r) => r.series,
        ),
        readEach(
          reads,
          series,
          changesId,
          (xs) => statedChanges(store, { ...base, series: xs }),
          (r) => r.series,
        ),
        readEach(
          reads,
          series,
          seriesId,
          (xs) => resolve(store, { ...base, series: xs }),
          (p) => p.series,
        ),
        readEach(
          reads,
          partners,
          partnerId,
          (xs) => resolve(store, { ...base, series: SERIES.map((x) => x.id), partner: xs }),
          (p) => p.partner,
        ),
      ]);
      const read = (id: string) => reads.get<ResolvedPoint[]>(id, async () => []);
      const points = (
        await Promise.all([
          ...series.map((x) => read(seriesId(x))),
          ...partners.map((x) => read(partnerId(x))),
        ])
      ).flat();
      // what sources stated, by the key and period of the figure it is stated of
      const byFigure = async <T extends { partner: string; period: string }>(
        id: (x: string) => string,
        into: Map<string, T[]>,
      ) => {
        for (const x of series)
          for (const r of await reads.get<T[]>(id(x), async () => [])) {
            const at = `${keyId({ ...first, series: x, partner: r.partner })}|${r.period}`;
            into.set(at, [...(into.get(at) ?? []), r]);
          }
      };
      await byFigure(ranksId, ranks);
      await byFigure(changesId, changes);
      for (const p of points) {
        const f = toFigure(p);
        if (!f) continue;
        const id = keyId({
          series: p.series,
          reporter: p.reporter,
          flow: p.flow,
          partner: p.partner,
          measure: p.measure,
        });
        if (!byKey.has(id)) byKey.set(id, new Map());
        byKey.get(id)!.set(p.period, f);
      }
    }),
  );
  return book(byKey, { ranks, changes }, await events, store, asOf, reads);
}

/**
 * What sources stated of the key's figure of one period; a full year asked as `YYYY-01..YYYY-12`
 * also finds what was stated of `YYYY`, first.
 */
function statedOf<T>(stated: ReadonlyMap<string, T[]>, key: SeriesKey, period: string): T[] {
  const year = /^(\d{4})-01\.\.\1-12$/.exec(period)?.[1];
  const at = (p: string) => stated.get(`${keyId(key)}|${p}`) ?? [];
  return year ? [...at(year), ...at(period)] : at(period);
}

/**
 * Reads, in one query, the rows of the items this data version has not read yet, and keeps each
 * item's rows under its own id (`whose` tells a row's item): the next book asks only for what is new.
 */
function readEach<T>(
  reads: Reads,
  items: readonly string[],
  id: (item: string) => string,
  query: (items: string[]) => Promise<T[]>,
  whose: (row: T) => string,
): Promise<unknown> | null {
  const missing = items.filter((x) => !reads.has(id(x)));
  if (missing.length === 0) return null;
  return query(missing).then((rows) =>
    Promise.all(missing.map((x) => reads.get(id(x), async () => rows.filter((r) => whose(r) === x)))),
  );
}

/**
 * The store's data version, asked now for a book loaded a little later: the query runs on DuckDB's
 * own thread while the caller does other work (reads a text), so the book need not wait for it. A
 * version no book asks for is dropped; so is its error (a store closed meanwhile).
 * @example const version = versionAhead(store); const claims = extractClaims(text); await loadFigureBook(store, keys, null, version)
 */
export function versionAhead(store: Store): Promise<string> {
  const version = dataVersion(store);
  version.catch(() => undefined);
  return version;
}

/** Reads of one data version, shared by every book made while the data stays the same. */
interface Reads {
  get<T>(id: string, read: () => Promise<T>): Promise<T>;
  has(id: string): boolean;
}

const readsByStore = new WeakMap<
  object,
  { version: string; asOf: string | null; cache: Map<string, unknown> }
>();

/** The reads cache of the store's current data version (a new version starts an empty one). */
/** Reads kept nowhere: for a book that has nothing to read. */
const UNCACHED: Reads = { get: (_id, read) => read(), has: () => false };

async function readsOf(store: Store, asOf: string | null, asked: Promise<string>): Promise<Reads> {
  const version = await asked;
  let entry = readsByStore.get(store.conn);
  if (!entry || entry.version !== version || entry.asOf !== asOf)
    readsByStore.set(store.conn, (entry = { version, asOf, cache: new Map() }));
  const cache = entry.cache;
  return {
    get<T>(id: string, read: () => Promise<T>): Promise<T> {
      if (cache.has(id)) return Promise.resolve(cache.get(id) as T);
      // only what was read in full is kept: a read cut off (a request past its time budget, a
      // client gone) is not handed to the next caller
      return read().then((value) => {
        cache.set(id, value);
        return value;
      });
    },
    has: (id) => cache.has(id),
  };
}

function book(
  byKey: Map<string, Map<string, Figure>>,
  stated: {
    ranks: ReadonlyMap<string, StatedRankRow[]>;
    changes: ReadonlyMap<string, StatedChangeRow[]>;
  },
  events: readonly PolicyEvent[],
  store: Store,
  asOf: string | null,
  reads: Reads,
): FigureBook {
  const empty = new Map<string, Figure>();
  const monthlyCache = new Map<string, { figures: Map<string, Figure>; values: Map<string, number> }>();
  const monthly = (key: SeriesKey) => {
    const id = keyId(key);
    let hit = monthlyCache.get(id);
    if (!hit) {
      const figures = new Map([...(byKey.get(id) ?? empty)].filter(([p]) => monthIndex(p) !== null));
      hit = { figures, values: new Map([...figures].map(([p, f]) => [p, f.value])) };
      monthlyCache.set(id, hit);
    }
    return hit;
  };
  // the partners each series was read for, from the keys of what was read
  const partnersBySeries = new Map<string, string[]>();
  for (const id of byKey.keys()) {
    const [reporter, flow, series, partner, measure] = id.split("|");
    const s = `${reporter}|${flow}|${series}|${measure}`;
    partnersBySeries.set(s, [...(partnersBySeries.get(s) ?? []), partner as string]);
  }
  const partnersOf = (k: SeriesKey) =>
    partnersBySeries.get(`${k.reporter}|${k.flow}|${k.series}|${k.measure}`) ?? [];
  // spans made from the figures held, once per key and period: partners() and otherSeries() ask
  // the same span of every partner and series for each claim
  const made = new Map<string, Figure | null>();
  const point = (key: SeriesKey, period: string): Figure | null => {
    if (key.partner.includes("+")) return combined(key, period);
    // a key nothing was read for has no figure, summed or not (otherSeries asks of every series)
    const id = keyId(key);
    const all = byKey.get(id);
    if (all === undefined) return null;
    const f = all.get(period);
    if (f) return f;
    const full = /^(\d{4})-01\.\.\1-12$/.exec(period);
    const y = full ? all.get(full[1] as string) : undefined;
    if (y) return { ...y, period };
    const at = `${id}|${period}`;
    if (!made.has(at)) made.set(at, composed(all, period));
    return made.get(at) ?? null;
  };
  // "the US and Japan together": the partners' figures of the same period added up
  const combined = (key: SeriesKey, period: string): Figure | null => {
    const parts: Figure[] = [];
    for (const partner of key.partner.split("+")) {
      const f = point({ ...key, partner }, period);
      if (!f || f.unit !== (parts[0] ?? f).unit) return null;
      parts.push(f);
    }
    return summed(parts, period, key.partner);
  };
  return {
    monthly: (key) => monthly(key).figures,
    yearly(key) {
      const out = new Map<string, Figure>();
      for (const [p, f] of byKey.get(keyId(key)) ?? empty) {
        const y = /^(\d{4})(?:-01\.\.\1-12)?$/.exec(p);
        if (y && !out.has(y[1] as string)) out.set(y[1] as string, f);
      }
      return out;
    },
    values: (key) => monthly(key).values,
    point,
    partners(key, period) {
      const out = new Map<string, Figure>();
      for (const partner of partnersOf(key)) {
        const f = point({ ...key, partner }, period);
        if (f) out.set(partner, f);
      }
      return out;
    },
    otherSeries(key, period) {
      const out: Figure[] = [];
      for (const s of SERIES) {
        if (s.id === key.series) continue;
        const f = point({ ...key, series: s.id }, period);
        if (f) out.push(f);
      }
      return out;
    },
    statedRanks: (key, period) => statedOf(stated.ranks, key, period),
    statedChanges: (key, period) => statedOf(stated.changes, key, period),
    controlsBefore(key, period) {
      const last = monthIndex(period);
      return eventsConcerning(events, eventCommodities(key.series), period, asOf)
        .filter(
          (e) =>
            e.kind === "export_control" && (e.partners.includes("all") || e.partners.includes(key.partner)),
        )
        .map((e) => ({ id: e.id, month: (e.effective ?? e.announced)!.slice(0, 7), summary: e.summary }))
        .filter((e) => /^\d{4}-\d{2}$/.test(e.month) && last !== null && (monthIndex(e.month) ?? last) < last)
        .reverse();
    },
    async evidence(given) {
      // a composed span rests on the rows of the figures it is made from
      const whole = given.map((f) => (f.parts ? [...f.parts, ...(f.less ?? [])] : [f]));
      const figures = whole.flat();
      const ids = figures.map(
        (f) =>
          `evidence|${f.point.series}|${f.point.partner}|${f.point.measure}|${f.point.reporter}|${f.point.flow}|${f.point.period}`,
      );
      const unique = [...new Map(ids.map((id, i) => [id, figures[i]!.point])).entries()];
      const missing = unique.filter(([id]) => !reads.has(id));
      if (missing.length > 0) {
        const rows = await evidenceMany(
          store,
          missing.map(([, p]) => p),
          asOf,
        );
        await Promise.all(missing.map(([id], i) => reads.get(id, () => Promise.resolve(rows[i] ?? []))));
      }
      const rows = await Promise.all(
        ids.map((id) => reads.get(id, () => Promise.resolve([] as EvidenceRow[]))),
      );
      let at = 0;
      return whole.map((parts) => rows.slice(at, (at += parts.length)).flat());
    },
  };
}

/**
 * A span that revisions may have moved: made from totals released at different times (a year to
 * date, a month released later), its parts need not add up exactly; half a percent covers it.
 */
const REVISION_SHARE = 0.005;

/**
 * How far a later release may have moved each total such a span is made from, at the very most:
 * customs revisions and the sources' own roundings move a month or a year to date by well under
 * one percent, so a twentieth of every total added or taken away is a bound no revision reaches. A
 * statement the span refutes even that far off is wrong whatever the revisions were.
 */
const REVISION_REACH = 0.05;

/**
 * A span no source states, made from the figures of one key (`spanParts`), or null. Its rounding
 * is the sum of its parts'; made with a span held or by taking away, it allows for revisions too.
 * It is derived, and in conflict when any part is.
 */
function composed(all: ReadonlyMap<string, Figure>, period: string): Figure | null {
  const held = (p: string) => all.get(p) ?? all.get(/^(\d{4})-01\.\.\1-12$/.exec(p)?.[1] ?? "");
  const heldPeriods = [...all.keys()].map((p) => (/^\d{4}$/.test(p) ? `${p}-01..${p}-12` : p));
  const recipe = spanParts(period, heldPeriods);
  if (!recipe) return null;
  const parts: Figure[] = [];
  const less: Figure[] = [];
  for (const r of recipe) {
    const f = held(r.period);
    if (!f || f.unit !== (parts[0] ?? f).unit) return null;
    (r.sign === 1 ? parts : less).push({ ...f, period: r.period });
  }
  const first = parts[0] as Figure;
  const value = parts.reduce((a, f) => a + f.value, 0) - less.reduce((a, f) => a + f.value, 0);
  if (!(value > 0)) return null;
  const mixed = less.length > 0 || recipe.some((r) => r.period.includes(".."));
  return {
    period,
    value,
    unit: first.unit,
    halfStep: [...parts, ...less].reduce((a, f) => a + f.halfStep, 0) + (mixed ? value * REVISION_SHARE : 0),
    point: derivedPoint([...parts, ...less], period, value),
    parts,
    ...(less.length > 0 ? { less } : {}),
    ...(mixed
      ? { revisionReach: [...parts, ...less].reduce((a, f) => a + f.value, 0) * REVISION_REACH }
      : {}),
  };
}

/**
 * The figures of several partners of one period added up ("the US and Japan together"), keyed by
 * the partners joined with "+" (so two parts or more): its rounding is the sum of theirs. It is
 * derived, and in conflict when any part is.
 */
function summed(parts: readonly Figure[], period: string, partner: string): Figure {
  const value = parts.reduce((a, f) => a + f.value, 0);
  return {
    period,
    value,
    unit: (parts[0] as Figure).unit,
    halfStep: parts.reduce((a, f) => a + f.halfStep, 0),
    point: { ...derivedPoint(parts, period, value), partner },
    parts: [...parts],
  };
}

/** The point of a figure made from others: the first one's, with the value made and their sources. */
function derivedPoint(from: readonly Figure[], period: string, value: number): ResolvedPoint {
  const first = from[0] as Figure;
  return {
    ...first.point,
    period,
    value: String(Math.round(value * 1000) / 1000),
    derived: true,
    conflict: from.some((f) => f.point.conflict),
    sources: Math.min(...from.map((f) => f.point.sources)),
    origins: [...new Set(from.flatMap((f) => f.point.origins))],
    basis: "derived",
  };
}

function toFigure(p: ResolvedPoint): Figure | null {
  const tonnes = toTonnes(p.value, p.unit);
  const value = tonnes ?? Number(p.value);
  if (!Number.isFinite(value)) return null;
  const scale = tonnes !== null && p.unit === "kg" ? 1e-3 : 1;
  const step = Number(precisionUnit(p.value)) * scale;
  return { period: p.period, value, unit: tonnes !== null ? "t" : p.unit, halfStep: step / 2, point: p };
}

/**
 * The same book with every span made from totals released at different times widened by how far
 * revisions could have moved it (`revisionReach`): a statement such a span refutes on this book is
 * wrong whatever the revisions between its releases were.
 */
export function withRevisions(book: FigureBook): FigureBook {
  return {
    ...book,
    point: (key, period) => {
      const f = book.point(key, period);
      return f?.revisionReach === undefined ? f : { ...f, halfStep: f.halfStep + f.revisionReach };
    },
  };
}

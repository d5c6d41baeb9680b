// Finds every trade-figure claim in a text. Reads clause by clause the way a reader does: the
// product, destination, reporter and period named earlier carry over until the text names new
// ones; numbers whose nearest subject is not a trade flow (tariffs, prices, revenue) are skipped.

import type { ExtractOptions, ExtractedClaim, Grounding, Stated } from "../types.js";
import { findChanges, type ChangeHit } from "./find-changes.js";
import { MODAL_BEFORE, findDirections } from "./find-directions.js";
import { findLevels, findShares } from "./find-figures.js";
import { findRanks, type RankHit } from "./find-ranks.js";
import { findPeriods, fromIndex, mainPeriod, parseMonth, resolveMonthName, toIndex, yearMentioned, type PeriodMention } from "./periods.js";
import { segment, type Segment } from "./segment.js";
import { findPartner, findReporter, findSeries, mentionsChina, mentionsChinaImports, mentionsTotal, subjectAt } from "./subjects.js";

/** Words by which a sentence points back to the destination of the one before. */
const BACK_REFERENCE = /\b(?:they|them|their|it|its|those|these|there|such (?:shipments|exports|sales))\b/i;

/** What a reader carries from clause to clause. */
interface Context {
  series: string | null;
  partner: string;
  reporter: string;
  flow: "export" | "import";
  period: string | null;
  year: number | null;
  trade: boolean;
  /** Where series, partner and period were last set: the segment index and its sentence index. */
  setAt: Record<"series" | "partner" | "period", { seg: number; sentence: number; how: "named" | "default" } | null>;
  seg: number;
  sentence: number;
}

/**
 * Extracts the trade-figure claims of a text, each with its exact span.
 * @example extractClaims("Magnet exports rose 12% in November.", { published: "2025-12-20" })
 *   // [{ kind: "change", series: "rare-earth-magnets", period: "2025-11", stated: { pct: 12, ... } }]
 */
export function extractClaims(text: string, opts: ExtractOptions = {}): ExtractedClaim[] {
  const input = typeof text === "string" ? text : "";
  const latest = latestMonth(opts.published);
  const ctx: Context = {
    series: null, partner: "WLD", reporter: "CHN", flow: "export", period: null, year: null, trade: false,
    setAt: { series: null, partner: null, period: null }, seg: -1, sentence: -1,
  };
  const claims: ExtractedClaim[] = [];
  // a line break inside a paragraph is a space to a reader ("the United\nStates"); same length, so offsets hold
  const flowing = input.replace(/(?<![\n\r])\r?\n(?![\r\n])/g, (m) => " ".repeat(m.length));
  for (const seg of segment(flowing)) {
    ctx.seg++;
    if (seg.sentenceStart) ctx.sentence++;
    updateContext(ctx, seg);
    const mentions = findPeriods(seg.text, { latest, year: ctx.year });
    const main = mainPeriod(mentions);
    if (main) {
      ctx.period = main.period;
      mark(ctx, "period", "named");
    }
    for (const c of clauseClaims(seg, mentions, ctx)) claims.push({ ...c, text: input.slice(c.start, c.end) });
  }
  return claims;
}

/** The month before publication, the latest an article can report. */
function latestMonth(published: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(published ?? "");
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return toIndex(Number(m[1]), month) - 1;
}

function updateContext(ctx: Context, seg: Segment): void {
  const clause = seg.text;
  if (seg.sentenceStart) ctx.year = null;
  ctx.year = yearMentioned(clause) ?? ctx.year;
  const series = findSeries(clause)[0];
  if (series) {
    ctx.series = series.value;
    mark(ctx, "series", "named");
  }
  const reporter = findReporter(clause);
  if (reporter) {
    ctx.reporter = reporter;
    ctx.flow = "import";
    ctx.partner = "CHN";
  } else if ((seg.sentenceStart && mentionsChina(clause)) || seg.paragraphStart) {
    ctx.reporter = "CHN";
    ctx.flow = "export";
  }
  if (ctx.reporter === "CHN") {
    if (mentionsChinaImports(clause)) ctx.flow = "import";
    else if (/\b(?:exports?|exported|shipments|outbound)\b/i.test(clause)) ctx.flow = "export";
  }
  const partner = findPartner(clause);
  const home = ctx.reporter === "CHN" ? "WLD" : "CHN";
  if (partner && partner.value !== ctx.reporter) {
    ctx.partner = partner.value;
    mark(ctx, "partner", "named");
  } else if (mentionsTotal(clause) && ctx.reporter === "CHN") {
    ctx.partner = "WLD";
    mark(ctx, "partner", "named");
  } else if (seg.sentenceStart && !reporter && (series || /\b(?:exports|shipments)\b/i.test(clause) || !BACK_REFERENCE.test(clause))) {
    // a new sentence that names no destination and does not point back ("they", "its") speaks of the total
    ctx.partner = home;
    mark(ctx, "partner", series || /\b(?:exports|shipments)\b/i.test(clause) ? "named" : "default");
  }
  const trade = subjectAt(clause, clause.length, clause.length);
  if (trade !== null || series) ctx.trade = trade === "trade" || Boolean(series);
}

function mark(ctx: Context, part: "series" | "partner" | "period", how: "named" | "default"): void {
  ctx.setAt[part] = { seg: ctx.seg, sentence: ctx.sentence, how };
}

/** How a part of the context reached the current clause. */
function grounding(ctx: Context, part: "series" | "partner" | "period"): Grounding {
  const at = ctx.setAt[part];
  if (at === null || at.how === "default") return "default";
  if (at.seg === ctx.seg) return "clause";
  return at.sentence === ctx.sentence ? "sentence" : "carried";
}

type Draft = Omit<ExtractedClaim, "text">;

function clauseClaims(seg: Segment, mentions: PeriodMention[], ctx: Context): Draft[] {
  const clause = seg.text;
  const out: Draft[] = [];
  const isTrade = (s: number, e: number) => {
    const subject = subjectAt(clause, s, e);
    return subject === null ? ctx.trade : subject === "trade";
  };
  const base = (period: string | null, kind: Draft["kind"], s: number, e: number, stated: Stated): Draft => ({
    start: seg.start + s, end: seg.start + e, kind, series: ctx.series, reporter: ctx.reporter, flow: ctx.flow,
    partner: ctx.partner, period, stated,
    grounds: { series: grounding(ctx, "series"), partner: grounding(ctx, "partner"), period: period === ctx.period ? grounding(ctx, "period") : "clause" },
    alternatives: [], mode: "reported",
  });
  const cumulative = (p: string | null) => (p !== null && p.includes("..") ? "ytd" : null);
  const shares = findShares(clause);
  const changes = findChanges(clause).filter((c) => !shares.some((s) => c.start < s.end && c.end > s.start));
  const ranks = findRanks(clause);
  for (const c of changes) {
    if (!isTrade(c.start, c.end) || MODAL_BEFORE.test(clause.slice(Math.max(0, c.start - 30), c.start))) continue;
    const basis = changeBasis(clause, c, mentions, ctx.period);
    const stated: Stated = { type: "change", pct: c.pct, unit: c.unit, basis, direction: c.pct < 0 ? "down" : "up", hedge: c.hedge, low: c.low, high: c.high, raw: clause.slice(c.start, c.end) };
    const named = c.basis !== null || baseMonth(c.start, mentions, ctx.period) !== null || /^\d{4}-\d{2}$/.test(basis);
    const draft = base(ctx.period, cumulative(ctx.period) ?? "change", c.start, c.end, stated);
    out.push({ ...draft, grounds: { ...draft.grounds, basis: named ? "clause" : "default" } });
  }
  for (const l of findLevels(clause)) {
    if (!isTrade(l.start, l.end)) continue;
    const period = levelPeriod(clause, l.start, l.end, mentions, changes, ctx.period);
    const stated: Stated = { type: "level", value: l.value, unit: l.unit, hedge: l.hedge, low: l.low, high: l.high, raw: clause.slice(l.start, l.end) };
    out.push(base(period, cumulative(period) ?? "level", l.start, l.end, stated));
  }
  for (const r of ranks) {
    if (!isTrade(r.start, r.end)) continue;
    const stated = rankStated(clause, r, mentions, ctx.period);
    out.push(base(ctx.period, "rank", r.start, r.end, stated));
  }
  for (const s of shares) {
    if (!isTrade(s.start, s.end)) continue;
    out.push(base(ctx.period, "share", s.start, s.end, { type: "share", pct: s.pct, hedge: s.hedge, low: s.low, high: s.high, raw: clause.slice(s.start, s.end) }));
  }
  for (const d of findDirections(clause)) {
    const covered = [...changes, ...ranks.filter((r) => r.type === "streak")].some((h) => h.start < d.end + 45 && h.end > d.start && h.start >= d.start - 2);
    if (covered || !isTrade(d.start, d.end)) continue;
    const basis = basisFor(clause, d.start, d.end, mentions, ctx.period);
    const draft = base(ctx.period, "direction", d.start, d.end, { type: "direction", direction: d.direction, basis, raw: clause.slice(d.start, d.end) });
    const named = basis !== "mom" || baseMonth(d.start, mentions, ctx.period) !== null || /\b(?:month[- ]on[- ]month|m\/m|mom|from the previous month|sequentially)\b/i.test(clause);
    out.push({ ...draft, grounds: { ...draft.grounds, basis: named ? "clause" : "default" } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The comparison a change is made against: a named month, `yoy`, or `mom` (the default). */
function changeBasis(clause: string, c: ChangeHit, mentions: PeriodMention[], period: string | null): string {
  const month = baseMonth(c.start, mentions, period);
  if (month !== null) return normaliseBasis(month, period);
  if (c.basis) return c.basis;
  return period !== null && period.includes("..") ? "yoy" : "mom";
}

function basisFor(clause: string, s: number, e: number, mentions: PeriodMention[], period: string | null): string {
  const hit: ChangeHit = { start: s, end: e, pct: 0, unit: "%", hedge: null, basis: null, low: null, high: null };
  const yoy = /\b(?:year[- ]on[- ]year|on[- ]year|from a year (?:earlier|ago)|than a year (?:earlier|ago)|y\/y)/i.test(clause.slice(e, e + 60));
  if (yoy) hit.basis = "yoy";
  return changeBasis(clause, hit, mentions, period);
}

/** The base month named after a change ("from October"), resolved before the claim's month. */
function baseMonth(at: number, mentions: PeriodMention[], period: string | null): string | null {
  const m = mentions.find((p) => p.role === "base" && p.shape === "month" && p.start >= at && p.start - at < 90)
    ?? mentions.find((p) => p.role === "base" && p.shape === "month" && p.start < at);
  if (!m) return null;
  const own = period === null ? null : parseMonth(period);
  if (m.explicitYear || own === null) return m.period;
  const idx = resolveMonthName(Number(m.period.slice(5)), null, own - 1);
  return idx === null ? m.period : fromIndex(idx);
}

function normaliseBasis(month: string, period: string | null): string {
  const own = period === null ? null : parseMonth(period);
  const base = parseMonth(month);
  if (own === null || base === null) return month;
  if (own - base === 1) return "mom";
  if (own - base === 12) return "yoy";
  return month;
}

/** A tonnage's own period: "5,473 tonnes in October", "up from 5,473 t" (the base), or the clause's. */
function levelPeriod(clause: string, s: number, e: number, mentions: PeriodMention[], changes: ChangeHit[], period: string | null): string | null {
  const after = mentions.find((p) => p.start >= e && p.start - e <= 12 && /^,?\s(?:in|during|for|of)\s/i.test(clause.slice(e, p.start + 1)));
  if (after) return after.role === "base" && !after.explicitYear ? baseMonth(after.start - 1, [after], period) ?? after.period : after.period;
  const from = /\b(?:from|than|compared with)\s(?:(?:a|an|about|around|roughly|some)\s)?$/i.test(clause.slice(Math.max(0, s - 20), s));
  if (from && period !== null && !period.includes("..")) {
    const own = parseMonth(period);
    const c = changes.find((x) => x.start < s);
    const basis = c ? changeBasis(clause, c, mentions, period) : "mom";
    if (own !== null && basis === "mom") return fromIndex(own - 1);
    if (own !== null && basis === "yoy") return fromIndex(own - 12);
    if (/^\d{4}-\d{2}$/.test(basis)) return basis;
  }
  return period;
}

function rankStated(clause: string, r: RankHit, mentions: PeriodMention[], period: string | null): Stated {
  const raw = clause.slice(r.start, r.end);
  if (r.type === "streak") return { type: "streak", n: r.n, direction: r.direction === "down" ? "down" : "up", raw };
  const direction = r.direction === "low" ? "low" : "high";
  const scope = r.scope;
  if (scope?.type === "since") {
    const m = mentions.find((p) => p.role === "since" && p.start >= r.start && p.start - r.end < 40);
    const own = period === null ? null : parseMonth(period);
    let since = m?.period ?? null;
    if (m && !m.explicitYear && m.shape === "month" && own !== null) {
      const idx = resolveMonthName(Number(m.period.slice(5)), null, own - 1);
      since = idx === null ? since : fromIndex(idx);
    }
    if (since !== null && since.includes("..")) since = since.slice(0, 4);
    return { type: "rank", n: r.n, direction, scope: since === null ? { type: "record" } : { type: "since", period: since }, raw };
  }
  if (scope?.type === "year") {
    const year = scope.year ?? (period === null ? null : Number(period.slice(0, 4)));
    return { type: "rank", n: r.n, direction, scope: year === null ? { type: "record" } : { type: "year", year }, raw };
  }
  return { type: "rank", n: r.n, direction, scope: scope ?? { type: "record" }, raw };
}

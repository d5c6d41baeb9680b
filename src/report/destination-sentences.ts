// Templates for destinations: who moved most on the month, who takes what share, and divergence
// (the total up while a major buyer falls, or the reverse), the pattern analysts call selective
// allocation. Named groups (EU27, regions) are kept, since the press reports them, but regions are not.
import { addMonths } from "../domain/period.js";
import type { Mover, Stats } from "../analytics/types.js";
import type { BriefSentence } from "./brief-types.js";
import { direction, formatPct, formatQty, joinList, monthLabel } from "./format-figures.js";
import { partnerLabel, partnerName } from "./partner-names.js";
import { fig, sentence, type NoteBook } from "./sentence.js";

const MAX_MOVERS = 4;
const MAX_SHARES = 3;

const isRegion = (code: string) => code.includes("_");

/**
 * Destination sentences for a world-total month; empty when the stats carry no destinations.
 * @example destinationSentences(stats, book).map((s) => s.id) // ["movers", "shares", "divergence"]
 */
export function destinationSentences(stats: Stats, book: NoteBook): BriefSentence[] {
  const out: BriefSentence[] = [];
  const movers = moversSentence(stats, book);
  if (movers) out.push(movers);
  const shares = sharesSentence(stats, book);
  if (shares) out.push(shares);
  const divergence = divergenceSentence(stats, book);
  if (divergence) out.push(divergence);
  return out;
}

function moversSentence(stats: Stats, book: NoteBook): BriefSentence | null {
  const prev = addMonths(stats.period, -1);
  const movers = (stats.movers?.absolute ?? [])
    .filter((m) => !isRegion(m.partner))
    .sort((a, b) => Math.abs(b.change_abs) - Math.abs(a.change_abs) || a.partner.localeCompare(b.partner))
    .slice(0, MAX_MOVERS);
  if (movers.length === 0) return null;
  const parts: (string | ReturnType<typeof fig>)[] = [
    `By destination, the largest moves on ${monthLabel(prev, false)}: `,
  ];
  movers.forEach((m, i) => {
    if (i > 0) parts.push(i === movers.length - 1 ? " and " : ", ");
    parts.push(...moverParts(m, stats, book));
  });
  parts.push(".");
  return sentence("movers", parts);
}

function moverParts(m: Mover, stats: Stats, book: NoteBook): (string | ReturnType<typeof fig>)[] {
  const unit = stats.unit ?? "";
  const now = { partner: m.partner, period: stats.period };
  const before = { partner: m.partner, period: addMonths(stats.period, -1) };
  const change =
    m.change_pct === null
      ? fig(book, `${direction(m.change_abs)} ${formatQty(Math.abs(m.change_abs))} ${unit}`, now, before)
      : fig(book, `${direction(m.change_abs)} ${formatPct(m.change_pct)}`, now, before);
  return [
    `${partnerName(m.partner)} `,
    change,
    " to ",
    fig(book, `${formatQty(m.value)} ${unit}`, now),
    " (from ",
    fig(book, `${formatQty(m.prev_value)} ${unit}`, before),
    ")",
  ];
}

function sharesSentence(stats: Stats, book: NoteBook): BriefSentence | null {
  const top = (stats.shares ?? [])
    .filter((s) => !isRegion(s.partner))
    .sort((a, b) => b.value - a.value || a.partner.localeCompare(b.partner))
    .slice(0, MAX_SHARES);
  if (top.length === 0) return null;
  const prevMonth = monthLabel(addMonths(stats.period, -1), false);
  const total = { partner: "WLD", period: stats.period };
  const parts: (string | ReturnType<typeof fig>)[] = ["Shares of the total: "];
  top.forEach((s, i) => {
    if (i > 0) parts.push(i === top.length - 1 ? " and " : ", ");
    parts.push(
      `${partnerName(s.partner)} `,
      fig(book, `${s.share_pct.toFixed(1)}%`, { partner: s.partner, period: stats.period }, total),
    );
    if (s.prev_share_pct !== null) parts.push(` (${s.prev_share_pct.toFixed(1)}% in ${prevMonth})`);
  });
  parts.push(".");
  return sentence("shares", parts);
}

function divergenceSentence(stats: Stats, book: NoteBook): BriefSentence | null {
  const split = (stats.divergence ?? []).filter(
    (d) => d.total_direction !== d.partner_direction && !isRegion(d.partner),
  );
  if (split.length === 0 || stats.mom_pct === null) return null;
  const totalUp = split[0]!.total_direction === "up";
  const prev = addMonths(stats.period, -1);
  const total = fig(
    book,
    formatPct(stats.mom_pct),
    { partner: "WLD", period: stats.period },
    { partner: "WLD", period: prev },
  );
  const names = split.map((d) => partnerName(d.partner));
  const changes = split.flatMap((d, i) => {
    const label =
      d.change_pct === null
        ? `${formatQty(Math.abs(d.value - d.prev_value))} ${stats.unit ?? ""}`
        : formatPct(d.change_pct);
    const part = fig(
      book,
      label,
      { partner: d.partner, period: stats.period },
      { partner: d.partner, period: prev },
    );
    return i === 0 ? [part] : [i === split.length - 1 ? " and " : ", ", part];
  });
  const verb = totalUp ? "fell" : "rose";
  return sentence(`divergence:${split.map((d) => d.partner).join("+")}`, [
    `The total ${totalUp ? "rose" : "fell"} `,
    total,
    ` while exports to ${joinList(names)} ${verb} `,
    ...changes,
    ": ",
    totalUp
      ? "the pattern analysts call selective allocation, more for some buyers and less for others."
      : `${partnerLabel(split[0]!.partner)} ${split.length > 1 ? "and others gained" : "gained"} against the trend, another sign of allocation by buyer.`,
  ]);
}

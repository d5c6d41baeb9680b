// The month's key figures as cards: level, change on the month and the year, rank in the record,
// year to date. A figure that cannot be computed shows why instead of a number.
import { el, fill } from "./dom.js";
import {
  addMonths,
  formatChange,
  formatPct,
  formatPeriod,
  formatValue,
  ordinal,
  plainReason,
} from "./format.js";

/** Draw the cards for one month's stats; `point` is the series point of that month, if any. */
export function renderKeyFigures(container, stats, point) {
  const unit = stats.unit ?? "t";
  fill(
    container,
    levelCard(stats, point, unit),
    changeCard(
      "On the month",
      stats.mom_pct,
      stats.mom_abs,
      addMonths(stats.period, -1),
      stats.reasons.mom_pct,
      unit,
    ),
    changeCard(
      "On the year",
      stats.yoy_pct,
      stats.yoy_abs,
      addMonths(stats.period, -12),
      stats.reasons.yoy_pct,
      unit,
    ),
    rankCard(stats),
    ytdCard(stats, unit),
  );
}

function card(label, value, tone, ...details) {
  return el(
    "article",
    { class: `card ${tone ?? ""}`.trim() },
    el("h3", { class: "card-label" }, label),
    el("p", { class: /[a-z]{3}/.test(value) ? "card-value words" : "card-value" }, value),
    details.filter(Boolean).map((d) => (typeof d === "string" ? el("p", { class: "card-detail" }, d) : d)),
  );
}

function missing(reason) {
  return el("p", { class: "card-reason" }, `Not computed: ${plainReason(reason ?? "no figure")}.`);
}

function levelCard(stats, point, unit) {
  if (stats.level === null)
    return card("Level", "—", "empty", formatPeriod(stats.period, true), missing(stats.reasons.level));
  const badges = [
    point?.conflict ? el("span", { class: "badge warn" }, "sources disagree") : null,
    stats.derived ? el("span", { class: "badge" }, "derived from a cumulative total") : null,
  ];
  const sources = point ? `${point.sources} source${point.sources === 1 ? "" : "s"}` : null;
  return card(
    "Level",
    formatValue(stats.level, unit),
    null,
    [formatPeriod(stats.period, true), sources].filter(Boolean).join(" · "),
    badges.some(Boolean) ? el("p", { class: "card-detail" }, badges) : null,
  );
}

function changeCard(label, pct, abs, against, reason, unit) {
  if (pct === null) return card(label, "—", "empty", `against ${formatPeriod(against)}`, missing(reason));
  const tone = pct > 0 ? "up" : pct < 0 ? "down" : null;
  return card(label, formatPct(pct), tone, `${formatChange(abs, unit)} against ${formatPeriod(against)}`);
}

function rankCard(stats) {
  if (stats.rank === null) return card("Rank in the record", "—", "empty", missing(stats.reasons.rank));
  // Quote the nearer end of the record: "3rd-lowest" says more than "22nd-highest".
  const fromTop = stats.rank_low === null || stats.rank <= stats.rank_low;
  const rank = fromTop ? stats.rank : stats.rank_low;
  const end = fromTop ? "highest" : "lowest";
  const value = rank === 1 ? `${capitalise(end)} on record` : `${capitalise(ordinal(rank))}-${end}`;
  const window = stats.record_window
    ? `of ${stats.record_months} months, ${formatPeriod(stats.record_window.from)} to ${formatPeriod(stats.record_window.to)}`
    : null;
  const sinceMonth = fromTop ? stats.highest_since : stats.lowest_since;
  const since =
    sinceMonth && rank !== 1 ? `${capitalise(end)} since ${formatPeriod(sinceMonth, true)}` : null;
  const streak = streakText(stats.streak);
  const count = stats.record_gaps.length;
  const gaps =
    count > 0
      ? el(
          "p",
          {
            class: "card-reason",
            title: `Missing: ${stats.record_gaps.map((p) => formatPeriod(p)).join(", ")}`,
          },
          `${count} month${count === 1 ? " is" : "s are"} missing from the record (${plainReason(`missing ${stats.record_gaps.join(", ")}`).replace(/^missing /, "")}), so the true rank may differ.`,
        )
      : null;
  return card(
    "Rank in the record",
    value,
    null,
    window,
    [since, streak].filter(Boolean).join(" · ") || null,
    gaps,
  );
}

function streakText(streak) {
  if (!streak || Math.abs(streak) < 2) return null;
  return `${capitalise(ordinal(Math.abs(streak)))} straight ${streak > 0 ? "rise" : "fall"}`;
}

const YTD_BASIS = {
  stated: "a stated cumulative total",
  months: "the sum of the months",
  made: "made from the totals held",
};

function ytdCard(stats, unit) {
  const year = stats.period.slice(0, 4);
  const months = formatPeriod(`${year}-01..${stats.period}`);
  if (stats.ytd === null) return card("Year to date", "—", "empty", months, missing(stats.reasons.ytd));
  const basis = `${months}, ${YTD_BASIS[stats.ytd_basis] ?? YTD_BASIS.months}`;
  const change =
    stats.ytd_yoy_pct === null
      ? missing(`change on last year: ${stats.reasons.ytd_yoy_pct ?? "no figure"}`)
      : `${formatPct(stats.ytd_yoy_pct)} on the same months of ${Number(year) - 1}`;
  return card("Year to date", formatValue(stats.ytd, unit), null, basis, change);
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

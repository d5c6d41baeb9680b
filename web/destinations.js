// Where the world total went this month: each destination's share and its change, the biggest
// movers, concentration (HHI), and destinations moving against the total called out.
import { el, fill, stackable } from "./dom.js";
import { formatChange, formatPct, formatPeriod, formatPp, formatValue } from "./format.js";
import { partnerName } from "./names.js";

/** Draw the destination breakdown of world stats; `onPick(partner)` selects a partner. */
export function renderDestinations(container, stats, onPick) {
  const shares = stats.shares ?? [];
  const unit = stats.unit ?? "t";
  if (stats.level === null || shares.length === 0) {
    fill(
      container,
      el("p", { class: "empty-note" }, `No destination figures for ${formatPeriod(stats.period, true)}.`),
    );
    return;
  }
  const covered = shares.reduce((sum, s) => sum + s.share_pct, 0);
  fill(
    container,
    divergenceNote(stats),
    el(
      "p",
      { class: "note" },
      `${shares.length} destination${shares.length === 1 ? "" : "s"} reported, together ${covered.toFixed(1)}% of the world total of ${formatValue(stats.level, unit)}.`,
      hhiText(stats),
    ),
    el("div", { class: "table-scroll" }, sharesTable(stats, shares, unit, onPick)),
  );
}

function divergenceNote(stats) {
  const split = stats.divergence ?? [];
  if (split.length === 0) return null;
  const total = stats.mom_pct === null ? "" : ` (${formatPct(stats.mom_pct)})`;
  return el(
    "div",
    { class: "callout", role: "note" },
    el("strong", {}, "Destinations moved apart. "),
    split.map((d) => {
      const others = d.counterparts?.length
        ? `, while ${d.counterparts.map(partnerName).join(" and ")} moved with it`
        : "";
      return `The total went ${d.total_direction}${total} but ${partnerName(d.partner)} went ${d.partner_direction} ${formatPct(d.change_pct)} to ${formatValue(d.value, stats.unit ?? "t")}${others}. `;
    }),
    "A split like this can point to selective licensing rather than a general change in supply.",
  );
}

function hhiText(stats) {
  if (!stats.hhi || stats.hhi.value === null) return "";
  const caveat = stats.reasons.hhi ? " (over the reported destinations only)" : "";
  return ` Concentration (HHI) ${Math.round(stats.hhi.value).toLocaleString("en-GB")}${stats.hhi.prev === null ? "" : `, ${Math.round(stats.hhi.prev).toLocaleString("en-GB")} the month before`}${caveat}.`;
}

function sharesTable(stats, shares, unit, onPick) {
  const maxShare = Math.max(...shares.map((s) => s.share_pct));
  const diverging = new Set((stats.divergence ?? []).map((d) => d.partner));
  return stackable(
    el(
      "table",
      { class: "data shares" },
      el("caption", { class: "visually-hidden" }, `Destination shares, ${formatPeriod(stats.period, true)}`),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, "Destination"),
          el("th", { scope: "col", class: "num" }, unit === "t" ? "Tonnes" : unit),
          el("th", { scope: "col" }, "Share of total"),
          el("th", { scope: "col", class: "num" }, "Change on month"),
          el("th", { scope: "col", class: "num" }, "Share shift"),
        ),
      ),
      el(
        "tbody",
        {},
        shares.map((s) => {
          const change = s.prev_value === null ? null : s.value - s.prev_value;
          const pct = s.prev_value ? (change / s.prev_value) * 100 : null;
          return el(
            "tr",
            { class: diverging.has(s.partner) ? "diverging" : null },
            el(
              "th",
              { scope: "row" },
              el(
                "button",
                { type: "button", class: "link", onclick: () => onPick(s.partner) },
                partnerName(s.partner),
              ),
            ),
            el("td", { class: "num" }, formatValue(s.value)),
            el(
              "td",
              {},
              el(
                "span",
                { class: "bar" },
                el("span", {
                  class: "bar-fill",
                  style: `width:${((s.share_pct / maxShare) * 100).toFixed(1)}%`,
                }),
              ),
              el("span", { class: "bar-label" }, `${s.share_pct.toFixed(1)}%`),
            ),
            el(
              "td",
              { class: `num ${tone(change)}` },
              change === null ? "—" : `${formatChange(change)} (${formatPct(pct)})`,
            ),
            el("td", { class: `num ${tone(s.share_change_pp)}` }, formatPp(s.share_change_pp)),
          );
        }),
      ),
    ),
  );
}

function tone(value) {
  if (value === null || value === undefined || value === 0) return "";
  return value > 0 ? "up" : "down";
}

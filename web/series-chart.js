// The series as a line chart drawn with Observable Plot (loaded as a browser bundle): months
// without a figure break the line, policy events are vertical rules, the chosen month is marked,
// and one tooltip per month gives the figure and the events of that month.
import { el, fill } from "./dom.js";
import { formatPeriod, formatValue, monthRange } from "./format.js";

/** Event kinds grouped for colour: restrictions, easing, and everything else. */
const EVENT_GROUPS = [
  { name: "Restriction", color: "#b4442f", kinds: ["export_control", "retaliation", "enforcement"] },
  { name: "Easing or deal", color: "#2f7a4f", kinds: ["licence", "trade_deal", "summit", "suspension"] },
  { name: "Other policy event", color: "#7a6a9a", kinds: [] },
];

function groupOf(kind) {
  return EVENT_GROUPS.find((g) => g.kinds.includes(kind)) ?? EVENT_GROUPS[2];
}

const monthDate = (period) => new Date(`${period}-01T00:00:00Z`);

/** Draw the chart into `container` (and its legend into `legend`) at the container's width. */
export function renderSeriesChart(container, legend, { series, events, month, onPick }) {
  const Plot = window.Plot;
  if (!Plot) {
    fill(container, el("p", { class: "error" }, "The chart library did not load."));
    return;
  }
  const points = series.points;
  if (points.length === 0) {
    fill(container, el("p", { class: "empty-note" }, "No monthly figures for this partner."));
    fill(legend);
    return;
  }
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const months = monthRange(points[0].period, points[points.length - 1].period);
  const dated = events
    .map((e) => ({ ...e, date: eventDate(e) }))
    .filter(
      (e) => e.date && e.date.slice(0, 7) >= months[0] && e.date.slice(0, 7) <= months[months.length - 1],
    )
    .map((e) => ({ ...e, at: new Date(`${e.date}T00:00:00Z`), group: groupOf(e.kind) }));
  const unit = series.unit ?? "t";
  const rows = months.map((period) => {
    const point = byPeriod.get(period);
    const inMonth = dated.filter((e) => e.date.slice(0, 7) === period);
    return { period, date: monthDate(period), value: point ? point.value : null, point, events: inMonth };
  });
  const top = Math.max(...points.map((p) => p.value));
  const width = Math.max(300, container.clientWidth);
  const chosen = rows.filter((r) => r.period === month && r.value !== null);
  const chart = Plot.plot({
    width,
    height: width < 560 ? 260 : 340,
    marginLeft: 56,
    marginRight: 16,
    style: { fontSize: "12px", fontFamily: "inherit", background: "transparent", overflow: "visible" },
    x: { type: "utc", label: null, ticks: width < 560 ? 4 : 8 },
    y: { grid: true, label: unit === "t" ? "tonnes" : unit, domain: [0, top * 1.08], nice: true },
    marks: [
      Plot.ruleX(dated, {
        x: "at",
        stroke: (d) => d.group.color,
        strokeOpacity: 0.55,
        strokeDasharray: "3,3",
      }),
      Plot.ruleY([0], { stroke: "#9aa3ad" }),
      Plot.line(rows, { x: "date", y: "value", stroke: "#1f4e79", strokeWidth: 2, curve: "linear" }),
      Plot.dot(
        rows.filter((r) => r.value !== null),
        { x: "date", y: "value", r: 2.5, fill: "#1f4e79" },
      ),
      Plot.dot(
        rows.filter((r) => r.point?.conflict),
        { x: "date", y: "value", r: 5, stroke: "#c27c0e", strokeWidth: 2 },
      ),
      Plot.ruleX(chosen, { x: "date", stroke: "#1f4e79", strokeOpacity: 0.25, strokeWidth: 8 }),
      Plot.dot(chosen, { x: "date", y: "value", r: 5.5, fill: "#fff", stroke: "#1f4e79", strokeWidth: 2.5 }),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "date",
          y: (r) => r.value ?? 0,
          title: (r) => tipText(r, unit),
          fontSize: 12,
          lineHeight: 1.3,
        }),
      ),
    ],
  });
  chart.setAttribute(
    "aria-label",
    `${formatPeriod(months[0])} to ${formatPeriod(months[months.length - 1])}, ${points.length} months with figures`,
  );
  // Plot keeps the month under the pointer as the chart's value: a click selects that month.
  chart.addEventListener("click", () => {
    if (onPick && chart.value?.point) onPick(chart.value.period);
  });
  chart.style.cursor = "pointer";
  fill(container, chart);
  renderLegend(legend, dated);
}

/** When an event took effect (or was announced), as YYYY-MM-DD; a month alone counts as its first day. */
function eventDate(event) {
  for (const date of [event.effective, event.announced]) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) return date;
    if (/^\d{4}-\d{2}$/.test(date ?? "")) return `${date}-01`;
  }
  return null;
}

function tipText(row, unit) {
  const head = row.point
    ? `${formatPeriod(row.period, true)}: ${formatValue(row.value, unit)} (${row.point.sources} source${row.point.sources === 1 ? "" : "s"}${row.point.conflict ? ", sources disagree" : ""})`
    : `${formatPeriod(row.period, true)}: no figure`;
  const events = row.events.map((e) => `${e.date} ${e.kind.replace(/_/g, " ")}: ${shorten(e.summary, 90)}`);
  return [head, ...events].join("\n");
}

function shorten(text, n) {
  return text.length <= n ? text : `${text.slice(0, n - 1).trimEnd()}…`;
}

function renderLegend(legend, dated) {
  const used = EVENT_GROUPS.filter((g) => dated.some((e) => e.group === g));
  fill(
    legend,
    el("li", {}, el("span", { class: "swatch line" }), "Resolved monthly figure"),
    el("li", {}, el("span", { class: "swatch conflict" }), "Sources disagree"),
    used.map((g) =>
      el(
        "li",
        {},
        el("span", { class: "swatch rule", style: `border-color:${g.color}` }),
        `${g.name} (${dated.filter((e) => e.group === g).length})`,
      ),
    ),
  );
}

// The dashboard page: reads the state from the query string, loads the series, the month's figures
// and their sources from the API, and draws each section. Every change of series, partner or month
// is a new history entry, so links can be shared and back/forward work.
import { getJson } from "./api.js";
import { el, fill } from "./dom.js";
import { renderDestinations } from "./destinations.js";
import { addMonths, formatPeriod } from "./format.js";
import { renderKeyFigures } from "./key-figures.js";
import { partnerName, SERIES, seriesName } from "./names.js";
import { renderConflicts, renderEvidence } from "./provenance.js";
import { renderSeriesChart } from "./series-chart.js";
import { readState, writeState } from "./url-state.js";
import { setUpVerifyPanel } from "./verify-panel.js";

const $ = (id) => document.getElementById(id);
const view = {
  status: $("status"),
  content: $("content"),
  title: $("title"),
  series: $("series"),
  partner: $("partner"),
  month: $("month"),
  prev: $("prev-month"),
  next: $("next-month"),
  brief: $("brief-link"),
  cards: $("cards"),
  chart: $("chart"),
  legend: $("chart-legend"),
  destinationsSection: $("destinations-section"),
  destinations: $("destinations"),
  conflicts: $("conflicts"),
  evidence: $("evidence"),
};

let state = readState();
let loaded = null; // what the sections currently show, for redrawing the chart on resize
let generation = 0; // a newer load makes the answers of an older one stale

async function load() {
  const mine = ++generation;
  setStatus("loading", "Loading figures…");
  document.body.classList.add("is-loading");
  try {
    const data = await fetchAll(state);
    if (mine !== generation) return;
    if (state.month !== data.month) {
      state = { ...state, month: data.month };
      writeState(state, { replace: true });
    }
    loaded = data;
    render(data);
    setStatus(null);
  } catch (error) {
    if (mine !== generation) return;
    loaded = null;
    view.content.hidden = true;
    renderPendingControls();
    setStatus(
      "error",
      error.status === 404
        ? `Nothing to show: ${error.message}.`
        : `The figures could not be loaded: ${error.message}.`,
    );
    view.status.append(" ", el("a", { href: "/" }, "Show rare-earth magnets"));
  } finally {
    if (mine === generation) document.body.classList.remove("is-loading");
  }
}

async function fetchAll({ series, partner, month }) {
  // side by side, but the first failure in this order is the one shown: the series' own error
  // ("unknown series") rather than whichever request happened to fail first
  const [world, own, events] = await inOrder([
    getJson(`/api/series/${encodeURIComponent(series)}`),
    partner === "WLD" ? null : getJson(`/api/series/${encodeURIComponent(series)}`, { partner }),
    getJson("/api/events", { commodity: series }),
  ]);
  const chosen = own ?? world;
  const months = unique([...world.points, ...chosen.points].map((p) => p.period)).sort();
  if (months.length === 0)
    throw Object.assign(new Error(`no monthly figures for ${series}`), { status: 404 });
  const at = month ?? chosen.points.at(-1)?.period ?? months.at(-1);
  const key = { partner };
  const [stats, worldStats, evidence, conflicts] = await Promise.all([
    getJson(`/api/stats/${encodeURIComponent(series)}/${at}`, key),
    partner === "WLD" ? null : getJson(`/api/stats/${encodeURIComponent(series)}/${at}`),
    getJson(`/api/evidence/${encodeURIComponent(series)}/${at}`, key),
    getJson("/api/conflicts", { series, partner }),
  ]);
  return {
    series,
    partner,
    month: at,
    months: unique([...months, at]).sort(),
    world,
    chosen,
    events,
    stats,
    worldStats: worldStats ?? stats,
    evidence,
    conflicts,
  };
}

async function inOrder(requests) {
  const settled = await Promise.allSettled(requests);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((s) => s.value);
}

function render(data) {
  view.content.hidden = false;
  document.title = `${seriesName(data.series)}, ${partnerName(data.partner)}, ${formatPeriod(data.month)} — Lodestone`;
  view.title.textContent = `${seriesName(data.series)}: China's exports${data.partner === "WLD" ? "" : ` to ${partnerName(data.partner)}`}`;
  renderControls(data);
  const point = data.chosen.points.find((p) => p.period === data.month);
  renderKeyFigures(view.cards, data.stats, point);
  renderSeriesChart(view.chart, view.legend, chartOptions(data));
  $("destinations-title").textContent = `Destinations of the world total, ${formatPeriod(data.month, true)}`;
  renderDestinations(view.destinations, data.worldStats, (partner) => go({ partner }));
  renderConflicts(view.conflicts, data.conflicts, data.month);
  renderEvidence(view.evidence, data.evidence, data.month);
}

function chartOptions(data) {
  return {
    series: data.chosen,
    events: data.events,
    month: data.month,
    onPick: (month) => month !== data.month && go({ month }),
  };
}

function renderControls(data) {
  fillSeries(data.series);
  fill(
    view.partner,
    partnersOf(data).map((p) =>
      el(
        "option",
        { value: p, selected: p === data.partner },
        p === "WLD" ? "World (all destinations)" : `${partnerName(p)} (${p})`,
      ),
    ),
  );
  fill(
    view.month,
    [...data.months]
      .reverse()
      .map((m) => el("option", { value: m, selected: m === data.month }, formatPeriod(m, true))),
  );
  const index = data.months.indexOf(data.month);
  view.prev.disabled = index <= 0;
  view.next.disabled = index >= data.months.length - 1;
  view.brief.hidden = false;
  view.brief.href = `/api/brief/${data.month}?format=html${data.series === "rare-earth-magnets" ? "" : `&series=${encodeURIComponent(data.series)}`}`;
  view.brief.textContent = `Brief for ${formatPeriod(data.month, true)}`;
}

function fillSeries(id) {
  const series = SERIES.some((s) => s.id === id) ? SERIES : [...SERIES, { id, name: id }];
  fill(
    view.series,
    series.map((s) => el("option", { value: s.id, selected: s.id === id }, s.name)),
  );
}

/** Controls before the figures arrive (or when they cannot): what the URL asks for, nothing more. */
function renderPendingControls() {
  fillSeries(state.series);
  const partners = [...new Set(["WLD", state.partner])];
  fill(
    view.partner,
    partners.map((p) =>
      el(
        "option",
        { value: p, selected: p === state.partner },
        p === "WLD" ? "World (all destinations)" : `${partnerName(p)} (${p})`,
      ),
    ),
  );
  fill(
    view.month,
    state.month
      ? el("option", { value: state.month }, formatPeriod(state.month, true))
      : el("option", { value: "" }, "Latest"),
  );
  view.prev.disabled = true;
  view.next.disabled = true;
  view.brief.hidden = true;
}

/** WLD, then the destinations with figures this month or the month before, then the chosen one. */
function partnersOf(data) {
  const world = data.worldStats;
  const named = [
    ...(world.shares ?? []).map((s) => s.partner),
    ...(world.inputs?.shares ?? []).map((s) => s.partner),
  ];
  return unique(["WLD", ...named.sort(), data.partner]);
}

function unique(items) {
  return [...new Set(items)];
}

function setStatus(kind, text = "") {
  view.status.className = `status ${kind ?? ""}`.trim();
  view.status.textContent = text;
  view.status.hidden = !kind;
}

/** Move to a new state: a history entry, then a fresh load. */
function go(change) {
  state = { ...state, ...change };
  if (change.series) state.month = null;
  writeState(state);
  renderPendingControls();
  void load();
}

function step(n) {
  if (!loaded) return;
  const index = loaded.months.indexOf(loaded.month) + n;
  if (index >= 0 && index < loaded.months.length) go({ month: loaded.months[index] });
}

view.series.addEventListener("change", () => go({ series: view.series.value, partner: "WLD" }));
view.partner.addEventListener("change", () => go({ partner: view.partner.value }));
view.month.addEventListener("change", () => go({ month: view.month.value }));
view.prev.addEventListener("click", () => step(-1));
view.next.addEventListener("click", () => step(1));
$("controls").addEventListener("submit", (event) => event.preventDefault());
window.addEventListener("popstate", () => {
  state = readState();
  renderPendingControls();
  void load();
});
let resizeTimer;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(
    () => loaded && renderSeriesChart(view.chart, view.legend, chartOptions(loaded)),
    150,
  );
});
setUpVerifyPanel({
  form: $("verify-form"),
  text: $("verify-text"),
  published: $("verify-published"),
  example: $("verify-example"),
  result: $("verify-result"),
  // Figures for a month come out around the 20th of the next, so a text about it is read as of then.
  defaultPublished: () => `${addMonths(state.month ?? loaded?.month ?? "2025-11", 1)}-20`,
});
renderPendingControls();
void load();

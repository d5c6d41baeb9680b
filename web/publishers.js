// The "Who gets the numbers right" page: the publishers' track record as a sortable table (the sort
// lives in the address), then every contradicted statement with its evidence and a link to the page
// it appeared on. The first answer can take a while: the server checks every statement once.
import { ApiError, getJson } from "./api.js";
import { el, fill, stackable } from "./dom.js";
import { formatPeriod } from "./format.js";
import { partnerName, seriesName } from "./names.js";

const $ = (id) => document.getElementById(id);
const COLUMNS = [
  { key: "publisher", label: "Publisher", text: true },
  { key: "origin", label: "Origin", text: true },
  { key: "sources", label: "Sources" },
  { key: "checked", label: "Checked" },
  { key: "supported", label: "Supported" },
  { key: "contradicted", label: "Contradicted" },
  { key: "unverifiable", label: "Unverifiable" },
  { key: "share", label: "Share contradicted" },
  { key: "typical_error", label: "Typical error" },
];

let records = [];

async function load() {
  setStatus("loading", "Checking every statement in the store… the first time takes a while.");
  for (;;) {
    try {
      records = (await getJson("/api/publishers")).map((r) => ({
        ...r,
        share: r.checked ? r.contradicted / r.checked : null,
      }));
      break;
    } catch (error) {
      // 503: the server is still checking; it keeps going and answers from memory once done
      if (error instanceof ApiError && error.status === 503) {
        await new Promise((ok) => setTimeout(ok, 3000));
        continue;
      }
      setStatus("error", `The track record could not be loaded: ${error.message}.`);
      return;
    }
  }
  setStatus(null);
  render();
}

function sortState() {
  const params = new URLSearchParams(window.location.search);
  const key = COLUMNS.some((c) => c.key === params.get("sort")) ? params.get("sort") : null;
  return { key, dir: params.get("dir") === "asc" ? "asc" : "desc" };
}

function setSort(key) {
  const now = sortState();
  const dir =
    now.key === key && now.dir === "desc"
      ? "asc"
      : now.key === key
        ? "desc"
        : COLUMNS.find((c) => c.key === key).text
          ? "asc"
          : "desc";
  const params = new URLSearchParams(window.location.search);
  params.set("sort", key);
  params.set("dir", dir);
  window.history.pushState(null, "", `?${params}`);
  renderTable();
}

function sorted() {
  const { key, dir } = sortState();
  if (key === null) return records; // the server's order: contradicted share, then checked count
  const sign = dir === "asc" ? 1 : -1;
  return [...records].sort((a, b) => {
    const [x, y] = [a[key], b[key]];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // no value sorts last either way
    return sign * (typeof x === "string" ? x.localeCompare(y) : x - y);
  });
}

function render() {
  renderTable();
  renderClaims();
}

function renderTable() {
  const { key, dir } = sortState();
  const head = el(
    "tr",
    {},
    COLUMNS.map((c) =>
      el(
        "th",
        {
          scope: "col",
          class: c.text ? null : "num",
          "aria-sort": c.key === key ? (dir === "asc" ? "ascending" : "descending") : null,
        },
        el(
          "button",
          { type: "button", class: "link sort", "data-key": c.key, onclick: () => setSort(c.key) },
          c.label,
          c.key === key ? (dir === "asc" ? " ▲" : " ▼") : "",
        ),
      ),
    ),
  );
  const rows = sorted().map((r) =>
    el(
      "tr",
      { class: r.contradicted > 0 ? "disagrees" : null },
      el("td", {}, r.contradicted > 0 ? el("a", { href: `#${anchor(r)}` }, r.publisher) : r.publisher),
      el("td", {}, r.origin),
      ...["sources", "checked", "supported", "contradicted", "unverifiable"].map((k) =>
        el("td", { class: "num" }, String(r[k])),
      ),
      el("td", { class: "num" }, r.share === null ? "—" : `${(r.share * 100).toFixed(0)}%`),
      el("td", { class: "num" }, r.typical_error === null ? "—" : r.typical_error.toFixed(1)),
    ),
  );
  fill(
    $("table"),
    stackable(el("table", { class: "data", id: "publishers" }, el("thead", {}, head), el("tbody", {}, rows))),
  );
}

function renderClaims() {
  const withClaims = records
    .filter((r) => r.contradicted_claims.length > 0)
    .sort((a, b) => b.contradicted - a.contradicted || a.publisher.localeCompare(b.publisher));
  if (withClaims.length === 0) {
    fill(
      $("claims"),
      el("p", { class: "ok-note" }, "No statement in the store is contradicted by the data."),
    );
    return;
  }
  fill(
    $("claims"),
    withClaims.map((r) =>
      el(
        "article",
        { class: "publisher-claims", id: anchor(r) },
        el(
          "h3",
          {},
          r.publisher,
          " ",
          el("span", { class: "sub" }, `origin ${r.origin} · ${r.contradicted} of ${r.checked} contradicted`),
        ),
        el("ul", { class: "plain claims" }, r.contradicted_claims.map(claimItem)),
      ),
    ),
  );
}

function claimItem(c) {
  const about = [
    c.series ? seriesName(c.series) : null,
    c.partner !== "WLD" ? partnerName(c.partner) : null,
    c.period ? formatPeriod(c.period, true) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return el(
    "li",
    { class: "claim-item" },
    el(
      "p",
      {},
      el("span", { class: "verdict contradicted" }, "Contradicted"),
      " ",
      el("q", {}, c.text),
      c.url
        ? [
            " ",
            el(
              "a",
              { href: c.url, rel: "noopener noreferrer", class: "source-link" },
              c.from === "article" ? "the article" : "the page",
            ),
          ]
        : null,
      c.published ? el("span", { class: "sub" }, ` ${c.published}`) : null,
    ),
    el("p", { class: "sub" }, about),
    c.context ? el("p", { class: "context" }, c.context) : null,
    el("p", { class: "explanation" }, c.explanation),
    c.evidence.length
      ? el(
          "ul",
          { class: "evidence" },
          c.evidence.map((e) =>
            el(
              "li",
              {},
              `${grouped(e.value)} ${e.unit} for ${formatPeriod(e.period, true)}${e.partner !== "WLD" ? ` (${partnerName(e.partner)})` : ""} — `,
              e.url ? el("a", { href: e.url, rel: "noopener noreferrer" }, e.publisher) : e.publisher,
              el("span", { class: "sub" }, ` origin ${e.origin}`),
            ),
          ),
        )
      : null,
  );
}

/** "5666.3" -> "5,666.3": the exact stated decimal, digits grouped. */
function grouped(value) {
  const [int, frac] = String(value).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
}

function anchor(r) {
  return `p-${encodeURIComponent(`${r.publisher}-${r.origin}`).replace(/[^A-Za-z0-9-]/g, "")}`;
}

function setStatus(kind, text) {
  const status = $("status");
  status.className = kind ? `status ${kind}` : "status";
  status.hidden = !kind;
  status.textContent = text ?? "";
}

window.addEventListener("popstate", () => renderTable());
load();

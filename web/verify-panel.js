// "Check a text": posts the text to /api/verify and shows it back with each claim highlighted by
// its verdict, then one row per claim with the stated and actual figures and the sources.
import { postJson } from "./api.js";
import { el, fill, stackable } from "./dom.js";
import { formatPeriod } from "./format.js";
import { partnerName } from "./names.js";

const EXAMPLE =
  "China's rare-earth magnet exports rose 12% in November to 6,150 tonnes, the second-highest on record. " +
  "Shipments to the United States fell 20% to 582 tonnes.";
const VERDICTS = { supported: "Supported", contradicted: "Contradicted", unverifiable: "Unverifiable" };

/** Wire the form; `defaultPublished()` gives the date to assume when none is entered. */
export function setUpVerifyPanel({ form, text, published, example, result, defaultPublished }) {
  example.addEventListener("click", () => {
    text.value = EXAMPLE;
    published.value = "2025-12-20";
    text.focus();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = text.value;
    if (!input.trim()) return;
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fill(result, el("p", { class: "loading" }, "Checking…"));
    try {
      const body = await postJson("/api/verify", {
        text: input,
        // an empty date field lets a date line at the text's head decide, else the dashboard's month
        ...(published.value ? { published: published.value } : { default_published: defaultPublished() }),
      });
      renderResult(result, input, body);
    } catch (error) {
      fill(result, el("p", { class: "error" }, `The text could not be checked: ${error.message}.`));
    } finally {
      button.disabled = false;
    }
  });
}

function renderResult(container, input, body) {
  body.claims.sort((a, b) => a.start - b.start);
  const { supported, contradicted, unverifiable } = body.summary;
  if (body.claims.length === 0) {
    fill(container, el("p", { class: "empty-note" }, "No figures about trade were found in this text."));
    return;
  }
  fill(
    container,
    el(
      "p",
      { class: "verify-summary" },
      el("span", { class: "verdict supported" }, `${supported} supported`),
      " ",
      el("span", { class: "verdict contradicted" }, `${contradicted} contradicted`),
      " ",
      el("span", { class: "verdict unverifiable" }, `${unverifiable} unverifiable`),
      ` · read as published on ${body.published}`,
    ),
    el("blockquote", { class: "marked-text" }, markedText(input, body.claims)),
    el("div", { class: "table-scroll" }, claimsTable(body.claims)),
  );
}

/** The input with each claim wrapped in a <mark> coloured by verdict (claims never overlap). */
function markedText(input, claims) {
  const parts = [];
  let at = 0;
  claims.forEach((claim, i) => {
    if (claim.start < at) return;
    parts.push(input.slice(at, claim.start));
    parts.push(
      el(
        "mark",
        { class: `claim ${claim.verdict}`, title: `${VERDICTS[claim.verdict]}: ${claim.explanation}` },
        input.slice(claim.start, claim.end),
        el("sup", {}, String(i + 1)),
      ),
    );
    at = claim.end;
  });
  parts.push(input.slice(at));
  return parts;
}

function claimsTable(claims) {
  return stackable(
    el(
      "table",
      { class: "data claims" },
      el("caption", { class: "visually-hidden" }, "Claims found in the text"),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, "#"),
          el("th", { scope: "col" }, "Claim"),
          el("th", { scope: "col" }, "Verdict"),
          el("th", { scope: "col" }, "Explanation"),
          el("th", { scope: "col" }, "Sources"),
        ),
      ),
      el(
        "tbody",
        {},
        claims.map((c, i) =>
          el(
            "tr",
            {},
            el("td", {}, String(i + 1)),
            el("td", {}, el("div", {}, el("q", {}, c.text), el("div", { class: "sub" }, describe(c)))),
            el("td", {}, el("span", { class: `verdict ${c.verdict}` }, VERDICTS[c.verdict] ?? c.verdict)),
            el("td", {}, c.explanation),
            el("td", {}, sources(c.evidence)),
          ),
        ),
      ),
    ),
  );
}

function describe(claim) {
  const what = [
    claim.kind,
    claim.series,
    claim.partner ? partnerName(claim.partner) : null,
    claim.period ? formatPeriod(claim.period) : null,
  ];
  return what.filter(Boolean).join(" · ");
}

function sources(evidence) {
  if (!evidence || evidence.length === 0) return "—";
  const shown = evidence
    .slice(0, 3)
    .map((e) =>
      el(
        "li",
        {},
        e.url
          ? el("a", { href: e.url, rel: "noopener noreferrer", target: "_blank" }, e.publisher)
          : e.publisher,
      ),
    );
  const more = evidence.length > 3 ? el("li", { class: "sub" }, `and ${evidence.length - 3} more`) : null;
  return el("ul", { class: "plain" }, shown, more);
}

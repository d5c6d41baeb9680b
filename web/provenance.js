// Where the month's figure comes from: conflicts between sources, and every source row behind the
// value with its publisher, origin, link and whether it agrees with the resolved value.
import { el, fill, stackable } from "./dom.js";
import { formatPeriod, formatValue } from "./format.js";

/** Draw this month's conflicts (those listed for the period) into `container`. */
export function renderConflicts(container, conflicts, month) {
  const here = conflicts.filter((c) => c.period === month);
  if (here.length === 0) {
    fill(
      container,
      el(
        "p",
        { class: "ok-note" },
        `No conflicts: the sources for ${formatPeriod(month, true)} agree within rounding.`,
      ),
    );
    return;
  }
  fill(
    container,
    here.map((c) =>
      el(
        "div",
        { class: "callout warn", role: "note" },
        el("strong", {}, `Sources disagree on ${c.partner} in ${formatPeriod(c.period, true)}. `),
        `Shown: ${formatValue(Number(c.resolved), c.unit)}. `,
        el(
          "ul",
          { class: "sides" },
          c.sides.map((side) =>
            el(
              "li",
              {},
              el("span", { class: "num" }, formatValue(Number(side.value), c.unit)),
              side.value === c.resolved ? el("span", { class: "badge" }, "resolved") : null,
              ` from ${side.origins.join(", ")}`,
              ` (${side.sources.length} source${side.sources.length === 1 ? "" : "s"})`,
            ),
          ),
        ),
      ),
    ),
  );
}

/** Draw the evidence rows (agreeing ones first, as the API orders them). */
export function renderEvidence(container, rows, month) {
  if (rows.length === 0) {
    fill(
      container,
      el("p", { class: "empty-note" }, `No source states a figure for ${formatPeriod(month, true)}.`),
    );
    return;
  }
  const origins = new Set(rows.filter((r) => r.agrees).map((r) => r.origin));
  fill(
    container,
    el(
      "p",
      { class: "note" },
      `${rows.length} source row${rows.length === 1 ? "" : "s"} from ${origins.size} independent origin${origins.size === 1 ? "" : "s"} agree${origins.size === 1 ? "s" : ""} with the value shown. Reposts of one story count as one origin.`,
    ),
    el(
      "div",
      { class: "table-scroll" },
      stackable(
        el(
          "table",
          { class: "data evidence" },
          el("caption", { class: "visually-hidden" }, `Sources for ${formatPeriod(month, true)}`),
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              el("th", { scope: "col", class: "num" }, "Value"),
              el("th", { scope: "col" }, "Agrees"),
              el("th", { scope: "col" }, "Publisher"),
              el("th", { scope: "col" }, "Origin"),
              el("th", { scope: "col" }, "Kind"),
              el("th", { scope: "col" }, "Published"),
            ),
          ),
          el(
            "tbody",
            {},
            rows.map((r) =>
              el(
                "tr",
                { class: r.agrees ? null : "disagrees" },
                el("td", { class: "num" }, `${formatValue(Number(r.value))} ${r.unit}`),
                el(
                  "td",
                  {},
                  r.agrees
                    ? el("span", { class: "badge ok" }, "yes")
                    : el("span", { class: "badge warn" }, "no"),
                ),
                el(
                  "td",
                  {},
                  r.url
                    ? el("a", { href: r.url, rel: "noopener noreferrer", target: "_blank" }, r.publisher)
                    : r.publisher,
                ),
                el("td", {}, r.origin),
                el("td", {}, r.kind),
                el("td", { class: "nowrap" }, r.published ?? r.vintage ?? "—"),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

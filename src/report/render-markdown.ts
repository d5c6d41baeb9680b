// The brief as markdown: sections of sentences with [^n] footnotes after each figure, and the
// charts as images when the caller has written them somewhere (the markdown links, it cannot inline).
// Every text that came from a source (publishers, summaries, labels) is escaped as the HTML brief
// escapes it, since markdown passes raw HTML through to the page it becomes.
import type { Brief, BriefSentence } from "./brief-types.js";
import {
  briefTitle,
  eventLine,
  noteHeading,
  releaseLines,
  rowLink,
  rowText,
  shownRows,
} from "./brief-text.js";
import { dateLabel } from "./format-figures.js";

export interface MarkdownOptions {
  /** Where each chart's SVG file is, by chart name; charts without a link are left out. */
  chartLinks?: Partial<Record<"level" | "destinations" | "shares", string>>;
}

/**
 * Render a brief as markdown.
 * @example renderBriefMarkdown(brief, { chartLinks: { level: "brief-level.svg" } })
 */
export function renderBriefMarkdown(brief: Brief, options: MarkdownOptions = {}): string {
  const out: string[] = [
    `# ${escape(briefTitle(brief))}`,
    "",
    `_Written ${dateLabel(brief.written)}${brief.as_of ? `, from the data as known on ${dateLabel(brief.as_of)}` : ""}._`,
    "",
  ];
  out.push(`**${line(brief.headline)}**`, "");
  section(out, "Highlights", brief.highlights);
  section(out, "Destinations", brief.destinations);
  section(out, "Against the baseline", brief.baseline);
  const links = options.chartLinks ?? {};
  const charts = (
    [
      ["level", "Monthly exports with policy events"],
      ["destinations", "Destinations, this month against last"],
      ["shares", "Shares of the total"],
    ] as const
  ).filter(([name]) => links[name]);
  if (charts.length > 0) {
    out.push("## Charts", "");
    for (const [name, title] of charts) out.push(`![${title}](${linkTarget(links[name]!)})`, "");
    if (links.level && brief.charts.level.events.length > 0) {
      out.push(...brief.charts.level.events.map((e) => `- **${escape(e.key)}**: ${escape(e.label)}`), "");
    }
  }
  out.push(
    "## Context",
    "",
    `Policy events from ${dateLabel(brief.context.window.from)} to the end of ${dateLabel(brief.context.window.to)}:`,
    "",
  );
  out.push(
    ...(brief.context.recent.length > 0
      ? brief.context.recent.map((e) => `- ${escape(eventLine(e))}`)
      : ["- none recorded"]),
    "",
  );
  if (brief.context.in_force.length > 0) {
    out.push(
      "Earlier measures with no suspension recorded:",
      "",
      ...brief.context.in_force.map((e) => `- ${escape(eventLine(e))}`),
      "",
    );
  }
  out.push("Next releases:", "", ...releaseLines(brief).map((l) => `- ${escape(l)}`), "");
  section(out, "Caveats", brief.caveats);
  out.push("## Sources", "");
  for (const n of brief.notes) {
    const { rows, more } = shownRows(n);
    const items = rows.map((r) => {
      const link = rowLink(r);
      return link
        ? `[${escape(rowText(r))}](${linkTarget(link)})`
        : `${escape(rowText(r))}${r.url ? "" : ", no URL"}`;
    });
    if (more > 0)
      items.push(`and ${more} more agreeing source${more === 1 ? "" : "s"} (see the JSON output)`);
    out.push(`[^${n.n}]: ${escape(noteHeading(n))}: ${items.join("; ")}.`);
  }
  return out.join("\n").trimEnd() + "\n";
}

function section(out: string[], title: string, sentences: BriefSentence[]): void {
  if (sentences.length === 0) return;
  out.push(`## ${title}`, "", ...sentences.map((s) => `- ${line(s)}`), "");
}

function line(s: BriefSentence): string {
  return s.parts.map((p) => `${escape(p.text)}${(p.notes ?? []).map((n) => `[^${n}]`).join("")}`).join("");
}

/** Markdown's own marks backslashed; HTML's special characters as entities, as in the HTML brief. */
function escape(text: string): string {
  return text
    .replace(/([\\*_[\]`])/g, "\\$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** A link target that cannot end the link early or open raw HTML: such characters percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(
    /[\s()<>"'`\\]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

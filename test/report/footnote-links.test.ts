// Footnotes read as text and link only pages about the figure: a partner's name mid-sentence is
// lower case ("November 2025, the US:"), and a source whose address is about something else is
// flagged in CURATION.md and shown without its link.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Brief } from "../../src/report/brief-types.js";
import { linkConcernsTrade } from "../../src/report/link-topic.js";
import { renderBriefHtml } from "../../src/report/render-html.js";
import { renderBriefMarkdown } from "../../src/report/render-markdown.js";
import { referenceBrief, useReferenceStore } from "../helpers/reference-hooks.js";

const data = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");

let brief: Brief;
useReferenceStore(async (store) => {
  brief = await referenceBrief(store);
});

describe("footnotes", () => {
  it("name a partner in lower case after the period", () => {
    const md = renderBriefMarkdown(brief);
    const headings = [...md.matchAll(/^\[\^\d+\]: ([^:]+):/gm)].map((m) => m[1]!);
    expect(headings).toContain("November 2025, the US");
    expect(headings.filter((h) => /, The /.test(h))).toEqual([]);
  });

  it("never link a page whose address is about something else, and say why", () => {
    const rows = brief.notes.flatMap((n) => n.rows);
    const mexc = rows.find((r) => r.publisher.startsWith("MEXC news"));
    expect(mexc).toMatchObject({ url_unrelated: true });
    for (const text of [renderBriefMarkdown(brief), renderBriefHtml(brief)]) {
      expect(text).not.toContain("mbit-casino");
      expect(text).toContain(
        "MEXC news (Bloomberg-based rewrite) (press, origin Bloomberg, vintage unknown, its page's address concerns something else, so it is not linked)",
      );
    }
  });
});

describe("curation", () => {
  it("lists in CURATION.md exactly the addresses in data/ that concern something else", () => {
    const flagged = new Set<string>();
    for (const file of ["figures.csv", "events.csv"]) {
      for (const row of parse(data(file), { columns: true }) as Record<string, string>[]) {
        if (row.url && !linkConcernsTrade(row.url, row.title || null)) flagged.add(row.url);
      }
    }
    const section = data("CURATION.md").split("## Links that do not concern their figure")[1] ?? "";
    const listed = [...section.matchAll(/^- `[^`]+`: (\S+)/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...flagged].sort());
  });
});

// Publisher text in the markdown brief is escaped as the HTML brief escapes it (markdown passes raw
// HTML through), and a source's address cannot carry quotes into either: ingest refuses it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Brief } from "../../src/report/brief-types.js";
import { renderBriefHtml } from "../../src/report/render-html.js";
import { renderBriefMarkdown } from "../../src/report/render-markdown.js";
import { runCli } from "../helpers/run-cli.js";
import { referenceBrief, useReferenceStore } from "../helpers/reference-hooks.js";

let brief: Brief;
useReferenceStore(async (store) => {
  brief = await referenceBrief(store);
});

/** The brief with hostile text where publishers and event summaries go. */
function hostile(): Brief {
  const copy = structuredClone(brief);
  const row = copy.notes[0]!.rows[0]!;
  row.publisher = "<script>alert(1)</script> & Co";
  row.url = "https://example.org/a)(b";
  copy.context.recent.push({
    id: "E-X",
    date: "2025-11-30",
    kind: "trade_deal",
    authority: "<img src=x onerror=alert(1)>",
    reference: null,
    summary: "Deal [signed](javascript:alert(1))",
    url: null,
    suspended_by: null,
  });
  return copy;
}

describe("escaping publisher text", () => {
  it("escapes HTML in markdown as the HTML brief does", () => {
    const md = renderBriefMarkdown(hostile());
    expect(md).not.toMatch(/<script|<img/);
    expect(md).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(md).toContain("Deal \\[signed\\](javascript:alert(1))");
    expect(md).toContain("(https://example.org/a%29%28b)");
    const html = renderBriefHtml(hostile());
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
  });

  it("refuses a source address with a quote at ingest, storing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lodestone-url-"));
    const file = join(dir, "figures.csv");
    writeFileSync(
      file,
      "source_id,source_kind,publisher,url,reporter,flow,series,partner,period,measure,value,unit\n" +
        `x-1,press,X,"https://x.org/a""onmouseover=""alert(1)",CHN,export,rare-earth-magnets,WLD,2025-11,qty,6150,t\n`,
    );
    const { code, stdout } = await runCli(["ingest", file]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.inserted).toBe(0);
    expect(result.rejected).toMatchObject([
      {
        line: 2,
        field: "url",
        reason: expect.stringMatching(/^not a web address: https:\/\/x\.org\/a"onmouseover/),
      },
    ]);
  });
});

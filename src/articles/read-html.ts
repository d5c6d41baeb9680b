// A saved news page read as an article: the article text found by Mozilla's Readability over a
// linkedom DOM (no browser, no network), kept in paragraphs so that sentences stay apart, with the
// page's own publication date, publisher and address.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "./article.js";
import { pageMetadata } from "./page-metadata.js";

/** Elements that end a paragraph or a line of text. */
const BLOCKS = new Set([
  "P",
  "DIV",
  "LI",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "TR",
  "TABLE",
  "SECTION",
  "ARTICLE",
  "FIGCAPTION",
  "PRE",
  "UL",
  "OL",
  "DD",
  "DT",
  "HEADER",
  "FOOTER",
]);

/**
 * Read one HTML page.
 * @example readHtmlArticle(html, "saved/story.html").published // "2025-12-20"
 */
export function readHtmlArticle(html: string, input: string): Article {
  const meta = pageMetadata(parseHTML(html).document as never);
  // Readability rewrites the document it reads, so it gets its own copy
  const { document } = parseHTML(html);
  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  const body = parsed?.content
    ? textOf(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as never)
    : fallbackText(html);
  const title = parsed?.title?.trim() || null;
  const text = [title, body].filter((x) => x).join("\n\n");
  return {
    input,
    url: meta.url,
    published: meta.published,
    publisher: meta.publisher ?? (parsed?.siteName?.trim() || null),
    title,
    text,
  };
}

interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: Iterable<TextNode>;
}

/** The text under a node, one paragraph per block element, spaces collapsed. */
function textOf(root: TextNode): string {
  const parts: string[] = [];
  const walk = (n: TextNode) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? "");
    else if (n.nodeName === "BR") parts.push("\n");
    else if (n.nodeType === 1 && !["SCRIPT", "STYLE", "NOSCRIPT"].includes(n.nodeName)) {
      const block = BLOCKS.has(n.nodeName);
      if (block) parts.push("\n\n");
      for (const c of n.childNodes) walk(c);
      if (block) parts.push("\n\n");
    }
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** When Readability finds no article: the text of `<article>`, `<main>` or the body. */
function fallbackText(html: string): string {
  const { document } = parseHTML(html);
  const root = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
  return root ? textOf(root as never) : "";
}

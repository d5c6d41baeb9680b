// What a news page says about itself in its markup: when it was published (Open Graph
// `article:published_time`, then JSON-LD `datePublished`, then a `<time>` element), who published
// it (`og:site_name`, JSON-LD publisher) and its own address (canonical link, `og:url`).

import { dateOf } from "./article.js";

/** The few DOM calls the metadata needs (a linkedom or browser document). */
interface Doc {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(
    selector: string,
  ): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface PageMetadata {
  published: string | null;
  publisher: string | null;
  url: string | null;
}

/** Read the page's publication date, publisher and canonical address. */
export function pageMetadata(doc: Doc): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article =
    ld.find((o) => /Article|BlogPosting|Report/.test(String(o["@type"] ?? ""))) ??
    ld.find((o) => o.datePublished !== undefined);
  const published =
    dateOf(meta(doc, "article:published_time")) ??
    dateOf(stringOf(article?.datePublished)) ??
    dateOf(
      doc
        .querySelector("time[itemprop=datePublished], article time[datetime], time[datetime]")
        ?.getAttribute("datetime"),
    ) ??
    dateOf(meta(doc, "date") ?? meta(doc, "pubdate"));
  const publisherLd = article?.publisher as Record<string, unknown> | undefined;
  const publisher = meta(doc, "og:site_name") ?? stringOf(publisherLd?.name) ?? titleSuffix(doc);
  const url =
    doc.querySelector("link[rel=canonical]")?.getAttribute("href") ??
    meta(doc, "og:url") ??
    stringOf(article?.url) ??
    null;
  return { published, publisher: publisher?.trim() || null, url: url?.trim() || null };
}

/** "Headline | Example Wire" -> "Example Wire": how most sites name themselves in the page title. */
function titleSuffix(doc: Doc): string | null {
  const m = /\s[|\u2013\u2014-]\s([^|\u2013\u2014]+)$/.exec(
    doc.querySelector("title")?.textContent?.trim() ?? "",
  );
  return m ? m[1]!.trim() : null;
}

function meta(doc: Doc, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
  return el?.getAttribute("content") ?? null;
}

/** Every JSON-LD object of the page, flattening arrays and `@graph`; broken blocks are skipped. */
function jsonLdObjects(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      if ("@graph" in v) visit((v as { "@graph": unknown })["@graph"]);
    }
  };
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(el.textContent ?? ""));
    } catch {
      // a page's broken JSON-LD is its problem; the other sources of metadata still apply
    }
  }
  return out;
}

function stringOf(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (Array.isArray(v) && typeof v[0] === "string") return v[0];
  return null;
}

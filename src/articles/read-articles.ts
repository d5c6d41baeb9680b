// Articles from the paths a user names: text files, saved HTML pages, JSON Lines feeds, and
// folders of them (read recursively, in name order), or standard input as `-`. A file named on
// the command line is read whatever its name; in a folder only known extensions are read. A text
// file's publication date is the one its head states, if it states one (see `statedDate`).

import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.js";
import type { Article } from "./article.js";

export type { Article } from "./article.js";
import { readJsonLines } from "./read-jsonl.js";
import { statedDate } from "./stated-date.js";

/** File access, passed in so tests can use fixed content. */
export interface ReadEffects {
  readText(path: string): Promise<string>;
  isDirectory(path: string): Promise<boolean>;
  list(dir: string): Promise<string[]>;
  readStdin(): Promise<string>;
}

export const defaultReadEffects: ReadEffects = {
  readText: (p) => readFile(p, "utf8"),
  isDirectory: async (p) => (await stat(p)).isDirectory(),
  list: (d) => readdir(d),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

type Kind = "html" | "jsonl" | "text";
const BY_EXTENSION: Record<string, Kind> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  jsonl: "jsonl",
  ndjson: "jsonl",
  txt: "text",
  text: "text",
  md: "text",
};

/**
 * Every article the paths hold, in the order given (a folder's files in name order). `near`, a date
 * given for texts that state none, dates a text's dateline written without its year (see `statedDate`).
 * @example await readArticles(["saved-pages/", "feed.jsonl"])
 */
export async function readArticles(
  paths: string[],
  fx: ReadEffects = defaultReadEffects,
  near?: string,
): Promise<Article[]> {
  const out: Article[] = [];
  for (const path of paths) {
    if (path === "-") {
      out.push(...(await read("-", await fx.readStdin(), null, near)));
      continue;
    }
    if (await attempt(path, () => fx.isDirectory(path))) {
      const files = await filesIn(path, fx);
      if (files.length === 0)
        throw new InputError(`no articles in ${path} (expected .html, .txt, .md or .jsonl files)`);
      for (const f of files)
        out.push(...(await read(f, await attempt(f, () => fx.readText(f)), kindOf(f), near)));
    } else {
      out.push(...(await read(path, await attempt(path, () => fx.readText(path)), kindOf(path), near)));
    }
  }
  return out;
}

async function read(
  input: string,
  content: string,
  kind: Kind | null,
  near: string | undefined,
): Promise<Article[]> {
  const k = kind ?? sniff(content);
  // the page reader (Readability over a DOM) loads only for a saved page: a text file need not pay for it
  if (k === "html") return [(await import("./read-html.js")).readHtmlArticle(content, input)];
  if (k === "jsonl") return readJsonLines(content, input);
  return [
    { input, url: null, published: statedDate(content, near), publisher: null, title: null, text: content },
  ];
}

function sniff(content: string): Kind {
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(content)) return "html";
  if (/^\s*\{/.test(content) && /"text"\s*:/.test(content)) return "jsonl";
  return "text";
}

function kindOf(path: string): Kind | null {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext ? (BY_EXTENSION[ext] ?? null) : null;
}

async function filesIn(dir: string, fx: ReadEffects): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await attempt(dir, () => fx.list(dir))).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    if (await fx.isDirectory(p)) out.push(...(await filesIn(p, fx)));
    else if (kindOf(p) !== null) out.push(p);
  }
  return out;
}

async function attempt<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

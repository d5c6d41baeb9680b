// Reading articles from saved pages in three common news templates, a JSON Lines feed and
// folders: the article text without menus, sidebars or comments, and each page's own date.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SourceFormatError } from "../errors.js";
import { dateOf } from "./article.js";
import { readArticles } from "./read-articles.js";
import { readHtmlArticle } from "./read-html.js";
import { readJsonLines } from "./read-jsonl.js";

const dir = new URL("../../test/fixtures/articles/", import.meta.url).pathname;
const page = (name: string) => readHtmlArticle(readFileSync(`${dir}${name}`, "utf8"), name);

describe("readHtmlArticle", () => {
  it("reads a WordPress-style post: date from article:published_time, no sidebar, comments or post links", () => {
    const a = page("wordpress-trade-blog.html");
    expect(a).toMatchObject({
      published: "2025-12-20",
      publisher: "Magnet Matters",
      title: "Magnet shipments climb again in November",
      url: "https://magnet-matters.example/2025/12/magnet-shipments-climb-again-november/",
    });
    expect(a.text).toContain(
      "magnet exports at 6,150 tonnes, up 12% from October.\n\nBuyers in the United States",
    );
    for (const outside of ["9,999", "1,234", "300%", "powered by"]) expect(a.text).not.toContain(outside);
  });

  it("reads a wire-service page: date from its <time> element, publisher from the page title", () => {
    const a = page("wire-service.html");
    expect(a).toMatchObject({ published: "2025-10-20", publisher: "Example Wire" });
    expect(a.text).toContain(
      "China's exports of rare-earth magnets in September were 5,774 tonnes, a record",
    );
    expect(a.text).not.toContain("97%");
  });

  it("reads a Japanese outlet's English page: date from JSON-LD in its own time zone", () => {
    const a = page("japanese-outlet-english.html");
    expect(a).toMatchObject({
      published: "2026-01-21",
      publisher: "Example Shimbun",
      url: "https://english.shimbun.example/business/20260121-00012/",
    });
    expect(a.text).toContain("came to 280 tonnes in December");
    expect(a.text).not.toContain("4,200 yen");
  });
});

describe("readJsonLines", () => {
  it("reads one article per line, skipping blank lines, with the line in its input", () => {
    const feed = readJsonLines(readFileSync(`${dir}feed.jsonl`, "utf8"), "feed.jsonl");
    expect(feed.map((a) => [a.input, a.published, a.publisher])).toEqual([
      ["feed.jsonl:1", "2025-12-21", "Example Daily"],
      ["feed.jsonl:2", "2026-01-20", "Example Daily"],
      ["feed.jsonl:4", "2025-12-22", "Example Daily"],
    ]);
  });

  it("refuses a feed with a bad line, naming file, line and field", () => {
    const bad = () =>
      readJsonLines('{"text":"ok"}\n{"text":"x","published":"2025-13-01"}\nnot json\n', "f.jsonl");
    expect(bad).toThrow(SourceFormatError);
    expect(bad).toThrow(
      /f\.jsonl:2: published: invalid date: 2025-13-01[\s\S]*f\.jsonl:3: \(line\): not JSON/,
    );
  });
});

describe("readArticles", () => {
  it("reads a folder in name order, by extension", async () => {
    const articles = await readArticles([dir]);
    expect(articles.map((a) => a.input.slice(dir.length))).toEqual([
      "feed.jsonl:1",
      "feed.jsonl:2",
      "feed.jsonl:4",
      "japanese-outlet-english.html",
      "wire-service.html",
      "wordpress-trade-blog.html",
    ]);
  });

  it("reads standard input as text, and names a path it cannot read", async () => {
    const fx = {
      readText: async () => "",
      isDirectory: async () => false,
      list: async () => [],
      readStdin: async () => "Exports rose 5%.",
    };
    expect((await readArticles(["-"], fx))[0]).toMatchObject({
      input: "-",
      text: "Exports rose 5%.",
      published: null,
    });
    await expect(readArticles([`${dir}missing.html`])).rejects.toThrow(/cannot read .*missing\.html: ENOENT/);
  });
  it("takes a pasted text's publication date from the date line at its head", async () => {
    const fx = {
      readText: async () => "",
      isDirectory: async () => false,
      list: async () => [],
      readStdin: async () => "Magnet exports dip\nPublished 8 January 2026\n\nExports fell 3.2% in December.",
    };
    expect((await readArticles(["-"], fx))[0]?.published).toBe("2026-01-08");
  });
  it("dates a pasted dateline without its year by the date given for the text", async () => {
    const fx = {
      readText: async () => "",
      isDirectory: async () => false,
      list: async () => [],
      readStdin: async () => "SEOUL, Jan 8 (Agency) - Magnet imports fell 3.2% in December.",
    };
    expect((await readArticles(["-"], fx, "2026-01-12"))[0]?.published).toBe("2026-01-08");
    expect((await readArticles(["-"], fx))[0]?.published).toBeNull();
  });
});

describe("dateOf", () => {
  it("keeps the page's own calendar date and refuses impossible ones", () => {
    expect(dateOf("2026-01-21T06:30:00+09:00")).toBe("2026-01-21");
    expect(dateOf("2025-02-30")).toBeNull();
    expect(dateOf("20 December 2025")).toBeNull();
  });
});

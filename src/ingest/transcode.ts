// DuckDB's CSV reader is given UTF-8 only: a GB18030 (or UTF-16) file is transcoded to a temporary
// UTF-8 file first, in a stream, so a large file never sits in memory as one string. A byte
// sequence that is not GB18030 is a problem on its line, not a crash.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import type { FormatProblem } from "../errors.js";
import type { TextEncoding } from "./file-head.js";

export interface Transcoded {
  path: string;
  problem: FormatProblem | null;
  /** Remove the temporary file. */
  dispose(): void;
}

const NAMES: Record<Exclude<TextEncoding, "utf-8">, string> = {
  gb18030: "GB18030",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
};

/**
 * Transcode `path` from GB18030 or UTF-16 to a temporary UTF-8 file (BOM dropped). A UTF-8 mark
 * before GB18030 text (a tool that added the mark without re-encoding) is dropped too: the bytes
 * after it are what the file holds, and decode as GB18030 or are refused on their line.
 */
export async function transcodeToUtf8(
  path: string,
  shownAs: string,
  encoding: Exclude<TextEncoding, "utf-8"> = "gb18030",
): Promise<Transcoded> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-transcode-"));
  const out = join(dir, "utf8.csv");
  const decoder = new TextDecoder(encoding, { fatal: true });
  let line = 1;
  let problem: FormatProblem | null = null;
  let first = true;
  const transform = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (first && encoding === "gb18030" && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
        chunk = chunk.subarray(3);
      first = false;
      try {
        const text = decoder.decode(chunk, { stream: true });
        line += countNewlines(text);
        done(null, text.replace(/^\uFEFF/, ""));
      } catch {
        problem = {
          file: shownAs,
          line: encoding === "gb18030" ? line + badLineIn(chunk) : line,
          field: "(encoding)",
          reason:
            encoding === "gb18030" ? "bytes that are neither UTF-8 nor GB18030" : "bytes that are not UTF-16",
        };
        done(new Error(problem.reason));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        problem = {
          file: shownAs,
          line,
          field: "(encoding)",
          reason: `the file ends inside a ${NAMES[encoding]} character`,
        };
        done(new Error(problem.reason));
      }
    },
  });
  try {
    await pipeline(createReadStream(path), transform, createWriteStream(out));
  } catch (err) {
    if (!problem) throw err;
  }
  return { path: out, problem, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Lines of the chunk before the first one that does not decode (the chunk's first line may carry over). */
function badLineIn(chunk: Buffer): number {
  let start = 0;
  for (let n = 0; ; n++) {
    const nl = chunk.indexOf(0x0a, start);
    try {
      new TextDecoder("gb18030", { fatal: true }).decode(
        chunk.subarray(start, nl === -1 ? chunk.length : nl),
      );
    } catch {
      return n;
    }
    if (nl === -1) return n;
    start = nl + 1;
  }
}

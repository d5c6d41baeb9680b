// The first bytes of an input file, decoded: enough to recognise its format and encoding without
// reading the whole file. Gzip is opened on the fly; UTF-16 is known by its BOM (a spreadsheet's
// "Unicode text"); else UTF-8 (with or without a BOM) is tried first, then GB18030, the encoding
// China customs' Chinese-mode downloads come in.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { InputError } from "../errors.js";

export type TextEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface FileHead {
  /** The path as given (what problems name). */
  path: string;
  gzip: boolean;
  encoding: TextEncoding;
  bom: boolean;
  /** The decoded start of the file (up to 64 KiB of bytes), BOM removed. */
  text: string;
  /** The first non-empty line, and its 0-based index. */
  firstLine: string;
  firstLineIndex: number;
}

const HEAD_BYTES = 64 * 1024;

/** How a file's encoding is named to the user: `GB18030`, `UTF-16`, `UTF-8 with BOM`. */
export function encodingName(head: FileHead): string {
  if (head.encoding === "utf-8") return head.bom ? "UTF-8 with BOM" : "UTF-8";
  if (head.encoding === "gb18030") return head.bom ? "GB18030 after a UTF-8 mark" : "GB18030";
  return "UTF-16";
}

/** Read and decode the start of a file. */
export async function readHead(path: string): Promise<FileHead> {
  let bytes: Buffer;
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (gzip) bytes = gunzipHead(bytes);
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "be" : null;
  const bom = utf16 !== null || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  const body = bom ? bytes.subarray(utf16 ? 2 : 3) : bytes;
  const encoding: TextEncoding = utf16 ? `utf-16${utf16}` : isUtf8(body) ? "utf-8" : "gb18030";
  const text = new TextDecoder(encoding).decode(body);
  const lines = text.split(/\r?\n/);
  const firstLineIndex = Math.max(
    0,
    lines.findIndex((l) => l.trim() !== ""),
  );
  return { path, gzip, encoding, bom, text, firstLine: lines[firstLineIndex] ?? "", firstLineIndex };
}

/** The start of a gzip stream (a truncated stream is fine: we only want its first lines). */
function gunzipHead(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { finishFlush: 2 /* Z_SYNC_FLUSH: accept a cut-off stream */ }).subarray(
      0,
      HEAD_BYTES,
    );
  } catch {
    return Buffer.alloc(0);
  }
}

/** True when the bytes are UTF-8, allowing a multi-byte character cut off at the end. */
function isUtf8(bytes: Buffer): boolean {
  for (let cut = 0; cut < 4 && cut <= bytes.length; cut++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      if (bytes.length < HEAD_BYTES) return false;
    }
  }
  return false;
}

/** The cells of one CSV line (quotes honoured; enough for a header). */
export function splitCsvLine(line: string, delimiter = ","): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      cells.push(cell);
      cell = "";
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/** SHA-256 of a file, streamed (never the whole file in memory). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

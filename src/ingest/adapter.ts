// The contract every ingest adapter meets (one per source format, behind the registry): recognise
// a file by its first bytes (`detect`), stage and check its rows (`prepare`, which reads with
// DuckDB and normalises in SQL, or parses a small curated file in JavaScript), and hand the writer
// one all-or-nothing `StagedWrite`, or nothing when any problem was found.
import type { Flow, Source } from "../store/types.js";
import type { Store } from "../store/open-store.js";
import type { StagedWrite } from "../store/write.js";
import type { FileHead } from "./file-head.js";
import type { IngestProgress } from "./progress.js";

export type AdapterName = "gacc" | "gacc-table" | "comtrade" | "figures" | "events";
export type IngestFormat = "auto" | AdapterName;

/** The values of `--input-format` (kept here, light to import, for the command line). */
export const INGEST_FORMATS: readonly IngestFormat[] = [
  "auto",
  "gacc",
  "gacc-table",
  "comtrade",
  "figures",
  "events",
];

export interface IngestOptions {
  /** Force a format instead of detecting it. */
  format?: IngestFormat;
  /** The release date of official files: the vintage of their rows. */
  published?: string | null;
  /** Exports or imports, for customs files that do not say. */
  flow?: Flow | null;
  /** The source official rows are stored under, when the caller knows it (an API request). */
  source?: Source;
  now?: Date;
  /** Told of each step of a batch and how far it is (the command line draws it on a terminal). */
  progress?: (p: IngestProgress) => void;
}

export interface InputFile {
  /** Position in the batch (problems carry it until they are worded). */
  index: number;
  path: string;
  head: FileHead;
  sha256: string;
}

export interface Prepared {
  /** What to store, or null when problems were recorded. */
  write: StagedWrite | null;
  /** The file's own name for a field a problem names (a header cell as the file spells it). */
  fieldName(f: number, field: string): string;
  /** What the user should know of a file that was read (rows passed over on purpose). */
  notes?: string[];
  /** Drop staging tables and temporary files. */
  cleanup(): Promise<void>;
}

export interface Adapter {
  name: AdapterName;
  /** Files of this format given together form one batch (several downloads of one release). */
  combine: boolean;
  detect(head: FileHead): boolean;
  /** What the file was read as, for the user: `China customs query platform (Chinese, GB18030)`. */
  describe(head: FileHead): string;
  prepare(store: Store, files: InputFile[], options: IngestOptions): Promise<Prepared>;
}

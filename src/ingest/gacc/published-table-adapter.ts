// China customs' published monthly tables as an ingest format: one file is one batch, read whole
// (a table is a page of a release, a few hundred rows), decoded from its encoding, and stored as
// the official figures of the commodities it lists that Lodestone tracks: the month's and the
// cumulative months' quantity and value for the world, with the change on the year the table
// prints beside each. Commodities Lodestone does not track are passed over and named in a note.
import { readFile } from "node:fs/promises";
import { addProblems } from "../../store/ingest/problems.js";
import type { Source } from "../../store/types.js";
import { stageObservations, type ObservationInput } from "../../store/write.js";
import { parsePeriod } from "../../domain/period.js";
import type { Adapter, Prepared } from "../adapter.js";
import { readCsv } from "../csv-rows.js";
import { identified } from "../figures-csv.js";
import { encodingName } from "../file-head.js";
import { gaccSource } from "./gacc-adapter.js";
import { isPublishedTable, nameKey, readPublishedTable, type TableFigure } from "./published-table.js";

const NAMES = new URL("../../../data/codes/commodity-names.csv", import.meta.url);
let names: Map<string, string> | null = null;

/** Commodity names (as tables print them, compared by `nameKey`) to series. */
async function commodityNames(): Promise<Map<string, string>> {
  if (names) return names;
  const table = readCsv("commodity-names.csv", await readFile(NAMES, "utf8"));
  names = new Map(table.rows.map((r) => [nameKey(r.cells.name!), r.cells.series!]));
  return names;
}

/** The source of one flow of one release's tables. */
export function tableSource(flow: string, published: string | null): Source {
  return {
    ...gaccSource(flow, published),
    id: `gacc-table-${flow}-${published ?? "undated"}`,
    url: "http://www.customs.gov.cn/",
    title: `China customs statistics, published monthly tables, ${flow}s${published ? `, released ${published}` : ""}`,
  };
}

export const publishedTableAdapter: Adapter = {
  name: "gacc-table",
  combine: false,
  detect: (head) => !head.gzip && isPublishedTable(head),
  describe: (head) =>
    `China customs published table (${/[\u4e00-\u9fff]/.test(head.text.slice(0, 2000)) ? "Chinese" : "English"}, ${encodingName(head)})`,
  async prepare(store, files, options) {
    const file = files[0]!;
    const prepared: Prepared = {
      write: null,
      fieldName: (_f, field) => field,
      cleanup: async () => {},
    };
    let text: string;
    try {
      text = new TextDecoder(file.head.encoding, { fatal: true }).decode(await readFile(file.path));
    } catch {
      await addProblems(store, file.index, [
        { line: 1, field: "(encoding)", reason: `not ${file.head.encoding} text throughout` },
      ]);
      return prepared;
    }
    const read = readPublishedTable(file.head.path, text, await commodityNames(), options.flow ?? null);
    if (read.problems.length > 0 || !read.flow) {
      await addProblems(store, file.index, read.problems);
      return prepared;
    }
    const published = options.published ?? null;
    const source = tableSource(read.flow, published);
    const status = read.preliminary ? "preliminary" : "final";
    const observations = read.figures.map((f) => observation(f, source.id, read.flow!, published, status));
    prepared.write = {
      files: [{ file: file.head.path, sha256: file.sha256, format: "gacc-table", rows: read.figures.length }],
      sources: [source],
      events: [],
      stage: await stageObservations(store, observations),
      details: null,
    };
    if (read.passedOver.length > 0)
      prepared.notes = [
        `${file.head.path}: ${read.passedOver.length} commodities Lodestone does not track passed over (${read.passedOver.slice(0, 5).join(", ")}${read.passedOver.length > 5 ? ", ..." : ""})`,
      ];
    return prepared;
  },
};

function observation(
  f: TableFigure,
  source_id: string,
  flow: string,
  vintage: string | null,
  status: string,
): ObservationInput {
  const period = parsePeriod(f.period)!;
  const content = {
    source_id,
    reporter: "CHN",
    flow,
    series: f.series,
    hs_code: null,
    partner: "WLD",
    period: period.text,
    measure: f.measure,
    value: f.value,
    unit: f.unit,
    vintage,
    status,
    stated_mom_pct: null,
    stated_yoy_pct: f.stated_yoy_pct,
    stated_change_pct: null,
    stated_change_basis: null,
    stated_rank: null,
    stated_rank_direction: null,
    stated_rank_scope: null,
    stated_streak: null,
  };
  return {
    ...identified(content, period),
    precision_unit: f.precision_unit,
    original_value: f.original_value,
    original_unit: f.original_unit,
    note: null,
    correction: null,
    ref_rows: null,
  };
}

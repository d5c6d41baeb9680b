// Run by the kill -9 test in a child process: open a database file, ingest files into it, say done.
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { openStore } from "../../src/store/open-store.js";

const [db, ...files] = process.argv.slice(2);
const store = await openStore({ path: db! });
process.stdout.write("opened\n");
const result = await ingestFiles(store, files);
store.close();
process.stdout.write(`done ${result.inserted}\n`);

#!/usr/bin/env node
// Entry point of the `lodestone` command: the compiled CLI lives in dist/ (built on install).
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));

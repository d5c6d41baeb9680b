// Option values shared by several commands, declared and validated in one place.
import type { Command } from "commander";
import { InputError } from "../../errors.js";
import type { Flow } from "../../store/types.js";

export function flowOption(value: string): Flow {
  if (value !== "export" && value !== "import")
    throw new InputError(`invalid --flow: ${value} (expected export or import)`);
  return value;
}

/** The options that pick one series' key: partner, reporter and flow (defaults WLD, CHN, export). */
export interface KeyOptions {
  partner: string;
  reporter: string;
  flow: string;
}

/** Add --partner, --reporter and --flow to a command. */
export function withKeyOptions(cmd: Command): Command {
  return cmd
    .option("--partner <iso3>", "partner country (ISO3) or WLD for the total", "WLD")
    .option("--reporter <iso3>", "reporting country", "CHN")
    .option("--flow <flow>", "export or import", "export");
}

/** The key the options name, normalised: ISO codes upper-case, the flow checked. */
export function keyOf(opts: KeyOptions): { partner: string; reporter: string; flow: Flow } {
  return {
    partner: opts.partner.toUpperCase(),
    reporter: opts.reporter.toUpperCase(),
    flow: flowOption(opts.flow),
  };
}

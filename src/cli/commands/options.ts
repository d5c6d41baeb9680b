// Option values shared by several commands, validated in one place.
import { InputError } from "../../errors.js";
import type { Flow } from "../../store/types.js";

export function flowOption(value: string): Flow {
  if (value !== "export" && value !== "import") throw new InputError(`invalid --flow: ${value} (expected export or import)`);
  return value;
}

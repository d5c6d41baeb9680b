// Whether the tests run under continuous integration, where nothing may be skipped or created.

/** True when `CI` is set to anything but empty, 0 or false. */
export function underCi(env: Record<string, string | undefined> = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== "" && ci !== "0" && ci !== "false";
}

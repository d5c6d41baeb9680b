// The page's state (series, partner, month) kept in the query string, so a view can be shared
// and the browser's back and forward buttons move between views.

export const DEFAULT_SERIES = "rare-earth-magnets";

/** Read the state from a query string; a missing month means "the latest with data". */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  return {
    series: params.get("series") || DEFAULT_SERIES,
    partner: (params.get("partner") || "WLD").toUpperCase(),
    month: params.get("month") || null,
  };
}

/** The query string for a state, leaving out defaults so shared links stay short. */
export function stateSearch(state) {
  const params = new URLSearchParams();
  if (state.series !== DEFAULT_SERIES) params.set("series", state.series);
  if (state.partner !== "WLD") params.set("partner", state.partner);
  if (state.month) params.set("month", state.month);
  const text = params.toString();
  return text ? `?${text}` : window.location.pathname;
}

/** Record a new state in the address bar: a new history entry, or in place with `replace`. */
export function writeState(state, { replace = false } = {}) {
  const search = stateSearch(state);
  if (search === window.location.search || (search === window.location.pathname && !window.location.search))
    return;
  if (replace) window.history.replaceState(null, "", search);
  else window.history.pushState(null, "", search);
}

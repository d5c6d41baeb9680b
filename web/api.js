// Calls to the Lodestone HTTP API; a failed call throws an ApiError carrying the server's message.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

async function request(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError("the server cannot be reached", 0);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body?.error ?? `${path} answered ${response.status}`, response.status);
  return body;
}

/** GET a JSON resource; `query` entries that are null or undefined are left out. */
export function getJson(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined) params.set(key, value);
  const search = params.toString();
  return request(search ? `${path}?${search}` : path);
}

/** POST a JSON body and read the JSON answer. */
export function postJson(path, body) {
  return request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: GraphQLErrorShape[];
}

/** Gets a token for a demo account from the gateway's built-in identity provider: one HTTP call. */
export async function tokenFor(gatewayUrl: string, username: string, password = "gantry-demo"): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** Posts one GraphQL operation to the gateway as a browser or third-party tool would. */
export async function callGateway<TData = Record<string, unknown>>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; purpose?: string } = {},
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.purpose) headers["x-gantry-purpose"] = options.purpose;
  const response = await fetch(`${gatewayUrl}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<TData>, "status">) };
}

/** The first error's code, for assertions. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

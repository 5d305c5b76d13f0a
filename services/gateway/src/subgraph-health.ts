/** Reads each subgraph's routing URL from the supergraph's join__Graph declarations. */
export function subgraphUrlsOf(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g)) {
    const [, name, url] = match;
    if (name && url) urls[name] = url;
  }
  return urls;
}

/** Asks each subgraph's /health/ready; the gateway is ready only when all are. */
export async function checkSubgraphs(urls: Record<string, string>): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL("/health/ready", url), { signal: AbortSignal.timeout(2000) });
        return [name, response.ok] as const;
      } catch {
        return [name, false] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

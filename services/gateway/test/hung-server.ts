import net from "node:net";
import type { AddressInfo } from "node:net";

export interface HungServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A TCP server that accepts connections and never answers: the fault of a subgraph stuck in a
 * long garbage collection, a deadlock or a dead proxy, put where a real subgraph's URL was.
 */
export async function startHungServer(): Promise<HungServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

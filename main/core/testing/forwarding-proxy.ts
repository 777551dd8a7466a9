/**
 * TEST ONLY. A real HTTP CONNECT proxy on loopback that tunnels bytes and records where each
 * tunnel went, so tests can show the app's traffic really passed through a proxy. Given
 * `credentials`, it asks for Basic proxy authentication (407) as corporate proxies do, so
 * tests can show the password really reached it.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ForwardingProxy {
  url: string;
  /** `host:port` of every CONNECT let through, in order. */
  tunnels: string[];
  /** `host:port` of every CONNECT refused with 407 (no or wrong Proxy-Authorization). */
  refused: string[];
  close(): Promise<void>;
}

export async function startForwardingProxy(
  options: { credentials?: { username: string; password: string } } = {},
): Promise<ForwardingProxy> {
  const tunnels: string[] = [];
  const refused: string[] = [];
  const { credentials } = options;
  const expected =
    credentials &&
    `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    if (expected && req.headers['proxy-authorization'] !== expected) {
      refused.push(target);
      client.on('error', () => client.destroy());
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test proxy"\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    tunnels.push(target);
    const [host, port] = target.split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

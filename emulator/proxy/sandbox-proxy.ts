import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

/** What the sandbox proxy needs: where to listen, which hosts it answers for, and how. */
export interface SandboxProxyOptions {
  port: number;
  /** Microsoft's host names the sandbox serves; CONNECT to any other host is refused. */
  hosts: readonly string[];
  /** A certificate for `hosts`, from the sandbox CA. */
  cert: { certPem: string; keyPem: string };
  /** The emulator's own request listener: the hosts are answered by it, in this process. */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
}

/** A started proxy: `HTTPS_PROXY=url`. */
export interface SandboxProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * An HTTPS proxy (`CONNECT host:443`) for tools nobody here wrote: for the hosts the sandbox
 * serves it accepts the tunnel itself, presents the sandbox CA's certificate for that name and
 * hands the requests to the emulator, Host header intact, so every answer names the Microsoft
 * host the tool asked for. Every other host, every other port and every plain-HTTP request is
 * refused with 403: nothing is ever forwarded to the internet.
 */
export async function startSandboxProxy(options: SandboxProxyOptions): Promise<SandboxProxy> {
  const allowed = new Set(options.hosts.map((h) => h.toLowerCase()));
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const tlsSide = createHttpsServer(
    { cert: options.cert.certPem, key: options.cert.keyPem },
    options.listener,
  );
  const proxy = createHttpServer((req, res) => {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('The sandbox proxy tunnels HTTPS (CONNECT) to the sandbox hosts only.\n');
  });
  proxy.on('connection', track);
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const [host = '', port = ''] = (req.url ?? '').toLowerCase().split(':');
    if (port !== '443' || !allowed.has(host)) {
      socket.end(
        'HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n\r\n' +
          `The sandbox serves only ${[...allowed].join(', ')} (port 443); ${req.url ?? ''} is refused.\n`,
      );
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tlsSide.emit('connection', socket);
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/**
 * Item 1 of Electron's checklist for the main process: every request main sends is HTTPS.
 * A plain-HTTP listener must never see one, whatever scheme the URL names.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HttpsClient } from './https-request';

let server: Server;
let port: number;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.end('plain');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

it.each(['http', 'ws', 'ftp', 'file'])(
  'refuses a %s: URL before anything is sent',
  async (scheme) => {
    const client = new HttpsClient();
    const url = scheme === 'file' ? 'file:///etc/passwd' : `${scheme}://127.0.0.1:${port}/token`;
    await expect(client.send({ method: 'GET', url })).rejects.toThrow(
      'Refusing a non-HTTPS request',
    );
    client.close();
    expect(seen).toEqual([]);
  },
);

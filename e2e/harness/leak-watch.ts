/**
 * The leak proof every spec runs, on both hosts (see fixtures.ts): once while a service is
 * connected (the first moment the bridge reports one) and once at the end, it looks for every
 * secret of the spec in the bridge transcript and in the whole store directory, raw and
 * decoded. The secrets: every token the sandbox issued, the sandbox app's client secret and
 * private key, every credential and proxy password the spec typed into the app, and every
 * credential the app holds in its vault (a certificate's key it made, a secret it created).
 */
import { readFileSync } from 'node:fs';
import type { RunningEmulator } from '../../emulator/index';
import {
  bytesSecret,
  findLeaks,
  heldSecrets,
  pemSecret,
  storeHaystacks,
  textSecret,
  transcriptHaystacks,
  type Leak,
  type Secret,
} from '../../main/core/testing/leak-scan';
import type { DeskHost } from './desk-host';

const CONNECTED = /^(result|event) \S+ .*"state":"connected"/m;

export class LeakWatch {
  readonly leaks: Leak[] = [];
  scans = 0;
  /** True once a scan ran while a service was connected. */
  scannedWhileConnected = false;
  /** True when the bridge ever reported a connected service. */
  everConnected = false;
  private secretsChecked = 0;
  private stopped = false;
  private poll?: Promise<void>;

  constructor(
    private readonly host: DeskHost,
    private readonly sandbox: RunningEmulator,
    private readonly storeDir: string,
  ) {}

  /** Scans once, as soon as the transcript shows a connected service. */
  start(): void {
    this.poll = (async () => {
      for (;;) {
        const transcript = await this.host.bridgeTranscript().catch(() => '');
        if (CONNECTED.test(transcript)) {
          await this.scan(transcript);
          this.scannedWhileConnected = true;
          return;
        }
        if (this.stopped) return;
        await new Promise((r) => setTimeout(r, 250));
      }
    })().catch(() => undefined); // the app may be restarting; the final scan still runs
  }

  /** The final scan; returns a one-line summary for the report. */
  async finish(): Promise<string> {
    this.stopped = true;
    await this.poll;
    const transcript = await this.host.bridgeTranscript();
    this.everConnected = CONNECTED.test(transcript);
    await this.scan(transcript);
    return `leak scan: ${this.secretsChecked} secrets, ${this.scans} scans, ${this.leaks.length} found`;
  }

  private async scan(transcript: string): Promise<void> {
    const held = await this.host.inspectStore().then(heldSecrets, () => []);
    const secrets = [...sandboxSecrets(this.sandbox), ...typedSecrets(transcript), ...held];
    this.secretsChecked = Math.max(this.secretsChecked, secrets.length);
    const tokens = secrets.filter((s) => s.label.startsWith('token'));
    const credentials = secrets.filter((s) => !s.label.startsWith('token'));
    const messages = transcriptHaystacks(transcript);
    // A credential crosses once, inbound, in the command that carries it; never back out.
    const outbound = messages.filter((m) => !/^bridge #\d+ command /.test(m.where));
    const store = storeHaystacks(this.storeDir);
    this.leaks.push(
      ...findLeaks(tokens, [...messages, ...store]),
      ...findLeaks(credentials, [...outbound, ...store]),
    );
    this.scans++;
  }
}

/** What the sandbox knows is secret: every token it issued, its app's secret and key. */
function sandboxSecrets(sandbox: RunningEmulator): Secret[] {
  const app = sandbox.info.confidentialClient;
  return [
    ...sandbox.control.issuedTokens().map((t, i) => textSecret(`token #${i + 1}`, t)),
    textSecret('sandbox client secret', app.secret),
    pemSecret('sandbox private key', readFileSync(app.keyFile, 'utf8')),
  ];
}

/** Credentials and proxy passwords the spec typed, read from the commands that carried them. */
export function typedSecrets(transcript: string): Secret[] {
  const secrets: Secret[] = [];
  for (const line of transcript.split('\n')) {
    const match = /^command (\S+) (.*)$/.exec(line);
    if (!match) continue;
    let payload: unknown;
    try {
      payload = JSON.parse(match[2]!);
    } catch {
      continue;
    }
    collect(match[1]!, payload, secrets);
  }
  return secrets;
}

function collect(command: string, value: unknown, into: Secret[]): void {
  if (!value || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'string' && inner) {
      const label = `${key} typed into ${command}`;
      if (key === 'secret' || key === 'password') into.push(textSecret(label, inner));
      if (key === 'privateKeyPem') into.push(pemSecret(label, inner));
      if (key === 'pfxBase64') into.push(bytesSecret(label, Buffer.from(inner, 'base64')));
      const proxyPassword = passwordInUrl(inner);
      if (proxyPassword)
        into.push(textSecret(`password in a URL typed into ${command}`, proxyPassword));
    } else {
      collect(command, inner, into);
    }
  }
}

function passwordInUrl(text: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return undefined;
  try {
    const password = decodeURIComponent(new URL(text).password);
    return password || undefined;
  } catch {
    return undefined;
  }
}

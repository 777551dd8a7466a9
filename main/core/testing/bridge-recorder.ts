/** TEST ONLY. Records every message that crosses the bridge, in both directions, exactly as sent. */
import type { BridgeDirection, BridgeLog } from '../ports';

export interface BridgeMessage {
  direction: BridgeDirection;
  name: string;
  json: string;
}

export class BridgeRecorder implements BridgeLog {
  readonly messages: BridgeMessage[] = [];

  record(direction: BridgeDirection, name: string, payload: unknown): void {
    this.messages.push({ direction, name, json: JSON.stringify(payload ?? null) });
  }

  /** Everything that crossed, as one string, for leak checks. */
  transcript(): string {
    return this.messages.map((m) => `${m.direction} ${m.name} ${m.json}`).join('\n');
  }

  names(direction: BridgeDirection): string[] {
    return this.messages.filter((m) => m.direction === direction).map((m) => m.name);
  }
}

/** TEST ONLY. Records every message that crosses the bridge, in both directions, exactly as sent. */
export interface BridgeMessage {
  direction: 'command' | 'result' | 'event';
  name: string;
  json: string;
}

export class BridgeRecorder {
  readonly messages: BridgeMessage[] = [];

  record(direction: BridgeMessage['direction'], name: string, payload: unknown): void {
    this.messages.push({ direction, name, json: JSON.stringify(payload ?? null) });
  }

  /** Everything that crossed, as one string, for leak checks. */
  transcript(): string {
    return this.messages.map((m) => `${m.direction} ${m.name} ${m.json}`).join('\n');
  }

  names(direction: BridgeMessage['direction']): string[] {
    return this.messages.filter((m) => m.direction === direction).map((m) => m.name);
  }
}

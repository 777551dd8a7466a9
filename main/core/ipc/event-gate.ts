/**
 * The one way an event leaves main: its payload is parsed against the contract's event schema
 * first, exactly as command outputs are, so a field the contract does not name (a token, say)
 * is stripped, and a payload that does not fit is not sent at all. Both hosts (the Electron
 * shell and the chromium-bridge test host) build their {@link EventSink} with this.
 */
import { events, type EventName, type EventPayload } from '../../../preload/contract';
import type { EventSink } from '../ports';

/** Sends an already-parsed payload on to the renderer (IPC, or a page binding in tests). */
export type EventTransport = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Told about a payload that was refused; never given the payload itself (it may hold a secret). */
export type RefusedEventLog = (event: string, reason: string) => void;

const defaultLog: RefusedEventLog = (event, reason) =>
  console.error(`[desk] event ${event} not sent: ${reason}`);

/**
 * Parses `payload` against the schema of `event`. Returns the parsed payload (unknown fields
 * stripped), or the reason it does not fit. Never throws, whatever the payload is.
 */
export function parseEvent<E extends EventName>(
  event: E,
  payload: unknown,
): { ok: true; payload: EventPayload<E> } | { ok: false; reason: string } {
  const schema = Object.hasOwn(events, event) ? events[event] : undefined;
  if (!schema) return { ok: false, reason: 'not an event of the contract' };
  try {
    const parsed = schema.safeParse(payload);
    if (parsed.success) return { ok: true, payload: parsed.data as EventPayload<E> };
    const where = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'} ${i.message}`)
      .join('; ');
    return { ok: false, reason: where.slice(0, 500) };
  } catch (error) {
    return { ok: false, reason: `unreadable payload (${(error as Error).name})` };
  }
}

/** An {@link EventSink} that sends only what the contract names, and logs what it refuses. */
export function contractEventSink(
  send: EventTransport,
  log: RefusedEventLog = defaultLog,
): EventSink {
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      const parsed = parseEvent(event, payload);
      if (parsed.ok) send(event, parsed.payload);
      else log(event, parsed.reason);
    },
  };
}

/** Time formatting for tokens and device codes. Pure functions so they are easy to test. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "in 59 min", "in 1 h 5 min", "in less than a minute", "expired 3 min ago". */
export function formatRelative(targetMs: number, nowMs: number): string {
  const delta = targetMs - nowMs;
  const span = describeSpan(Math.abs(delta));
  if (delta >= 0) return span === undefined ? 'in less than a minute' : `in ${span}`;
  return span === undefined ? 'expired just now' : `expired ${span} ago`;
}

function describeSpan(ms: number): string | undefined {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 1) return undefined;
  if (ms < HOUR) return `${minutes} min`;
  const hours = Math.floor(ms / HOUR);
  const rest = minutes - hours * 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A past moment: "5 min ago", "2 h 10 min ago", "just now". */
export function formatAgo(targetMs: number, nowMs: number): string {
  const span = describeSpan(Math.max(0, nowMs - targetMs));
  return span === undefined ? 'just now' : `${span} ago`;
}

/** Countdown as m:ss (never negative), e.g. "14:59". */
export function formatCountdown(remainingMs: number): string {
  const totalSeconds = Math.max(0, Math.floor(remainingMs / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dateAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Local clock time; the date is added only when it is not today, to keep the line short. */
export function formatLocalTime(targetMs: number, nowMs: number): string {
  const sameDay = new Date(targetMs).toDateString() === new Date(nowMs).toDateString();
  return (sameDay ? timeOnly : dateAndTime).format(targetMs);
}

const reasonPhrases: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "200 OK"; status 0 means the request never got an answer. */
export function formatHttpStatus(status: number): string {
  if (status === 0) return 'no response';
  const phrase = reasonPhrases[status];
  return phrase ? `${status} ${phrase}` : String(status);
}

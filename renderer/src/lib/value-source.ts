import type { ProxyState, ValueSource } from '../../../preload/contract';

/** Where a prefilled value came from, as a caption under its field. */
export function describeSource(source: ValueSource): string {
  const detail = source.detail.trim();
  switch (source.kind) {
    case 'environment':
      return detail ? `From ${detail}` : 'From an environment variable';
    case 'setting':
      return 'Set in M365 Desk';
    case 'sandbox':
      return detail || 'Sandbox tenant’s built-in app';
    case 'default':
      return detail || 'Default';
    case 'none':
      return 'Not set';
  }
}

/** The caption for a field the person may have changed from its default. */
export function describeFieldValue(
  typed: string,
  defaultValue: string | undefined,
  /** Undefined when the defaults could not be loaded. */
  source: ValueSource | undefined,
): string {
  if (!source) return typed.trim() ? 'Entered by you' : 'Not set';
  if (typed.trim() === (defaultValue ?? '').trim()) return describeSource(source);
  return defaultValue ? `Changed by you (default: ${defaultValue})` : 'Entered by you';
}

/** Where the proxy in use comes from, in the words of the status bar. */
export function describeProxySource(state: ProxyState): string {
  switch (state.source) {
    case 'environment':
      return 'From HTTPS_PROXY';
    case 'setting':
      return 'Set in M365 Desk';
    case 'none':
      return 'No proxy';
  }
}

/** Where the proxy's password is kept, in one sentence; undefined when it has none. */
export function describeProxyPassword(state: ProxyState): string | undefined {
  if (!state.hasPassword) return undefined;
  switch (state.passwordKept) {
    case 'encrypted':
      return 'Its password is kept encrypted by this computer’s keystore and is shown as •••.';
    case 'session':
      return 'Its password is kept for this session only, because this computer has no secure keystore: after a restart you will be asked for it again.';
    case 'environment':
      return 'Its password comes from the HTTPS_PROXY environment variable; M365 Desk does not store it.';
    default:
      return 'It has a password, shown as •••.';
  }
}

/**
 * Electron's event object as the shell sees it: `preventDefault()` and `defaultPrevented`,
 * plus the fields a particular event carries (an IPC event's `senderFrame`, for example).
 */
import type { Event as ElectronEvent } from 'electron';

export class StandInEvent implements ElectronEvent {
  private prevented = false;

  preventDefault(): void {
    this.prevented = true;
  }

  get defaultPrevented(): boolean {
    return this.prevented;
  }
}

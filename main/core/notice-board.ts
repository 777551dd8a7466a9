/** Problems the app handled by itself, kept so the person is told about them once they look. */
import type { Problem } from '../../preload/contract';

export class NoticeBoard {
  private readonly notices = new Map<string, Problem>();

  /** Told of each notice not on the board yet (the window is told in turn). */
  onNew: () => void = () => undefined;

  add(notice: Problem): void {
    const key = `${notice.code}:${notice.message}`;
    if (this.notices.has(key)) return;
    this.notices.set(key, notice);
    this.onNew();
  }

  list(): Problem[] {
    return [...this.notices.values()];
  }
}

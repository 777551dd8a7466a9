/** Problems the app handled by itself, kept so the person is told about them once they look. */
import type { Problem } from '../../preload/contract';

export class NoticeBoard {
  private readonly notices = new Map<string, Problem>();

  add(notice: Problem): void {
    this.notices.set(`${notice.code}:${notice.message}`, notice);
  }

  list(): Problem[] {
    return [...this.notices.values()];
  }
}

/**
 * The accessibility check every spec runs, on both hosts (see fixtures.ts): axe-core, through
 * Playwright, over every screen the spec comes to. A screen is what a person would call one:
 * the headings on view, the open dialogs and the panels' states; whenever that changes and
 * holds still for a moment, axe runs over the whole page (open dialogs included), and each
 * serious or critical violation is kept with the screen it was found on. The spec fails on any.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { confirmed } from './confirmed-violations';
import type { DeskHost } from './desk-host';

/** WCAG 2.1 A and AA, the level an admin tool for organisations is held to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);
const POLL_MS = 300;
/** How long a violation found waits to be looked at again. */
const CONFIRM_MS = 400;
/**
 * Tabster's focus bumpers (Fluent UI's focus management): focusable on purpose, hidden on
 * purpose, and never holding focus: each sends it on at once. axe cannot tell (tabster#288);
 * Accessibility Insights leaves them out for the same reason (accessibility-insights-web#7605).
 * Everything else aria-hidden-focus finds still counts.
 */
const TABSTER_BUMPER = /^<i [^>]*data-tabster-dummy/;
/**
 * A disabled control (Fluent's `disabledFocusable` sets aria-disabled): WCAG 1.4.3 sets no
 * contrast for an inactive component's text, and Fluent draws it pale on purpose. The text may
 * sit in the control's own element or in one inside it (a compound button's content), which
 * `markInactive` marks for the length of one check.
 */
const INACTIVE = /^<[^>]*\b(aria-disabled="true"|data-axe-inactive)/;
const exempt = (rule: string, html: string) =>
  (rule === 'aria-hidden-focus' && TABSTER_BUMPER.test(html)) ||
  (rule === 'color-contrast' && INACTIVE.test(html));

export interface AccessibilityViolation {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  /** Where: the first few elements, as axe names and shows them. */
  targets: string[];
}

/** The screen on view, in words: the same words mean the same screen. */
function screenSignature(): string {
  const text = (el: Element | null | undefined) => el?.textContent?.trim().slice(0, 80) ?? '';
  const all = (selector: string) => Array.from(document.querySelectorAll(selector));
  const dialogs = all('[role="dialog"], [role="alertdialog"]').map(
    (d) => `dialog: ${d.getAttribute('aria-label') ?? text(d.querySelector('h1, h2, h3'))}`,
  );
  const headings = all('h1, h2, h3').map((h) => text(h));
  const states = all('[data-state]').map((badge) => text(badge)); // the panels' state badges
  return [...dialogs, ...headings, ...states].join(' | ');
}

export class AccessibilityWatch {
  readonly violations: AccessibilityViolation[] = [];
  readonly screens = new Set<string>();
  private stopped = false;
  /** Set when axe did not finish: the spec froze the page's clock, which axe waits on. */
  private clockFrozen = false;
  private poll?: Promise<void>;

  constructor(private readonly host: DeskHost) {}

  start(): void {
    this.poll = (async () => {
      await this.stillMotion();
      let seen = '';
      let candidate = '';
      while (!this.stopped) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        const now = await this.signature();
        // Checked once it held still for one poll: a screen, not a frame of a transition.
        if (now && now === candidate && now !== seen) {
          await this.check(now);
          seen = now;
        }
        candidate = now;
      }
    })();
  }

  /** Stops watching and checks the last screen; returns a one-line summary for the report. */
  async finish(): Promise<string> {
    this.stopped = true;
    await this.poll;
    const last = await this.signature();
    if (last && !this.screens.has(last)) await this.check(last);
    const frozen = this.clockFrozen ? ' (then the spec froze the clock axe needs)' : '';
    return `accessibility: ${this.screens.size} screens${frozen}, ${this.violations.length} serious or critical`;
  }

  /**
   * Fluent UI honours prefers-reduced-motion: with it, a dialog is drawn whole at once, and axe
   * never measures the contrast of text that is half faded in or out. Set on each check, for
   * the page a restart may have replaced.
   */
  private async stillMotion(): Promise<void> {
    await this.host.page.emulateMedia({ reducedMotion: 'reduce' }).catch(() => undefined);
  }

  private async signature(): Promise<string> {
    return this.host.page.evaluate(screenSignature).catch(() => ''); // restarting, or closed
  }

  private async check(screen: string): Promise<void> {
    await this.stillMotion();
    await settled(this.host.page);
    if (this.clockFrozen) return;
    const first = await this.blocking();
    if (first === 'late' || !first) return;
    this.screens.add(screen);
    if (!first.length) return;
    // Found: looked at again once the page holds still (see confirmed-violations.ts).
    await sleep(CONFIRM_MS);
    await settled(this.host.page);
    const again = await this.blocking();
    for (const violation of confirmed(first, again === 'late' ? undefined : again)) {
      const { nodes } = violation;
      this.violations.push({
        screen,
        rule: violation.id,
        impact: violation.impact!,
        help: violation.help,
        targets: nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 160)}; ${n.failureSummary ?? ''}`),
      });
    }
  }

  /** The serious and critical violations axe finds now, less the exempt nodes. */
  private async blocking() {
    const results = await analyze(this.host.page);
    if (results === 'late') this.clockFrozen = true; // the screens checked so far stand
    if (!results || results === 'late') return results;
    return results.violations
      .filter((violation) => BLOCKING.has(violation.impact ?? ''))
      .map((violation) => ({
        ...violation,
        nodes: violation.nodes.filter((n) => !exempt(violation.id, n.html)),
      }))
      .filter((violation) => violation.nodes.length > 0);
  }
}

/**
 * Waits (a bounded while) for the page's transitions to end: a dialog fading in is half-drawn,
 * and its text fails the contrast check. Endless animations (spinners) do not count.
 */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) =>
              a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
          ),
      null,
      { timeout: 1_500, polling: 50 },
    )
    .catch(() => undefined); // still moving: check what is there
}

/**
 * axe over the page, or undefined when the page went away or axe did not finish in time: it
 * waits on the page's own timers, which a spec that installs Playwright's clock stops.
 */
async function analyze(page: Page) {
  const stop = new AbortController();
  const late = sleep(8_000, 'late' as const, { signal: stop.signal }).catch(() => undefined);
  try {
    await page.evaluate(markInactive, true);
    return await Promise.race([new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze(), late]);
  } catch {
    return undefined;
  } finally {
    stop.abort();
    await page.evaluate(markInactive, false).catch(() => undefined);
  }
}

/**
 * Marks what is inside a disabled control, so its text counts as inactive, and keeps the marks
 * true while axe runs: a control the page disables (or enables) meanwhile, as the wizard does
 * with the steps behind it, is marked (or unmarked) before axe reads it. `false` ends that.
 */
function markInactive(on: boolean) {
  const page = window as unknown as { __axeInactive?: MutationObserver };
  const mark = () => {
    const inside = new Set(Array.from(document.querySelectorAll('[aria-disabled="true"] *')));
    for (const element of Array.from(document.querySelectorAll('[data-axe-inactive]'))) {
      if (!inside.has(element)) element.removeAttribute('data-axe-inactive');
    }
    for (const element of inside) element.setAttribute('data-axe-inactive', '');
  };
  page.__axeInactive?.disconnect();
  delete page.__axeInactive;
  if (!on) {
    for (const element of Array.from(document.querySelectorAll('[data-axe-inactive]'))) {
      element.removeAttribute('data-axe-inactive');
    }
    return;
  }
  mark();
  page.__axeInactive = new MutationObserver(mark);
  page.__axeInactive.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-disabled'],
  });
}

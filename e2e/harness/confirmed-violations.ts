/**
 * What axe found on a screen and still finds when it looks again, once the page holds still: a
 * control caught between two states (a button disabled while its panel is checked, enabled as
 * axe read it) is not a screen a person sees; a violation that stays is.
 */
import type { Result } from 'axe-core';

/** A violation as the watch keeps it: axe's, with only the nodes it does not exempt. */
export type Found = Pick<Result, 'id' | 'impact' | 'help' | 'nodes'>;

const where = (rule: string, target: readonly unknown[]) => `${rule} ${target.join(' ')}`;

/**
 * The violations of `first` whose nodes `again` found too (by rule and target), each with only
 * those nodes. Without a second look (the page went away, or axe was late), `first` stands.
 */
export function confirmed(first: readonly Found[], again: readonly Found[] | undefined): Found[] {
  if (!again) return [...first];
  const seen = new Set(again.flatMap((v) => v.nodes.map((n) => where(v.id, n.target))));
  return first
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => seen.has(where(v.id, n.target))) }))
    .filter((v) => v.nodes.length > 0);
}

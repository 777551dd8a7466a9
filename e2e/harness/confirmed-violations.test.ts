import { describe, expect, it } from 'vitest';
import { confirmed, type Found } from './confirmed-violations';

const node = (target: string) => ({
  target: [target],
  html: `<b id="${target}">`,
  any: [],
  all: [],
  none: [],
});
const violation = (id: string, ...targets: string[]): Found => ({
  id,
  impact: 'serious',
  help: id,
  nodes: targets.map(node),
});

describe('a violation axe found, looked at again', () => {
  it('is kept where it is still there', () => {
    const first = [violation('color-contrast', '#pale'), violation('label', '#field')];
    const again = [violation('label', '#field'), violation('color-contrast', '#pale')];
    expect(confirmed(first, again)).toEqual(first);
  });

  it('is let go where it was a control caught between two states', () => {
    const first = [violation('color-contrast', '#refresh', '#pale')];
    expect(confirmed(first, [violation('color-contrast', '#pale')])).toEqual([
      violation('color-contrast', '#pale'),
    ]);
    expect(confirmed(first, [])).toEqual([]);
  });

  it('is matched by rule as well as place', () => {
    expect(confirmed([violation('color-contrast', '#x')], [violation('label', '#x')])).toEqual([]);
  });

  it('stands when there was no second look', () => {
    const first = [violation('color-contrast', '#pale')];
    expect(confirmed(first, undefined)).toEqual(first);
  });
});

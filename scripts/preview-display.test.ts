import { describe, expect, it } from 'vitest';
import { previewDisplayPlan } from './preview-display';

describe('where the preview shows its window', () => {
  it('runs where it is when there is a display, or it is not Linux', () => {
    expect(previewDisplayPlan({ platform: 'linux', display: ':0' })).toEqual({ run: 'here' });
    expect(previewDisplayPlan({ platform: 'linux', waylandDisplay: 'wayland-0' })).toEqual({
      run: 'here',
    });
    expect(previewDisplayPlan({ platform: 'darwin' })).toEqual({ run: 'here' });
    expect(previewDisplayPlan({ platform: 'win32' })).toEqual({ run: 'here' });
  });

  it('runs under xvfb without a display, and says nobody can see it and what works instead', () => {
    const plan = previewDisplayPlan({ platform: 'linux' });
    expect(plan.run).toBe('under-xvfb');
    const notice = plan.run === 'under-xvfb' ? plan.notice : '';
    expect(notice).toMatch(/nobody can see/);
    expect(notice).toContain('npm run screenshots -- <folder>');
    expect(notice).toContain('npm run test:e2e');
  });

  it('does not ask again once it runs under xvfb', () => {
    expect(previewDisplayPlan({ platform: 'linux', underXvfb: '1' })).toEqual({ run: 'here' });
  });
});

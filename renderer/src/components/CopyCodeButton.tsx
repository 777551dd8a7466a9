import { Button } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the device code. The clipboard API can be missing or refuse (no focus, permissions);
 * then we say so and leave the code selectable instead of failing silently.
 */
export function CopyCodeButton({ code }: { code: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2_500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(code);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <Button
        icon={state === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
        onClick={() => void copy()}
      >
        {state === 'copied' ? 'Copied' : 'Copy code'}
      </Button>
      {/* Announced politely so screen reader users know whether the copy worked. */}
      <span aria-live="polite">
        {state === 'failed' ? 'Could not copy; select the code and copy it yourself.' : ''}
      </span>
    </>
  );
}

import { Button, Tooltip } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useEffect, useState, type ReactNode } from 'react';
import { useVisuallyHidden } from './visually-hidden';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  value: string;
  /** What is copied, for the accessible name: "Copy {what}". */
  what: string;
  /** A visible label; without one the button is an icon with a tooltip. */
  children?: ReactNode;
  appearance?: 'secondary' | 'subtle' | 'primary';
}

/**
 * Copies one value to the clipboard. The clipboard can be missing or refuse (no focus,
 * permissions); then it says so, politely, and the value stays on screen to select by hand.
 */
export function CopyButton({ value, what, children, appearance = 'subtle' }: CopyButtonProps) {
  const styles = useVisuallyHidden();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2_500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  const icon = state === 'copied' ? <CheckmarkRegular /> : <CopyRegular />;
  const announcement =
    state === 'copied'
      ? `Copied ${what}.`
      : state === 'failed'
        ? `Could not copy ${what}; select it and copy it yourself.`
        : '';
  const button = children ? (
    <Button appearance={appearance} icon={icon} onClick={() => void copy()}>
      {state === 'copied' ? 'Copied' : children}
    </Button>
  ) : (
    <Tooltip content={state === 'copied' ? 'Copied' : 'Copy'} relationship="description">
      <Button
        appearance={appearance}
        size="small"
        icon={icon}
        aria-label={`Copy ${what}`}
        onClick={() => void copy()}
      />
    </Tooltip>
  );
  return (
    <>
      {button}
      {/* A failure stays visible: the value is on screen to select and copy by hand. */}
      <span aria-live="polite" className={state === 'failed' ? undefined : styles.hidden}>
        {announcement}
      </span>
    </>
  );
}

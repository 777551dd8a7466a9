import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, MailRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { AccessRequestInput } from '../../../preload/contract';
import { call } from '../bridge/desk-client';

const useStyles = makeStyles({
  // What it did goes under the button, so the button keeps its one line beside a long answer.
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    gap: tokens.spacingVerticalXS,
  },
  button: { flexShrink: 0, whiteSpace: 'nowrap' },
  // The text stays as the core wrote it, lines and all, where the clipboard refused.
  said: { whiteSpace: 'pre-wrap', textAlign: 'start' },
});

/**
 * AADSTS50105, the account is not assigned to the app: copies the core's request for access
 * (who, which app, which tenant, where an administrator assigns it; never a token) for the
 * person to send an administrator. The clipboard can refuse; then it says so and shows the text.
 */
export function AccessRequestButton({ serviceId, of }: AccessRequestInput) {
  const styles = useStyles();
  const [said, setSaid] = useState<{ copied: boolean; text: string }>();

  useEffect(() => {
    if (!said?.copied) return;
    const timer = window.setTimeout(() => setSaid(undefined), 4_000);
    return () => window.clearTimeout(timer);
  }, [said]);

  const copy = async () => {
    const request = await call('service.accessRequest', { serviceId, of });
    if (!request.ok) return setSaid({ copied: false, text: request.message });
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(request.value.text);
      setSaid({ copied: true, text: 'Copied. Send it to an administrator of your organisation.' });
    } catch {
      setSaid({
        copied: false,
        text: `The clipboard refused. Select this and copy it yourself:\n\n${request.value.text}`,
      });
    }
  };

  return (
    <span className={styles.root}>
      <Button
        className={styles.button}
        icon={said?.copied ? <CheckmarkRegular /> : <MailRegular />}
        onClick={() => void copy()}
      >
        Copy a request for access
      </Button>
      <span role="status" className={styles.said}>
        {said?.text}
      </span>
    </span>
  );
}

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { GlobeRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useProxySetting } from '../hooks/use-proxy-setting';
import { describeProxySource } from '../lib/value-source';
import { ProxyDialog } from './ProxyDialog';

const useStyles = makeStyles({
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  button: { minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
});

/** The status bar's proxy: where it comes from at a glance, and the dialog to change it. */
export function ProxyControl() {
  const styles = useStyles();
  const { state, save } = useProxySetting();
  const [open, setOpen] = useState(false);
  const summaryId = useId();
  if (!state) return null;
  const summary = describeProxySource(state);

  return (
    <span className={styles.item}>
      <Button
        size="small"
        appearance="transparent"
        className={styles.button}
        icon={<GlobeRegular />}
        aria-describedby={summaryId}
        onClick={() => setOpen(true)}
      >
        Proxy
      </Button>
      <span id={summaryId}>{state.proxyUrl ? `${summary} (${state.proxyUrl})` : summary}</span>
      <ProxyDialog state={state} open={open} onSave={save} onDismiss={() => setOpen(false)} />
    </span>
  );
}

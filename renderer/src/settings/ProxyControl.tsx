import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { GlobeRegular, WarningRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useReloadAppInfo } from '../app/app-info';
import { useProxySetting } from './use-proxy-setting';
import { describeProxySource } from '../lib/value-source';
import { ProxyDialog } from './lazy-dialogs';

const useStyles = makeStyles({
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  button: { minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * The status bar's proxy: where it comes from at a glance (its password only ever as •••),
 * whether its password is needed, and the dialog to change it.
 */
export function ProxyControl() {
  const styles = useStyles();
  const reloadAppInfo = useReloadAppInfo();
  const { state, save, reload } = useProxySetting();
  const [open, setOpen] = useState(false);
  const summaryId = useId();
  if (!state) return null;
  const summary = describeProxySource(state);
  const needed = state.problem?.code === 'proxy_password_needed';

  return (
    <span className={styles.item}>
      <Button
        size="small"
        appearance="transparent"
        className={styles.button}
        icon={<GlobeRegular />}
        aria-describedby={summaryId}
        onClick={() => {
          // Where the password is kept follows the token storage choice: read it afresh.
          void reload().then(() => setOpen(true));
        }}
      >
        Proxy
      </Button>
      <span id={summaryId}>
        {state.displayUrl ? `${summary} (${state.displayUrl})` : summary}
        {needed && (
          <span className={styles.warning}>
            {' '}
            <WarningRegular aria-hidden /> password needed
          </span>
        )}
      </span>
      <ProxyDialog
        state={state}
        open={open}
        onSave={async (proxyUrl, noProxy) => {
          const problem = await save(proxyUrl, noProxy);
          if (!problem) reloadAppInfo(); // the dashboard's notice about the password may be gone
          return problem;
        }}
        onDismiss={() => setOpen(false)}
      />
    </span>
  );
}

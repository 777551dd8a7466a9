import { makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { AppInfo } from '../../../preload/contract';
import { ProxyControl, TokenStorageControl } from '../settings';
import { useAppInfo } from './app-info';
import { SupportMenu } from './SupportMenu';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  spacer: { flexGrow: 1 },
});

const hostNames: Record<AppInfo['host'], string> = {
  electron: 'Desktop app',
  'chromium-bridge': 'Test host',
};

/** Facts an admin may want to check but should not have to look at: where tokens live, etc. */
export function StatusBar() {
  const styles = useStyles();
  const info = useAppInfo();
  if (!info) return <footer className={styles.bar} />;
  return (
    <footer className={styles.bar} aria-label="Status">
      <span className={styles.item}>
        <LockClosedRegular aria-hidden />
        Token storage: {info.tokenStorage}
      </span>
      <TokenStorageControl />
      <ProxyControl />
      <SupportMenu />
      <span className={styles.spacer} />
      <span>{hostNames[info.host]}</span>
      <span>Version {info.version}</span>
    </footer>
  );
}

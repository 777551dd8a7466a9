import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Account, ServiceId } from '../../../preload/contract';

const useStyles = makeStyles({
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '220px' },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** "Contoso, contoso.onmicrosoft.com", the domain or the tenant id: the best name known. */
function tenantWords(account: Pick<Account, 'tenantName' | 'tenantDomain' | 'tenantId'>) {
  const { tenantName, tenantDomain, tenantId } = account;
  if (tenantName) return tenantDomain ? `${tenantName}, ${tenantDomain}` : tenantName;
  return tenantDomain ?? tenantId;
}

interface AccountFactsProps {
  account: Account;
  serviceLabels: Partial<Record<ServiceId, string>>;
}

/**
 * What an account is, in words: its name, who signs in, the tenant and the app by name (the
 * app's id beside it), and which services use it.
 */
export function AccountFacts({ account, serviceLabels }: AccountFactsProps) {
  const styles = useStyles();
  const { name, displayName, username, clientId, appDisplayName, services } = account;
  const usedBy = services.map((id) => serviceLabels[id] ?? id);
  // The made-up name starts with the person already; a name the person chose may not say who.
  const who =
    account.kind === 'app-only'
      ? 'The app signs in as itself (app-only)'
      : name.includes(displayName)
        ? username
        : `${displayName} · ${username}`;
  return (
    <div className={styles.who}>
      <Text className={styles.name}>{name}</Text>
      <Text className={styles.muted}>{who}</Text>
      <Caption1 className={styles.muted}>
        Tenant: {tenantWords(account)} · App:{' '}
        {appDisplayName ? (
          <>
            {appDisplayName}, <span className={styles.mono}>{clientId}</span>
          </>
        ) : (
          <span className={styles.mono}>{clientId}</span>
        )}
      </Caption1>
      <Caption1 className={styles.muted}>
        {usedBy.length > 0 ? `Used by ${usedBy.join(', ')}` : 'No service uses this account.'}
      </Caption1>
    </div>
  );
}

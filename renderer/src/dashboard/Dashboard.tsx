import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Account, ServiceId } from '../../../preload/contract';
import { useAppInfo } from '../app/app-info';
import { useAccounts, AccountsSection } from '../accounts';
import { ConnectAll } from '../connect-all';
import { useServices } from './use-services';
import { prefillFor, type ConnectRequest } from '../sign-in';
import { ProblemBar } from '../ui/ProblemBar';
import { ChecksAnnouncement } from './ChecksAnnouncement';
import { ServicePanel } from './ServicePanel';
import { BusyIcon } from '../ui/BusyIcon';

const useStyles = makeStyles({
  main: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  inner: {
    maxWidth: '1400px',
    margin: '0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  intro: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  introText: { flexGrow: 1 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { color: tokens.colorNeutralForeground2 },
  grid: {
    display: 'grid',
    // Three columns on a 1280px window, two on a narrower one, one on a very narrow one.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'stretch',
  },
});

// With more panels than this, each folds its long details away so the grid stays scannable.
const compactFrom = 4;

/** The home page: one panel per service the core knows about, then the accounts they use. */
export function Dashboard() {
  const styles = useStyles();
  const info = useAppInfo();
  const services = useServices();
  const accounts = useAccounts();
  const { load } = services;
  const cloud = info?.defaultCloud;
  // One connect dialog at a time, opened by a panel or by an account that must sign in again.
  const [connecting, setConnecting] = useState<ConnectRequest & { serviceId: ServiceId }>();

  // An account signs in again through one of its services; the core moves the others along.
  const signInAgain = (account: Account) => {
    if (load.state !== 'done') return;
    const shown = load.value.map((panel) => panel.serviceId);
    const serviceId = account.services.find((id) => shown.includes(id)) ?? shown[0];
    if (serviceId) setConnecting({ serviceId, prefill: prefillFor(account) });
  };

  // A service's own sign-in again, with the account it uses (after Connect all's consent step).
  const signInFor = (serviceId: ServiceId) => {
    if (load.state !== 'done') return;
    const connectionId = load.value.find((panel) => panel.serviceId === serviceId)?.status
      .connectionId;
    const account = accounts.list.find((entry) => entry.id === connectionId);
    setConnecting({ serviceId, prefill: account && prefillFor(account) });
  };

  const serviceLabels = useMemo(() => {
    const labels: Partial<Record<ServiceId, string>> = {};
    if (load.state === 'done')
      for (const panel of load.value) labels[panel.serviceId] = panel.label;
    return labels;
  }, [load]);

  return (
    <main className={styles.main}>
      <div className={styles.inner}>
        <div className={styles.intro}>
          <div className={styles.introText}>
            <h1 className={styles.title}>Dashboard</h1>
            <Body1 className={styles.subtitle}>
              Connect the Microsoft 365 services you administer and check that they answer.
            </Body1>
          </div>
          {load.state === 'done' && cloud && (
            <ConnectAll
              panels={load.value}
              cloud={cloud}
              accounts={accounts.list.filter((account) => account.cloud === cloud)}
              onStatus={services.applyStatus}
              onSignInAgain={signInFor}
            />
          )}
          {load.state === 'done' && (
            <Button
              icon={services.refreshing ? <BusyIcon /> : <ArrowSyncRegular />}
              disabledFocusable={services.refreshing}
              onClick={() => void services.refreshAll()}
            >
              Refresh all
            </Button>
          )}
        </div>
        {info?.notices.map((notice) => (
          <ProblemBar key={notice.code} problem={notice} intent="warning" />
        ))}
        {services.refreshProblem && (
          <ProblemBar
            problem={services.refreshProblem}
            onDismiss={services.dismissRefreshProblem}
          />
        )}
        <ChecksAnnouncement panels={load.state === 'done' ? load.value : []} />
        {load.state === 'pending' && <Spinner label="Loading services…" />}
        {load.state === 'failed' && (
          <ProblemBar
            problem={load.problem}
            action={<Button onClick={services.retry}>Retry</Button>}
          />
        )}
        {load.state === 'done' && (
          <div className={styles.grid}>
            {load.value.map((panel) => {
              const panelCloud = cloud ?? panel.status.cloud;
              return (
                <ServicePanel
                  key={panel.serviceId}
                  panel={panel}
                  cloud={panelCloud}
                  accounts={accounts.list.filter((account) => account.cloud === panelCloud)}
                  compact={load.value.length >= compactFrom}
                  onStatus={services.applyStatus}
                  connectRequest={
                    connecting?.serviceId === panel.serviceId ? connecting : undefined
                  }
                  onConnectRequest={(request) =>
                    setConnecting(request && { ...request, serviceId: panel.serviceId })
                  }
                />
              );
            })}
          </div>
        )}
        <AccountsSection
          accounts={accounts}
          serviceLabels={serviceLabels}
          onSignInAgain={signInAgain}
        />
      </div>
    </main>
  );
}

import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { AppInfo } from '../../../preload/contract';
import { useServices } from '../hooks/use-services';
import { ProblemBar } from './ProblemBar';
import { ServicePanel } from './ServicePanel';

const useStyles = makeStyles({
  main: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
  },
  inner: {
    maxWidth: '1200px',
    margin: '0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { color: tokens.colorNeutralForeground2 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 480px), 1fr))',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
});

/** The home page: one panel per service the core knows about. */
export function Dashboard({ info }: { info: AppInfo | undefined }) {
  const styles = useStyles();
  const { load, retry, applyStatus } = useServices();

  return (
    <main className={styles.main}>
      <div className={styles.inner}>
        <div>
          <h1 className={styles.title}>Dashboard</h1>
          <Body1 className={styles.subtitle}>
            Connect the Microsoft 365 services you administer and check that they answer.
          </Body1>
        </div>
        {load.state === 'pending' && <Spinner label="Loading services…" />}
        {load.state === 'failed' && (
          <ProblemBar problem={load.problem} action={<Button onClick={retry}>Retry</Button>} />
        )}
        {load.state === 'done' && (
          <div className={styles.grid}>
            {load.value.map((panel) => (
              <ServicePanel
                key={panel.serviceId}
                panel={panel}
                cloud={info?.defaultCloud ?? panel.status.cloud}
                onStatus={applyStatus}
              />
            ))}
          </div>
        )}
      </div>
    </main>
  );
}

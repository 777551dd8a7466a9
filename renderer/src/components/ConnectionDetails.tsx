import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, ErrorCircleFilled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { ConnectionStatus, ProbeResult } from '../../../preload/contract';
import { formatHttpStatus, formatLocalTime, formatRelative } from '../lib/format-time';
import { useNow } from '../hooks/use-now';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(110px, max-content) 1fr',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalM,
    margin: 0,
  },
  row: { display: 'contents' },
  term: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  secondary: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  expired: { color: tokens.colorPaletteRedForeground1 },
  scopes: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  probe: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  probeIcon: { flexShrink: 0, fontSize: '16px', marginTop: '2px' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/** Everything known about a connection, as a <dl> so each value is found by its label. */
export function ConnectionDetails({ status }: { status: ConnectionStatus }) {
  const styles = useStyles();
  const now = useNow(30_000);
  const { account, tenantDomain, accessTokenExpiresAt, scopes, probe } = status;

  const rows: Array<[string, ReactNode]> = [];
  if (account) {
    rows.push([
      'Account',
      <>
        {account.displayName}
        <span className={styles.secondary}>{account.username}</span>
      </>,
    ]);
    rows.push([
      'Tenant',
      <>
        {tenantDomain ?? 'Unknown domain'}
        <span className={mergeClasses(styles.secondary, styles.mono)}>{account.tenantId}</span>
      </>,
    ]);
  }
  if (accessTokenExpiresAt) {
    const expiresMs = Date.parse(accessTokenExpiresAt);
    rows.push([
      'Token expires',
      <time
        dateTime={accessTokenExpiresAt}
        className={expiresMs <= now ? styles.expired : undefined}
      >
        {formatRelative(expiresMs, now)}
        <span className={styles.secondary}>{formatLocalTime(expiresMs, now)}</span>
      </time>,
    ]);
  }
  if (scopes.length > 0) {
    rows.push([
      'Permissions',
      <ul className={styles.scopes}>
        {scopes.map((scope) => (
          <li key={scope}>
            <Badge appearance="tint" color="informative" shape="rounded">
              {scope}
            </Badge>
          </li>
        ))}
      </ul>,
    ]);
  }
  if (probe) rows.push(['Live probe', <ProbeLine probe={probe} now={now} />]);

  return (
    <dl className={styles.list}>
      {rows.map(([label, value]) => (
        // A <div> may group a <dt>/<dd> pair; `contents` keeps the pair in the parent grid.
        <div key={label} className={styles.row}>
          <dt className={styles.term}>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ProbeLine({ probe, now }: { probe: ProbeResult; now: number }) {
  const styles = useStyles();
  const Icon = probe.ok ? CheckmarkCircleFilled : ErrorCircleFilled;
  const checkedMs = Date.parse(probe.checkedAt);
  return (
    <div className={styles.probe} data-probe-ok={probe.ok}>
      <Icon
        aria-hidden
        className={mergeClasses(styles.probeIcon, probe.ok ? styles.ok : styles.failed)}
      />
      <div>
        <span className={probe.ok ? styles.ok : styles.failed}>
          {probe.request} · {formatHttpStatus(probe.status)} · {Math.round(probe.latencyMs)} ms
        </span>
        <span className={styles.secondary}>
          {probe.summary} · checked {formatLocalTime(checkedMs, now)}
        </span>
      </div>
    </div>
  );
}

import {
  Badge,
  Button,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  ChevronDownRegular,
  ChevronUpRegular,
  ErrorCircleFilled,
} from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ServiceStatus, ProbeResult, SignedInWith } from '../../../preload/contract';
import { formatAgo, formatHttpStatus, formatLocalTime, formatRelative } from '../ui/format-time';
import { useNow } from '../ui/use-now';
import { ChipList, DetailList, type DetailRow } from '../ui/DetailList';
import { EffectivePermissionsList, effectiveLabel } from './EffectivePermissionsList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  secondary: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  expired: { color: tokens.colorPaletteRedForeground1 },
  site: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  probe: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  probeIcon: { flexShrink: 0, fontSize: '16px', marginTop: '2px' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  toggle: { alignSelf: 'flex-start' },
});

const signInWords: Record<SignedInWith, string> = {
  'device-code': 'Device code',
  'in-app-window': 'Sign-in window',
  'system-browser': 'System browser',
  certificate: 'Certificate',
  secret: 'Client secret',
  'cli-import': 'Imported from the CLI for Microsoft 365',
};

interface ConnectionDetailsProps {
  status: ServiceStatus;
  /** The connection is an app signing in as itself: its "account" is the app. */
  appOnly?: boolean;
  /** Many panels on screen: show the essentials and put the rest behind "More details". */
  compact: boolean;
}

/** Everything known about a connection, labelled; the long rows fold away in compact mode. */
export function ConnectionDetails({ status, compact, appOnly }: ConnectionDetailsProps) {
  const styles = useStyles();
  const now = useNow(30_000);
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const { account, tenantDomain, tenantName, accessTokenExpiresAt, scopes, probe, sharePoint } =
    status;
  const folded = compact && !expanded;

  const rows: DetailRow[] = [];
  if (account) {
    rows.push({
      label: 'Account',
      value: (
        <>
          {account.displayName}
          <span className={styles.secondary}>
            {appOnly ? `App-only · ${account.username}` : account.username}
          </span>
        </>
      ),
    });
  }
  // A host the tenant lacks is named by the panel's notice ("no SharePoint at …"): said once.
  const siteInNotice =
    status.state === 'not-available' &&
    sharePoint !== undefined &&
    status.problem?.message.includes(sharePoint.siteUrl) === true;
  if (sharePoint && !siteInNotice) {
    rows.push({
      label: 'Site',
      value: (
        <span className={styles.site}>
          {sharePoint.siteUrl}
          {sharePoint.isAdmin && (
            <Badge appearance="outline" color="brand" shape="rounded">
              Admin center
            </Badge>
          )}
        </span>
      ),
    });
  }
  if (account) {
    rows.push({
      label: 'Tenant',
      hidden: folded,
      value: (
        <>
          {/* The best name known; the tenant id always beside it, for support. */}
          {tenantName ?? tenantDomain ?? account.tenantId}
          {tenantName && tenantDomain && <span className={styles.secondary}>{tenantDomain}</span>}
          {(tenantName ?? tenantDomain) && (
            <span className={mergeClasses(styles.secondary, styles.mono)}>{account.tenantId}</span>
          )}
        </>
      ),
    });
  }
  if (account?.signedInWith && account.signedInAt) {
    const atMs = Date.parse(account.signedInAt);
    rows.push({
      label: 'Signed in',
      hidden: folded,
      value: (
        <time dateTime={account.signedInAt}>
          {signInWords[account.signedInWith]} · {formatAgo(atMs, now)}
          <span className={styles.secondary}>{formatLocalTime(atMs, now)}</span>
        </time>
      ),
    });
  }
  if (accessTokenExpiresAt) {
    const expiresMs = Date.parse(accessTokenExpiresAt);
    rows.push({
      label: 'Token expires',
      value: (
        <time
          dateTime={accessTokenExpiresAt}
          className={expiresMs <= now ? styles.expired : undefined}
        >
          {formatRelative(expiresMs, now)}
          <span className={styles.secondary}>{formatLocalTime(expiresMs, now)}</span>
        </time>
      ),
    });
  }
  if (scopes.length > 0) {
    rows.push({ label: 'Permissions', hidden: folded, value: <ChipList items={scopes} /> });
  }
  if (status.effective?.permissions.some((p) => p.parts.length > 0)) {
    const view = status.effective;
    rows.push({
      label: effectiveLabel(view),
      hidden: folded,
      value: <EffectivePermissionsList view={view} />,
    });
  }
  if (status.checking) {
    rows.push({ label: 'Live probe', value: <ProbePending last={probe} now={now} /> });
  } else if (probe) {
    rows.push({ label: 'Live probe', value: <ProbeLine probe={probe} now={now} /> });
  }

  const foldable = compact && rows.some((row) => row.hidden !== undefined);
  return (
    <div className={styles.root}>
      <DetailList rows={rows} id={listId} />
      {foldable && (
        <Button
          className={styles.toggle}
          appearance="transparent"
          size="small"
          icon={expanded ? <ChevronUpRegular /> : <ChevronDownRegular />}
          iconPosition="after"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {/* Not just "Details": that would also match "Token details" in a name search. */}
          More details
        </Button>
      )}
    </div>
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

/**
 * The probe has not answered yet. Said in the panel, not announced: the dashboard announces the
 * round of checks once, rather than six panels each at once.
 */
function ProbePending({ last, now }: { last: ProbeResult | undefined; now: number }) {
  const styles = useStyles();
  return (
    <div className={styles.probe} data-probe-pending>
      <Spinner size="extra-tiny" aria-hidden className={styles.probeIcon} />
      <div>
        <span>Checking the service…</span>
        {last && (
          <span className={styles.secondary}>
            Last answer {formatHttpStatus(last.status)}, checked{' '}
            {formatLocalTime(Date.parse(last.checkedAt), now)}
          </span>
        )}
      </div>
    </div>
  );
}

import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { TokenDetails } from '../../../preload/contract';
import { ChipList, DetailList, type DetailRow } from '../ui/DetailList';
import { DialogLayout } from '../ui/DialogLayout';
import { DismissibleDialog } from '../ui/DismissibleDialog';

const useStyles = makeStyles({
  surface: { maxWidth: '600px' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  missing: { color: tokens.colorNeutralForeground3 },
  note: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

const tokenTypes: Record<TokenDetails['tokenType'], string> = {
  delegated: 'Delegated (acts as the signed-in person)',
  'app-only': 'App-only (acts as the app itself)',
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

interface TokenDetailsDialogProps {
  serviceLabel: string;
  details: TokenDetails | undefined;
  open: boolean;
  onDismiss: () => void;
}

/** The decoded claims of the service's access token, for checking what it grants. */
export function TokenDetailsDialog({
  serviceLabel,
  details,
  open,
  onDismiss,
}: TokenDetailsDialogProps) {
  const styles = useStyles();
  // Every label is always listed, so a missing claim reads as missing rather than overlooked.
  const text = (value: string | undefined, mono = false) =>
    value === undefined ? (
      <span className={styles.missing}>Not in the token</span>
    ) : (
      <span className={mono ? styles.mono : undefined}>{value}</span>
    );
  const time = (iso: string | undefined) =>
    iso === undefined ? (
      text(undefined)
    ) : (
      <time dateTime={iso}>{dateTime.format(Date.parse(iso))}</time>
    );

  const rows: DetailRow[] = details
    ? [
        { label: 'Audience', value: text(details.audience, true) },
        { label: 'Token type', value: tokenTypes[details.tokenType] },
        { label: 'Scopes', value: <ChipList items={details.scopes} /> },
        { label: 'Roles', value: <ChipList items={details.roles} /> },
        { label: 'Tenant', value: text(details.tenantId, true) },
        { label: 'App ID', value: text(details.appId, true) },
        { label: 'Issued', value: time(details.issuedAt) },
        { label: 'Expires', value: time(details.expiresAt) },
        { label: 'Authentication methods', value: <ChipList items={details.authMethods} /> },
        { label: 'Version', value: text(details.version) },
      ]
    : [];

  return (
    <DismissibleDialog open={open} onDismiss={onDismiss} surfaceClassName={styles.surface}>
      <DialogLayout
        title={<>Token details — {serviceLabel}</>}
        actions={
          <Button appearance="primary" onClick={onDismiss}>
            Close
          </Button>
        }
      >
        {details ? (
          <DetailList rows={rows} />
        ) : (
          <span>The core has not described this token. Refresh the service and try again.</span>
        )}
        <Caption1 className={styles.note}>
          <LockClosedRegular aria-hidden />
          M365 Desk never shows the token itself; these are its decoded, non-secret claims.
        </Caption1>
      </DialogLayout>
    </DismissibleDialog>
  );
}

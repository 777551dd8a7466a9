import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  useRestoreFocusTarget,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  PersonArrowRightRegular,
  ShieldCheckmarkRegular,
} from '@fluentui/react-icons';
import type { ServiceStatus, ServicePanel } from '../../../preload/contract';
import { useConsentNeed } from './use-consent-need';
import { CopyButton } from '../ui/CopyButton';
import { DismissibleDialog } from '../ui/DismissibleDialog';
import { PermissionList } from './PermissionList';
import { PreviewWho } from './PermissionReach';
import { usePermissionPreview } from './use-permission-preview';
import { ProblemBar } from '../ui/ProblemBar';
import { SignInPendingDialog } from '../sign-in';
import { AdminConsentUrl } from './AdminConsentUrl';
import { BusyIcon } from '../ui/BusyIcon';

const useStyles = makeStyles({
  surface: { maxWidth: '640px' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    // In a short window the content scrolls; its parts keep their height instead of overlapping.
    '& > *': { flexShrink: 0 },
  },
  muted: { color: tokens.colorNeutralForeground2 },
  link: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface ConsentDialogProps {
  panel: ServicePanel;
  open: boolean;
  onStatus: (status: ServiceStatus) => void;
  /** The person may consent themselves: a new sign-in shows Microsoft's consent page. */
  onSignInAgain: () => void;
  onDismiss: () => void;
}

/** For a service in `consent-needed`: what is missing, who can grant it, and how. */
export function ConsentDialog({ panel, open, onDismiss, ...rest }: ConsentDialogProps) {
  const styles = useStyles();
  return (
    <DismissibleDialog open={open} onDismiss={onDismiss} surfaceClassName={styles.surface}>
      {/* Mounted per opening, so it asks the core afresh each time. */}
      <ConsentWalkthrough panel={panel} onDismiss={onDismiss} {...rest} />
    </DismissibleDialog>
  );
}

function ConsentWalkthrough({
  panel,
  onStatus,
  onSignInAgain,
  onDismiss,
}: Omit<ConsentDialogProps, 'open'>) {
  const styles = useStyles();
  const walkthrough = useConsentNeed(panel.serviceId, onStatus);
  const { need, busy } = walkthrough;
  const value = need.state === 'done' ? need.value : undefined;
  const preview = usePermissionPreview(
    { of: 'service', serviceId: panel.serviceId },
    value?.missing ?? [],
  );
  // A refused first sign-in saved nothing to ask again with: a new sign-in is the check.
  const signInToCheck = value?.recheck === 'sign-in';
  const recheckLabel = signInToCheck ? 'Sign in again' : 'Check again';
  // The consent page's waiting dialog has no trigger: give focus back here after it.
  const restoreFocus = useRestoreFocusTarget();

  const grant = async () => {
    if (await walkthrough.grantAsAdmin()) onDismiss();
  };
  const checkAgain = async () => {
    if (await walkthrough.checkAgain()) onDismiss();
  };

  return (
    <DialogBody>
      <DialogTitle>Grant consent for {panel.label}</DialogTitle>
      <DialogContent className={styles.content}>
        {need.state === 'pending' && <Spinner size="small" label="Finding what is missing…" />}
        {need.state === 'failed' &&
          (need.problem.code === 'no_consent_needed' ? (
            <MessageBar intent="success">
              <MessageBarBody>
                Nothing is missing any more: {panel.label} has the consent it needs.
              </MessageBarBody>
            </MessageBar>
          ) : (
            <ProblemBar problem={need.problem} />
          ))}
        {value && (
          <>
            <Text>
              {panel.label} needs {value.missing.length === 1 ? 'a permission' : 'permissions'} that
              nobody has consented to for the app <strong>{value.clientId}</strong> in tenant{' '}
              <strong>{value.tenantId}</strong>. Until someone does, Microsoft refuses to give M365
              Desk a token for it. Consent is per service: only these are asked for.
            </Text>
            {preview && (
              <PreviewWho
                preview={preview}
                unknown="Each permission says which role it needs, if any."
              />
            )}
            <PermissionList
              permissions={value.missing}
              label={`Missing for ${panel.label}`}
              {...(preview ? { preview } : {})}
            />
            {value.adminRequired ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody className={styles.link}>
                  <MessageBarTitle>Only an administrator can grant this</MessageBarTitle>
                  <Text>
                    If you are one, select <strong>Grant admin consent</strong> and sign in with
                    your admin account. If not, copy the link below and send it to your admin. When
                    they have accepted, select <strong>{recheckLabel}</strong>
                    {signInToCheck &&
                      ' (your first sign-in was refused, so only a new one can tell)'}
                    .
                  </Text>
                  <AdminConsentUrl url={value.adminConsentUrl} />
                </MessageBarBody>
              </MessageBar>
            ) : (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>You can consent yourself</MessageBarTitle>
                  Sign in again and accept on Microsoft’s consent page. An administrator can also
                  grant it once for everyone in the tenant.
                </MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.buttons}>
              {!value.adminRequired && (
                <Button
                  appearance="primary"
                  icon={<PersonArrowRightRegular />}
                  onClick={onSignInAgain}
                >
                  Sign in and consent
                </Button>
              )}
              <Button
                {...restoreFocus}
                appearance={value.adminRequired ? 'primary' : 'secondary'}
                icon={busy === 'grant' ? <BusyIcon /> : <ShieldCheckmarkRegular />}
                disabledFocusable={busy !== undefined}
                onClick={() => void grant()}
              >
                Grant admin consent
              </Button>
              <CopyButton
                value={value.adminConsentUrl}
                what="link for your admin"
                appearance="secondary"
              >
                Copy link for your admin
              </CopyButton>
            </div>
          </>
        )}
        {walkthrough.problem && (
          <ProblemBar
            problem={walkthrough.problem}
            intent="warning"
            onDismiss={walkthrough.dismissProblem}
          />
        )}
      </DialogContent>
      <DialogActions>
        {signInToCheck ? (
          <Button
            icon={<PersonArrowRightRegular />}
            disabledFocusable={busy !== undefined}
            onClick={onSignInAgain}
          >
            {recheckLabel}
          </Button>
        ) : (
          <Button
            icon={busy === 'check' ? <BusyIcon /> : <ArrowClockwiseRegular />}
            disabledFocusable={busy !== undefined}
            onClick={() => void checkAgain()}
          >
            {recheckLabel}
          </Button>
        )}
        <Button onClick={onDismiss}>Close</Button>
      </DialogActions>
      <SignInPendingDialog
        serviceLabel={panel.label}
        purpose={`Sign in there as an administrator and accept the permissions for ${panel.label}.`}
        flow={walkthrough.consentPage}
        onCancel={walkthrough.cancelConsentPage}
      />
    </DialogBody>
  );
}

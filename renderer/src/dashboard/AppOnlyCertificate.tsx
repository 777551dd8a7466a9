import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownloadRegular, KeyRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import type { Problem } from '../../../preload/contract';
import { useCommandQuery } from '../bridge/use-command-query';
import { BusyIcon } from '../ui/BusyIcon';
import { expiryText } from '../ui/certificate-dates';
import { CopyableValue } from '../ui/CopyableValue';
import { DetailList } from '../ui/DetailList';
import { ProblemBar } from '../ui/ProblemBar';
import { ExportCertificateDialog } from './lazy-dialogs';
import { useAppOnlyCertificate, type CertificateAction } from './use-app-only-certificate';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface AppOnlyCertificateProps {
  connectionId: string;
  /** The panel's current problem: AADSTS700027 or 7000215/7000222 offer their way out here. */
  problem: Problem | undefined;
  /** Changes when the connection's token changed: the certificate is read again. */
  revision: string;
}

/** An app-only connection's certificate: thumbprint, expiry, a warning 30 days ahead, Renew, Export. */
export function AppOnlyCertificate(props: AppOnlyCertificateProps) {
  const { connectionId, problem, revision } = props;
  const styles = useStyles();
  const certificate = useAppOnlyCertificate(connectionId, revision);
  const [session] = useCommandQuery('appSetup.session');
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string>();
  const { load, actions } = certificate;
  // Changing the app needs a setup sign-in by someone who may change it.
  const mayWrite = session.state === 'done' && session.value?.canGrantAdminConsent === true;
  const icon = (label: CertificateAction, idle: ReactElement) =>
    actions.running === label ? <BusyIcon /> : idle;
  const remedy = problem?.remedy;
  const facts = load.state === 'done' ? load.value : null;

  return (
    <div className={styles.root}>
      {facts && (
        <DetailList
          rows={[
            {
              label: 'Certificate thumbprint',
              value: <CopyableValue value={facts.thumbprint} what="certificate thumbprint" code />,
            },
            { label: 'Certificate', value: expiryText(facts) },
          ]}
        />
      )}
      {facts?.expiresSoon && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {facts.daysLeft < 0 ? 'The certificate has expired' : 'Renew the certificate soon'}
            </MessageBarTitle>
            Once it expires, this connection and every script that uses it stop working. Renew
            certificate puts a new one on the app, switches to it, then takes the old one off.
          </MessageBarBody>
        </MessageBar>
      )}
      {(remedy === 'add-certificate' || remedy === 'create-secret') && !mayWrite && (
        <Text className={styles.muted}>
          To fix the app here, sign in to Set up app as its owner or an Application Administrator.
        </Text>
      )}
      {actions.problem && <ProblemBar problem={actions.problem} onDismiss={actions.dismiss} />}
      {exported && <Text className={styles.muted}>Exported to {exported}.</Text>}
      <div className={styles.actions}>
        {remedy === 'add-certificate' && mayWrite && (
          <Button
            appearance="primary"
            icon={icon('add-to-app', <KeyRegular />)}
            onClick={certificate.addToApp}
          >
            Add this certificate to the app
          </Button>
        )}
        {remedy === 'create-secret' && mayWrite && (
          <Button
            appearance="primary"
            icon={icon('create-secret', <KeyRegular />)}
            onClick={certificate.createSecret}
          >
            Create a new secret
          </Button>
        )}
        {facts && (
          <>
            <Button
              appearance={facts.expiresSoon ? 'primary' : 'secondary'}
              icon={icon('renew', <ArrowClockwiseRegular />)}
              disabledFocusable={actions.running !== undefined}
              onClick={certificate.renew}
            >
              Renew certificate
            </Button>
            <Button icon={<ArrowDownloadRegular />} onClick={() => setExporting(true)}>
              Export certificate…
            </Button>
          </>
        )}
      </div>
      <ExportCertificateDialog
        connectionId={connectionId}
        open={exporting}
        onDismiss={() => setExporting(false)}
        onExported={setExported}
      />
    </div>
  );
}

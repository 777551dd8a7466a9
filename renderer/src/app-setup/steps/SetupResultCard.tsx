import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Ref } from 'react';
import type { AppSetupResult } from '../../../../preload/contract';
import { CopyableValue } from '../../ui/CopyableValue';
import { DetailList } from '../../ui/DetailList';
import { AdminConsentLinkBar } from './AdminConsentLinkBar';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** What "create it for me" made: the ids to keep, and the link for an admin when one is needed. */
export function SetupResultCard({
  result,
  focusRef,
}: {
  result: AppSetupResult;
  /** Takes the focus when the result replaces the progress. */
  focusRef?: Ref<HTMLDivElement>;
}) {
  const styles = useStyles();
  return (
    <section aria-label="Created app registration" className={styles.card}>
      <MessageBar ref={focusRef} tabIndex={-1} intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>App registration “{result.displayName}” created</MessageBarTitle>
          {result.adminConsentUrl
            ? 'It is ready to sign in with once an administrator has consented.'
            : 'It is ready. Verify it below by signing in with it once.'}
        </MessageBarBody>
      </MessageBar>
      <DetailList
        rows={[
          {
            label: 'Application (client) ID',
            value: <CopyableValue value={result.clientId} what="application ID" code />,
          },
          {
            label: 'Tenant ID',
            value: <CopyableValue value={result.tenantId} what="tenant ID" code />,
          },
        ]}
      />
      {result.adminConsentUrl && (
        <AdminConsentLinkBar
          title="An administrator still has to consent"
          text="Send this link to a Global Administrator or Privileged Role Administrator. When they open it and accept, the app may use the permissions marked “Admin consent”."
          url={result.adminConsentUrl}
        />
      )}
    </section>
  );
}

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ServiceId, UnattendedResult } from '../../../../preload/contract';
import { expiryText } from '../../ui/certificate-dates';
import { CopyableValue } from '../../ui/CopyableValue';
import { DetailList } from '../../ui/DetailList';
import { OutcomeList, OutcomeRow } from '../../ui/OutcomeList';
import { problemText } from '../../ui/problem-text';
import { AdminConsentLinkBar } from './AdminConsentLinkBar';

interface UnattendedResultCardProps {
  result: UnattendedResult;
  labelOf: (serviceId: ServiceId) => string;
}

/** What unattended access set up: the certificate, the permissions granted, each service. */
export function UnattendedResultCard({ result, labelOf }: UnattendedResultCardProps) {
  const connected = result.services.filter((s) => s.state === 'connected');
  const all = connected.length === result.services.length;
  const left = result.leftForAdministrator;
  return (
    <>
      <MessageBar intent={all && !left ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {!all
              ? 'The certificate is on the app, but not every service connected'
              : left
                ? 'Unattended access is set up, except for Microsoft Graph'
                : 'Unattended access is set up'}
          </MessageBarTitle>
          {!all
            ? 'See each service below for what it lacks.'
            : `Each service below is connected app-only through the new certificate. Its panel shows the certificate and renews it.${left ? ' Microsoft Graph waits for an administrator (below).' : ''}`}
        </MessageBarBody>
      </MessageBar>
      <DetailList
        rows={[
          {
            label: 'Certificate thumbprint',
            value: <CopyableValue value={result.certificate.thumbprint} what="thumbprint" code />,
          },
          { label: 'Certificate', value: expiryText(result.certificate) },
          { label: 'Application permissions granted', value: result.granted.join(', ') || 'None' },
        ]}
      />
      <OutcomeList label="Services connected app-only">
        {result.services.map((status) => (
          <OutcomeRow
            key={status.serviceId}
            data-service={status.serviceId}
            ok={status.state === 'connected'}
            title={labelOf(status.serviceId)}
            detail={
              status.state === 'connected'
                ? `Connected app-only. Permissions: ${status.tokenDetails?.roles?.join(', ') || status.scopes.join(', ') || 'none'}.`
                : status.problem
                  ? problemText(status.problem)
                  : `Not connected (${status.state}).`
            }
          />
        ))}
      </OutcomeList>
      {left && (
        <AdminConsentLinkBar
          title="Microsoft Graph’s application permissions were not granted"
          text={left.message}
          url={left.adminConsentUrl}
        />
      )}
    </>
  );
}

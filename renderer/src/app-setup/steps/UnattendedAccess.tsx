import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CertificateRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ServiceChoice, ServiceId, SetupSession } from '../../../../preload/contract';
import { BusyIcon } from '../../ui/BusyIcon';
import { ProblemBar } from '../../ui/ProblemBar';
import { GRAPH_RESOURCE_APP_ID, graphAppRolesLeft } from '../graph-app-role-limit';
import { useUnattendedSetup } from '../use-unattended-setup';
import { useWizard, useWizardCatalog } from '../wizard-context';
import { useWizardStyles } from '../wizard-styles';
import { UnattendedResultCard } from './UnattendedResultCard';

const useStyles = makeStyles({
  services: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  permissions: {
    margin: 0,
    paddingLeft: `calc(2 * ${tokens.spacingHorizontalS} + 16px + ${tokens.spacingHorizontalXS})`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  left: {
    margin: 0,
    paddingLeft: `calc(2 * ${tokens.spacingHorizontalS} + 16px + ${tokens.spacingHorizontalXS})`,
    color: tokens.colorPaletteMarigoldForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  days: { width: '10em' },
  url: { flexGrow: 1, minWidth: '18em' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The tenant's SharePoint root, guessed from its initial domain: the person may change it. */
const sharePointGuess = (session: SetupSession | undefined) => {
  const domain = session?.tenantDomain;
  return domain?.endsWith('.onmicrosoft.com')
    ? `https://${domain.slice(0, -'.onmicrosoft.com'.length)}.sharepoint.com`
    : '';
};

/**
 * Unattended access, once the wizard has an app: the chosen services' application permissions
 * (at the level picked for each, least privilege first), a new certificate, admin consent, and
 * each service connected app-only with it.
 */
export function UnattendedAccess() {
  const styles = useStyles();
  const shared = useWizardStyles();
  const catalog = useWizardCatalog();
  const { state, services: chosen, labelOf, setup } = useWizard();
  const session = setup.session;
  const { command, result } = useUnattendedSetup();
  const offered = chosen.filter(
    (choice) =>
      catalog.services.find((s) => s.serviceId === choice.serviceId)?.applicationPermissionsOffered,
  );
  const [picked, setPicked] = useState<ReadonlySet<ServiceId>>(
    () => new Set(offered.map((choice) => choice.serviceId)),
  );
  const [days, setDays] = useState('365');
  const [siteUrl, setSiteUrl] = useState(() => sharePointGuess(session));
  const app = state.app;
  if (!app) return null;

  const permissionsOf = (choice: ServiceChoice) =>
    (catalog.services.find((s) => s.serviceId === choice.serviceId)?.levels[choice.level] ?? [])
      .filter((p) => p.type === 'application')
      .map((p) => `${p.value}: ${p.meaning}`);
  const selected = offered.filter((choice) => picked.has(choice.serviceId));
  // Said before anything is tried: this person may not grant Graph's application permissions.
  const leftForAdmin = (choice: ServiceChoice) =>
    graphAppRolesLeft(session) &&
    catalog.services.find((s) => s.serviceId === choice.serviceId)?.resourceAppId ===
      GRAPH_RESOURCE_APP_ID;
  const toggle = (serviceId: ServiceId, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(serviceId);
    else next.delete(serviceId);
    setPicked(next);
  };
  const start = () =>
    command.run({
      clientId: app.clientId,
      services: selected.map(({ serviceId, level }) => ({ serviceId, level })),
      validityDays: Number(days.trim()),
      ...(picked.has('sharepoint') ? { siteUrl } : {}),
    });

  return (
    <section aria-label="Unattended access" className={shared.card}>
      <h3 className={shared.heading}>Unattended access: app-only, with a certificate</h3>
      <Text className={shared.muted}>
        For scripts and scheduled jobs that run with nobody signed in. M365 Desk makes a certificate
        (RSA 2048, SHA-256), puts its public part on <strong>{app.displayName ?? 'the app'}</strong>
        , grants the application permissions below with admin consent, and connects the services
        app-only through it. SharePoint accepts nothing but a certificate for this. The private key
        stays encrypted on this computer; you can export it later, with a password, if a script
        elsewhere needs it.
      </Text>
      {offered.length === 0 ? (
        <Text>None of the services you chose can be used app-only.</Text>
      ) : (
        <div className={styles.services} role="group" aria-label="Services for unattended access">
          {offered.map((choice) => (
            <div key={choice.serviceId}>
              <Checkbox
                label={labelOf(choice.serviceId)}
                checked={picked.has(choice.serviceId)}
                onChange={(_, data) => toggle(choice.serviceId, data.checked === true)}
              />
              <ul className={styles.permissions}>
                {permissionsOf(choice).map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
              {leftForAdmin(choice) && (
                <Text as="p" className={styles.left}>
                  You cannot grant these: M365 Desk sets up the rest and gives you the admin consent
                  link to send for them.
                </Text>
              )}
            </div>
          ))}
        </div>
      )}
      <div className={styles.fields}>
        <Field label="Certificate valid for (days)" hint="365 is one year; 30 to 730.">
          <Input
            className={styles.days}
            inputMode="numeric"
            value={days}
            onChange={(_, data) => setDays(data.value)}
          />
        </Field>
        {picked.has('sharepoint') && (
          <Field
            className={styles.url}
            label="SharePoint URL"
            hint="The tenant, admin or a site URL."
          >
            <Input value={siteUrl} onChange={(_, data) => setSiteUrl(data.value)} />
          </Field>
        )}
      </div>
      {session && !session.canGrantAdminConsent && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>An administrator is needed</MessageBarTitle>
            Application permissions always need an administrator’s consent. Sign in to Set up app as
            a Global, Privileged Role, Cloud Application or Application Administrator.
          </MessageBarBody>
        </MessageBar>
      )}
      {command.problem && <ProblemBar problem={command.problem} onDismiss={command.dismiss} />}
      {result && <UnattendedResultCard result={result} labelOf={labelOf} />}
      <div className={styles.actions}>
        <Button
          appearance={result ? 'secondary' : 'primary'}
          icon={command.running ? <BusyIcon /> : <CertificateRegular />}
          disabledFocusable={command.running || selected.length === 0 || !session}
          onClick={() => void start()}
        >
          {result ? 'Set up again with a new certificate' : 'Set up unattended access'}
        </Button>
      </div>
    </section>
  );
}

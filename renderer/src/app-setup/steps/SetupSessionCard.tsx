import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonRegular, ShieldCheckmarkRegular, SignOutRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { SetupSession } from '../../../../preload/contract';
import { DetailList } from '../../ui/DetailList';
import { graphAppRolesLeft } from '../graph-app-role-limit';
import { useWizardStyles } from '../wizard-styles';

const useStyles = makeStyles({
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  avatar: { fontSize: '28px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
});

interface SetupSessionCardProps {
  session: SetupSession;
  cloudLabel: string | undefined;
  signOutDisabled: boolean;
  /** Just signed in: the form that had the focus is gone, so the card takes it. */
  takeFocus: boolean;
  onSignOut: () => void;
}

/** Who the wizard works as, in which tenant, and whether they can grant admin consent. */
export function SetupSessionCard(props: SetupSessionCardProps) {
  const { session, cloudLabel, onSignOut, takeFocus } = props;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  const styles = useStyles();
  const shared = useWizardStyles();
  const tenant = session.tenantDomain
    ? `${session.tenantDomain} (${session.tenantId})`
    : session.tenantId;
  return (
    <section ref={ref} tabIndex={-1} aria-label="Signed in for setup" className={shared.card}>
      <div className={styles.top}>
        <PersonRegular aria-hidden className={styles.avatar} />
        <div className={styles.who}>
          <Text weight="semibold">Signed in as {session.displayName}</Text>
          <Text className={shared.muted}>{session.username}</Text>
        </div>
        {session.canGrantAdminConsent && (
          <Badge
            appearance="tint"
            color="success"
            shape="rounded"
            icon={<ShieldCheckmarkRegular />}
          >
            Can grant admin consent
          </Badge>
        )}
        <Button
          icon={<SignOutRegular />}
          disabledFocusable={props.signOutDisabled}
          onClick={onSignOut}
        >
          Sign out
        </Button>
      </div>
      <DetailList
        rows={[
          { label: 'Tenant', value: tenant },
          ...(cloudLabel ? [{ label: 'Cloud', value: cloudLabel }] : []),
          {
            label: 'Directory roles',
            value: session.roles.length > 0 ? session.roles.join(', ') : 'None',
          },
        ]}
      />
      {graphAppRolesLeft(session) && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              Microsoft Graph’s application permissions need a Global Administrator or Privileged
              Role Administrator
            </MessageBarTitle>
            As {rolesText(session.roles)} you can grant every other permission, Microsoft Graph’s
            delegated ones included. M365 Desk grants what you may and gives you the admin consent
            link to send to one of them for the rest.
          </MessageBarBody>
        </MessageBar>
      )}
      {!session.canGrantAdminConsent && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You can’t grant admin consent</MessageBarTitle>
            An administrator has to consent to the permissions marked “Admin consent”. If your
            tenant lets users register apps, you can still create it: the result includes a link to
            send to an administrator, who consents with one click.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** "an Application Administrator", "a Cloud Application Administrator", or both. */
function rolesText(roles: readonly string[]): string {
  const named = ['Application Administrator', 'Cloud Application Administrator'].filter((role) =>
    roles.includes(role),
  );
  return named.length === 0
    ? 'an application administrator'
    : named.map((role) => `${/^[AEIOU]/.test(role) ? 'an' : 'a'} ${role}`).join(' and ');
}

import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  AppsRegular,
  PersonRegular,
  ShieldCheckmarkRegular,
  ShieldKeyholeRegular,
} from '@fluentui/react-icons';
import type { ReactElement, ReactNode } from 'react';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  why: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cardTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  badge: { alignSelf: 'flex-start' },
  icon: { fontSize: '20px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  equation: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  operator: { fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

function Card({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={title}>
      <div className={styles.cardTitle}>
        <span className={styles.icon} aria-hidden>
          {icon}
        </span>
        <h3 className={styles.heading}>{title}</h3>
      </div>
      {children}
    </section>
  );
}

/** One of the two kinds of permission: its card, its badge, and what it means. */
function PermissionKindCard(props: {
  icon: ReactElement;
  kind: 'Delegated' | 'Application';
  color: 'brand' | 'important';
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Card icon={props.icon} title={`${props.kind} permissions`}>
      <Badge
        className={styles.badge}
        appearance="tint"
        shape="rounded"
        color={props.color}
        icon={props.icon}
      >
        {props.kind}
      </Badge>
      <Text>{props.children}</Text>
    </Card>
  );
}

/** Step 1: what an app registration is for, in the words of someone who never made one. */
export function ExplainStep() {
  const styles = useStyles();
  return (
    <div className={styles.step}>
      <div className={styles.why}>
        <h3 className={styles.heading}>Why your tenant needs its own app</h3>
        <Text block>
          Every sign-in to Microsoft 365 goes through an <strong>app registration</strong> in your
          tenant: it says which permissions a tool may ask for. Tools like this one used to share
          Microsoft’s “PnP Management Shell” app, but Microsoft deleted it in September 2024. Since
          then every tenant needs its own. This wizard creates one for you in about a minute, or
          shows you each click to make it yourself.
        </Text>
      </div>

      <div className={styles.grid}>
        <PermissionKindCard icon={<PersonRegular />} kind="Delegated" color="brand">
          The app acts <strong>as you</strong>, the person who signed in. Used whenever you sign in
          with device code, the sign-in window or the browser.
        </PermissionKindCard>
        <PermissionKindCard icon={<AppsRegular />} kind="Application" color="important">
          The app acts <strong>as itself</strong>, with nobody signed in (“app-only”, with a
          certificate or secret). For scripts and automation. Powerful: it is not limited by
          anyone’s role.
        </PermissionKindCard>
      </div>

      <Card icon={<ShieldCheckmarkRegular />} title="What you can actually do">
        <div className={styles.equation} aria-hidden>
          <Badge appearance="outline" shape="rounded" size="large">
            What the app may do
          </Badge>
          <span className={styles.operator}>∩</span>
          <Badge appearance="outline" shape="rounded" size="large">
            What you may do
          </Badge>
          <span className={styles.operator}>=</span>
          <Badge appearance="filled" shape="rounded" size="large" color="brand">
            What you can do here
          </Badge>
        </div>
        <Text>
          With delegated permissions you only get what <strong>both</strong> allow. If the app may
          change every user but you are a Helpdesk Administrator, you still can’t reset a Global
          Administrator’s password. The app never gives you rights you don’t already have.
        </Text>
        <Text className={styles.muted}>
          Least privilege: choose only the services and levels you use. You can add more later and
          consent again.
        </Text>
      </Card>

      <Card icon={<ShieldKeyholeRegular />} title="Who may consent">
        <Text>Before the app may use a permission, someone has to agree to it (“consent”).</Text>
        <ul className={styles.list}>
          <li>
            <strong>You</strong> may consent to delegated permissions that only touch your own data,
            such as reading your profile, if your tenant allows users to consent.
          </li>
          <li>
            <strong>An administrator</strong> must consent to permissions marked{' '}
            <Badge appearance="tint" shape="rounded" color="warning" size="small">
              Admin consent
            </Badge>{' '}
            and to every application permission, once, for the whole tenant. Global Administrators
            and Privileged Role Administrators can consent to anything; Cloud Application and
            Application Administrators to everything but Microsoft Graph application permissions.
          </li>
          <li>
            Not an admin? If your tenant lets users register apps, you can still create it. M365
            Desk then gives you a link to send to an administrator, who consents with one click.
          </li>
        </ul>
      </Card>
    </div>
  );
}

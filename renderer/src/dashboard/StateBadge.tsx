import { Badge, type BadgeProps } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  CircleRegular,
  ErrorCircleFilled,
  ArrowSyncCircleRegular,
  PersonProhibitedRegular,
  ArrowSyncRegular,
  ProhibitedRegular,
  ShieldErrorFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { ServiceState } from '../../../preload/contract';

const appearance: Record<
  ServiceState,
  { label: string; color: NonNullable<BadgeProps['color']>; icon: ReactElement }
> = {
  disconnected: { label: 'Disconnected', color: 'informative', icon: <CircleRegular /> },
  connecting: { label: 'Connecting', color: 'brand', icon: <ArrowSyncCircleRegular /> },
  connected: { label: 'Connected', color: 'success', icon: <CheckmarkCircleFilled /> },
  // Signed in, and refused: never green, and not the sign-in's colour either.
  'access-denied': { label: 'Access denied', color: 'severe', icon: <PersonProhibitedRegular /> },
  'needs-sign-in': { label: 'Needs sign-in', color: 'warning', icon: <WarningFilled /> },
  'consent-needed': { label: 'Consent needed', color: 'warning', icon: <ShieldErrorFilled /> },
  // Nothing the person can do about it here, so it is told calmly rather than as a failure.
  'not-available': { label: 'Not available', color: 'subtle', icon: <ProhibitedRegular /> },
  error: { label: 'Error', color: 'danger', icon: <ErrorCircleFilled /> },
};

/**
 * Connected, but not yet checked: the saved sign-in says connected, the service has not said it
 * answers. The green check is the probe's to give, so until then the badge stays neutral.
 */
const connectedUnchecked = {
  label: 'Connected',
  color: 'informative',
  icon: <ArrowSyncRegular />,
} as const;

interface StateBadgeProps {
  state: ServiceState;
  /** A check of the service is under way: the state is the last known one. */
  checking?: boolean;
  className?: string;
}

/** The connection state in one word, with colour and icon so it is not told by colour alone. */
export function StateBadge({ state, checking = false, className }: StateBadgeProps) {
  const { label, color, icon } =
    checking && state === 'connected' ? connectedUnchecked : appearance[state];
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      size="large"
      color={color}
      icon={icon}
      className={className}
      data-state={state}
      data-checking={checking || undefined}
    >
      {label}
    </Badge>
  );
}

import { Badge, type BadgeProps } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  CircleRegular,
  ErrorCircleFilled,
  ArrowSyncCircleRegular,
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
  'needs-sign-in': { label: 'Needs sign-in', color: 'warning', icon: <WarningFilled /> },
  'consent-needed': { label: 'Consent needed', color: 'warning', icon: <ShieldErrorFilled /> },
  // Nothing the person can do about it here, so it is told calmly rather than as a failure.
  'not-available': { label: 'Not available', color: 'subtle', icon: <ProhibitedRegular /> },
  error: { label: 'Error', color: 'danger', icon: <ErrorCircleFilled /> },
};

/** The connection state in one word, with colour and icon so it is not told by colour alone. */
export function StateBadge({ state, className }: { state: ServiceState; className?: string }) {
  const { label, color, icon } = appearance[state];
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      size="large"
      color={color}
      icon={icon}
      className={className}
      data-state={state}
    >
      {label}
    </Badge>
  );
}

import { OrganizationRegular, type FluentIcon } from '@fluentui/react-icons';
import type { ServiceId } from '../../../preload/contract';

/**
 * One Fluent icon per service. A Record, so adding a service id to the contract fails the
 * typecheck here until it has an icon.
 */
export const serviceIcons: Record<ServiceId, FluentIcon> = {
  graph: OrganizationRegular,
};

import {
  ClipboardPulseRegular,
  CloudCubeRegular,
  GlobeRegular,
  OrganizationRegular,
  PeopleCommunityRegular,
  ShieldPersonRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { ServiceId } from '../../../preload/contract';

/**
 * One Fluent icon per service (generic symbols, never Microsoft product logos). A Record, so
 * adding a service id to the contract fails the typecheck here until it has an icon.
 */
export const serviceIcons: Record<ServiceId, FluentIcon> = {
  graph: OrganizationRegular,
  sharepoint: GlobeRegular,
  entra: ShieldPersonRegular,
  // The Management Activity API is about audit and activity feeds.
  managementApi: ClipboardPulseRegular,
  azureManagement: CloudCubeRegular,
  vivaEngage: PeopleCommunityRegular,
};

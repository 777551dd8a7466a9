/**
 * Entra's one line between the roles that may grant admin consent ("Grant tenant-wide admin
 * consent to an application", Prerequisites): a Cloud Application or Application Administrator
 * may grant any permission of any API except Microsoft Graph's application permissions, which
 * need a Global or Privileged Role Administrator. The wizard says it once, in the session card.
 */
import type { SetupSession } from '../../../preload/contract';

/** Microsoft Graph's appId: the services whose application permissions the line applies to. */
export const GRAPH_RESOURCE_APP_ID = '00000003-0000-0000-c000-000000000000';

/** May grant admin consent, but not Microsoft Graph's application permissions. */
export const graphAppRolesLeft = (session: SetupSession | null | undefined): boolean =>
  Boolean(session?.canGrantAdminConsent && !session.canGrantGraphAppRoles);

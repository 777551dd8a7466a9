import type { EmulatorContext } from '../../emulator-context.js';
import type { Router } from '../../http/router.js';
import { addAlternateKeyRoutes } from './alternate-key-routes.js';
import { addAppRoleAssignmentRoutes } from './app-role-assignment-routes.js';
import { addApplicationRoutes } from './applications-routes.js';
import { addKeyRolloverRoutes } from './key-rollover-routes.js';
import { addPermissionGrantRoutes } from './permission-grants-routes.js';
import { addServicePrincipalRoutes } from './service-principals-routes.js';

/**
 * Registers the directory part of Graph that app setup uses: applications, service
 * principals, delegated permission grants and app role assignments. They are the tenant's
 * one source of truth: sign-in reads the same apps, consent and roles.
 */
export function addGraphDirectoryRoutes(router: Router, ctx: EmulatorContext): void {
  addApplicationRoutes(router, ctx);
  addKeyRolloverRoutes(router, ctx);
  addServicePrincipalRoutes(router, ctx);
  addPermissionGrantRoutes(router, ctx);
  addAppRoleAssignmentRoutes(router, ctx);
  addAlternateKeyRoutes(router, ctx);
}

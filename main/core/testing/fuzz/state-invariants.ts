/**
 * TEST ONLY. What must stay true of the core's state whatever the fuzz sent: a refused command
 * binds nothing, so the two views the renderer has of the same bindings (the panels and the
 * named connections) agree, and no service sits on an app-only connection that it cannot use
 * app-only. Read through the contract, as the renderer reads it.
 */
import type { CoreFixture } from '../core-fixture';

export async function stateProblems(f: Pick<CoreFixture, 'invoke'>): Promise<string[]> {
  const panels = await f.invoke('service.list', {});
  const connections = await f.invoke('accounts.list', {});
  if (!panels.ok || !connections.ok) return ['service.list or accounts.list failed'];
  const byService = new Map(panels.value.map((p) => [p.serviceId, p]));
  const problems: string[] = [];
  for (const connection of connections.value) {
    for (const serviceId of connection.services) {
      const panel = byService.get(serviceId);
      if (panel?.status.connectionId !== connection.id) {
        problems.push(`${serviceId} is listed under ${connection.id} but its panel disagrees`);
      }
      if (connection.kind === 'app-only' && !panel?.appOnlySupported) {
        problems.push(`${serviceId} is bound to app-only connection ${connection.id}`);
      }
    }
  }
  return problems;
}

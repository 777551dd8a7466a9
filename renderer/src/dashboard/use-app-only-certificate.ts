import { useEffect, useState } from 'react';
import type { CertificateFacts } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { loadOf, type Load } from '../bridge/use-command-query';
import { useCommandSet, type CommandSet } from '../bridge/use-command';

export type CertificateAction = 'renew' | 'add-to-app' | 'create-secret';

type ChangeCommand =
  'appOnly.renewCertificate' | 'appOnly.addCertificateToApp' | 'appOnly.createSecret';

export interface AppOnlyCertificate {
  load: Load<CertificateFacts | null>;
  actions: CommandSet<CertificateAction>;
  renew: () => void;
  addToApp: () => void;
  createSecret: () => void;
}

/**
 * The certificate of an app-only connection, read from main (never its key), with the ways to
 * change it: renew, put it back on the app (AADSTS700027), or a new secret (7000215/7000222).
 */
export function useAppOnlyCertificate(
  connectionId: string,
  /** Changes when the connection signed in again (a renewal from another panel, say). */
  revision: string,
): AppOnlyCertificate {
  const [load, setLoad] = useState<Load<CertificateFacts | null>>({ state: 'pending' });
  const actions = useCommandSet<CertificateAction>();
  // Each change reads the certificate again: `version` moves on.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    void call('appOnly.certificate', { connectionId }).then((answer) => {
      if (current) setLoad(loadOf(answer));
    });
    return () => {
      current = false;
    };
  }, [connectionId, revision, version]);
  const change = (label: CertificateAction, command: ChangeCommand) =>
    void actions.run(label, async () => {
      const answer = await call(command, { connectionId });
      if (!answer.ok) return problemOf(answer);
      // The core checked the connection's services again; their panels hear it as events.
      setVersion((n) => n + 1);
      return undefined;
    });
  return {
    load,
    actions,
    renew: () => change('renew', 'appOnly.renewCertificate'),
    addToApp: () => change('add-to-app', 'appOnly.addCertificateToApp'),
    createSecret: () => change('create-secret', 'appOnly.createSecret'),
  };
}

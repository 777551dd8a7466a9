import { useEffect, useState } from 'react';
import type { PermissionPreviews, PreviewPerson } from '../../../preload/contract';
import { call } from '../bridge/desk-client';

interface Asked {
  value: string;
  type: 'delegated' | 'application';
}

/**
 * What `permissions` (not yet granted) would let `person` do, as the core weighs them against
 * that person's roles. `whoKey` names the person as the caller knows them (the setup sign-in,
 * say), so a new one is asked about afresh. Until the first answer, and if the core cannot
 * answer, there is none: the rows then show what they showed before.
 */
export function usePermissionPreview(
  person: PreviewPerson,
  permissions: readonly Asked[],
  whoKey = '',
): PermissionPreviews | undefined {
  const asked = JSON.stringify({
    person,
    permissions: permissions.map(({ value, type }) => ({ value, type })),
  });
  const [answer, setAnswer] = useState<PermissionPreviews>();
  useEffect(() => {
    const input = JSON.parse(asked) as { person: PreviewPerson; permissions: Asked[] };
    if (input.permissions.length === 0) return;
    let current = true;
    void call('permissions.preview', input).then((result) => {
      if (current && result.ok) setAnswer(result.value);
    });
    return () => {
      current = false;
    };
  }, [asked, whoKey]);
  return answer;
}

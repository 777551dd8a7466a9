import { useEffect, useState } from 'react';
import type { CloudId, SharePointTarget } from '../../../preload/contract';
import { call } from '../bridge/desk-client';

export type SiteUrlCheck =
  | { state: 'empty' }
  | { state: 'checking' }
  | { state: 'valid'; target: SharePointTarget }
  | { state: 'invalid'; message: string };

interface Checked {
  url: string;
  outcome: SiteUrlCheck;
}

// Long enough not to ask the core on every keystroke, short enough to feel live.
const debounceMs = 300;

/**
 * Checks a SharePoint URL as it is typed. The answer is stored with the text it was for, so a
 * result that arrives after the person typed on is simply ignored instead of shown as current.
 */
export function useSiteUrlCheck(url: string, cloud: CloudId): SiteUrlCheck {
  const [checked, setChecked] = useState<Checked>();
  const trimmed = url.trim();

  useEffect(() => {
    if (trimmed === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      void call('sharepoint.checkUrl', { url: trimmed, cloud }).then((result) => {
        if (!current) return;
        setChecked({
          url: trimmed,
          outcome: result.ok
            ? { state: 'valid', target: result.value }
            : { state: 'invalid', message: result.message },
        });
      });
    }, debounceMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [trimmed, cloud]);

  if (trimmed === '') return { state: 'empty' };
  return checked?.url === trimmed ? checked.outcome : { state: 'checking' };
}

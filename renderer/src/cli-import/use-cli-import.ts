import { useCallback, useState } from 'react';
import type { CliImported, CliScan, Problem } from '../../../preload/contract';
import { call } from '../bridge/desk-client';
import { useCommand } from '../bridge/use-command';

/** Where the import stands: looking, what was found, what was imported, what was removed. */
export type CliImportStep =
  | { step: 'looking' }
  | { step: 'found'; scan: CliScan }
  | { step: 'imported'; scan: CliScan; imported: CliImported }
  | { step: 'removed'; scan: CliScan; imported: CliImported; removedFiles: string[] };

/** The import from the CLI for Microsoft 365, one step after another, each with its problem. */
export function useCliImport() {
  const [state, setState] = useState<CliImportStep>({ step: 'looking' });
  const [lookProblem, setLookProblem] = useState<Problem>();
  // Every connection that can be imported is chosen at first; the person unticks the others.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  const look = useCallback(async () => {
    setState({ step: 'looking' });
    setLookProblem(undefined);
    const answer = await call('cliImport.scan', {});
    if (!answer.ok) return setLookProblem(answer);
    setChosen(new Set(answer.value.connections.filter((c) => !c.problem).map((c) => c.name)));
    setState({ step: 'found', scan: answer.value });
  }, []);

  const importChosen = useCommand(async (scan: CliScan, names: string[]) => {
    const answer = await call('cliImport.run', { names });
    if (!answer.ok) return answer;
    setState({ step: 'imported', scan, imported: answer.value });
    return undefined;
  });

  const removePlaintext = useCommand(async (scan: CliScan, imported: CliImported) => {
    const answer = await call('cliImport.removePlaintext', {});
    if (!answer.ok) return answer;
    setState({ step: 'removed', scan, imported, removedFiles: answer.value.removedFiles });
    return undefined;
  });

  return { state, lookProblem, look, chosen, setChosen, importChosen, removePlaintext };
}

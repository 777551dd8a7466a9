import { Body1, Button, Spinner } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { CliImported, CliScan, ServiceId } from '../../../preload/contract';
import { DialogLayout } from '../ui/DialogLayout';
import { DismissibleDialog } from '../ui/DismissibleDialog';
import { OutcomeList, OutcomeRow } from '../ui/OutcomeList';
import { ProblemBar } from '../ui/ProblemBar';
import { CliConnectionList, CliSetup } from './CliConnectionList';
import { useCliImport } from './use-cli-import';

interface CliImportDialogProps {
  open: boolean;
  onDismiss: () => void;
  serviceLabels: Partial<Record<ServiceId, string>>;
}

const weakKeystore = {
  code: 'cli_import_not_safer',
  message:
    'This computer has no secure keystore, so M365 Desk would keep these sign-ins no safer than the CLI’s own files do.',
  hint: 'You can still import them, but removing the CLI’s files is not offered.',
};

/** Brings the CLI for Microsoft 365's connections in, then offers to remove its plaintext. */
export function CliImportDialog({ open, onDismiss, serviceLabels }: CliImportDialogProps) {
  const { state, lookProblem, look, chosen, setChosen, importChosen, removePlaintext } =
    useCliImport();

  useEffect(() => {
    if (open) void look();
  }, [open, look]);

  const close = <Button onClick={onDismiss}>Close</Button>;
  let actions = close;
  let body;
  if (state.step === 'looking') {
    body = lookProblem ? (
      <ProblemBar
        problem={lookProblem}
        action={<Button onClick={() => void look()}>Look again</Button>}
      />
    ) : (
      <Spinner size="tiny" label="Looking for the CLI’s files…" />
    );
  } else if (state.step === 'found') {
    const { scan } = state;
    body = (
      <Found
        scan={scan}
        chosen={chosen}
        setChosen={setChosen}
        busy={importChosen.running}
        serviceLabels={serviceLabels}
      />
    );
    if (importChosen.problem) {
      body = (
        <>
          {body}
          <ProblemBar problem={importChosen.problem} onDismiss={importChosen.dismiss} />
        </>
      );
    }
    actions = (
      <>
        <Button
          appearance="primary"
          disabled={chosen.size === 0 || importChosen.running}
          icon={importChosen.running ? <Spinner size="tiny" /> : undefined}
          onClick={() => void importChosen.run(scan, [...chosen])}
        >
          {importChosen.running
            ? 'Importing and checking…'
            : `Import ${chosen.size} connection${chosen.size === 1 ? '' : 's'}`}
        </Button>
        {close}
      </>
    );
  } else {
    body = <Imported state={state} removing={removePlaintext} serviceLabels={serviceLabels} />;
  }
  return (
    <DismissibleDialog open={open} onDismiss={onDismiss}>
      <DialogLayout title="Import from the CLI for Microsoft 365" actions={actions}>
        {body}
      </DialogLayout>
    </DismissibleDialog>
  );
}

function Found({
  scan,
  chosen,
  setChosen,
  busy,
  serviceLabels,
}: {
  scan: CliScan;
  chosen: ReadonlySet<string>;
  setChosen: (next: ReadonlySet<string>) => void;
  busy: boolean;
  serviceLabels: Partial<Record<ServiceId, string>>;
}) {
  return (
    <>
      <Body1>
        The CLI keeps its connections in plain-text files in {scan.folder}. Imported ones are kept
        encrypted here, each checked with a token before anything is kept.
      </Body1>
      {!scan.keystoreStrong && <ProblemBar problem={weakKeystore} intent="warning" />}
      {scan.setup && <CliSetup setup={scan.setup} />}
      {scan.problems.map((p, i) => (
        <ProblemBar key={`${p.code}-${i}`} problem={p} intent="warning" />
      ))}
      {scan.connections.length === 0 ? (
        <Body1>The CLI has no signed-in connections here.</Body1>
      ) : (
        <CliConnectionList
          connections={scan.connections}
          chosen={chosen}
          disabled={busy}
          serviceLabels={serviceLabels}
          onToggle={(name, on) => {
            const next = new Set(chosen);
            if (on) next.add(name);
            else next.delete(name);
            setChosen(next);
          }}
        />
      )}
    </>
  );
}

type AfterImport = Exclude<ReturnType<typeof useCliImport>['state'], { step: 'looking' | 'found' }>;

function Imported({
  state,
  removing,
  serviceLabels,
}: {
  state: AfterImport;
  removing: ReturnType<typeof useCliImport>['removePlaintext'];
  serviceLabels: Partial<Record<ServiceId, string>>;
}) {
  const { imported, scan } = state;
  return (
    <>
      <OutcomeList label="Imported connections">
        {imported.imported.map((c) => (
          <OutcomeRow
            key={c.name}
            ok
            title={accountOf(scan, c.name)}
            detail={`Connected: ${c.services.map((id) => serviceLabels[id] ?? id).join(', ')}`}
          />
        ))}
      </OutcomeList>
      {state.step === 'removed' ? (
        <Body1 data-cli-removed>
          Removed from the CLI:{' '}
          {state.removedFiles.join(', ') || 'its entries for these connections'}. The CLI must sign
          in again (m365 login) to use these connections.
        </Body1>
      ) : (
        <RemoveOffer imported={imported} scan={scan} removing={removing} />
      )}
    </>
  );
}

function RemoveOffer({
  imported,
  scan,
  removing,
}: {
  imported: CliImported;
  scan: CliScan;
  removing: ReturnType<typeof useCliImport>['removePlaintext'];
}) {
  if (!imported.canRemovePlaintext) return <ProblemBar problem={weakKeystore} intent="warning" />;
  return (
    <>
      <Body1>
        The CLI’s files still hold these sign-ins (and any secret or certificate) in plain text. You
        can remove them from the CLI’s files now; the CLI will then need to sign in again.
      </Body1>
      {removing.problem && <ProblemBar problem={removing.problem} onDismiss={removing.dismiss} />}
      <div>
        <Button disabled={removing.running} onClick={() => void removing.run(scan, imported)}>
          {removing.running ? 'Removing…' : 'Remove the plain text from the CLI’s files'}
        </Button>
      </div>
    </>
  );
}

const accountOf = (scan: CliScan, name: string) =>
  scan.connections.find((c) => c.name === name)?.account ?? name;

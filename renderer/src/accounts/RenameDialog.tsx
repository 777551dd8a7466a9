import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Problem } from '../../../preload/contract';
import { useCommand } from '../bridge/use-command';
import { problemText } from '../sign-in/sign-in-choice';
import { DismissibleDialog } from '../ui/DismissibleDialog';

// The contract's limit; saying it up front beats a refusal from the core.
const maxLength = 60;

interface RenameDialogProps {
  currentName: string;
  open: boolean;
  onRename: (name: string) => Promise<Problem | undefined>;
  onDismiss: () => void;
}

/** Names a connection the way the admin thinks of it, e.g. "Contoso (work)". */
export function RenameDialog({ currentName, open, onRename, onDismiss }: RenameDialogProps) {
  return (
    <DismissibleDialog open={open} onDismiss={onDismiss}>
      {/* Mounted per opening, so the field starts from the current name each time. */}
      <RenameForm currentName={currentName} onRename={onRename} onDismiss={onDismiss} />
    </DismissibleDialog>
  );
}

function RenameForm({ currentName, onRename, onDismiss }: Omit<RenameDialogProps, 'open'>) {
  const [name, setName] = useState(currentName);
  const rename = useCommand(onRename, { keepProblemWhileRunning: true });
  const saving = rename.running;
  const empty = name.trim() === '';
  const message = empty
    ? 'Give the connection a name.'
    : rename.problem && problemText(rename.problem);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (empty || saving) return;
    if (await rename.run(name.trim())) onDismiss();
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <DialogBody>
        <DialogTitle>Rename {currentName}</DialogTitle>
        <DialogContent>
          <Field
            label="Connection name"
            validationState={message ? 'error' : 'none'}
            validationMessage={message ?? `Up to ${maxLength} characters.`}
          >
            <Input
              value={name}
              maxLength={maxLength}
              autoFocus
              onChange={(_, data) => {
                setName(data.value);
                rename.dismiss();
              }}
            />
          </Field>
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabledFocusable={empty || saving}>
            Save
          </Button>
          <Button onClick={onDismiss}>Cancel</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

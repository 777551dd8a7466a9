import { Field, Input } from '@fluentui/react-components';
import type { Problem } from '../../../preload/contract';
import { FormDialog } from '../ui/FormDialog';
import { problemText } from '../ui/problem-text';

// The contract's limit; saying it up front beats a refusal from the core.
const maxLength = 60;

interface RenameDialogProps {
  currentName: string;
  open: boolean;
  onRename: (name: string) => Promise<Problem | undefined>;
  onDismiss: () => void;
}

/** Names an account the way the admin thinks of it, e.g. "Contoso (work)". */
export function RenameDialog({ currentName, open, onRename, onDismiss }: RenameDialogProps) {
  return (
    <FormDialog
      open={open}
      onDismiss={onDismiss}
      title={<>Rename {currentName}</>}
      initial={{ name: currentName }}
      submitLabel="Save"
      ready={({ name }) => name.trim() !== ''}
      onSubmit={({ name }) => onRename(name.trim())}
    >
      {({ values, change, problem, dismissProblem }) => {
        const message =
          values.name.trim() === ''
            ? 'Give the connection a name.'
            : problem && problemText(problem);
        return (
          <Field
            label="Connection name"
            validationState={message ? 'error' : 'none'}
            validationMessage={message ?? `Up to ${maxLength} characters.`}
          >
            <Input
              value={values.name}
              maxLength={maxLength}
              autoFocus
              onChange={(_, data) => {
                change({ name: data.value });
                dismissProblem();
              }}
            />
          </Field>
        );
      }}
    </FormDialog>
  );
}

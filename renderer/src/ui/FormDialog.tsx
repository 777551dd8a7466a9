import { Button, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Problem } from '../../../preload/contract';
import { useCommand } from '../bridge/use-command';
import { DialogLayout } from './DialogLayout';
import { DismissibleDialog } from './DismissibleDialog';

const useStyles = makeStyles({
  // The form wraps the whole body; it must not break DialogBody's grid.
  form: { display: 'contents' },
});

/** What the fields (and any start actions) of a form dialog work with. */
export interface FormState<T> {
  values: T;
  change: (patch: Partial<T>) => void;
  /** The last refusal; it stays up while the person fixes it, until dismissed or replaced. */
  problem: Problem | undefined;
  dismissProblem: () => void;
  sending: boolean;
  /** Sends these values instead of the typed ones (e.g. "Use environment"). */
  send: (values: T) => void;
}

interface FormDialogProps<T> {
  open: boolean;
  /** Cancel, Escape, the backdrop, and a send that went through. */
  onDismiss: () => void;
  title: ReactNode;
  /** What the fields start from, at each opening. */
  initial: T;
  submitLabel: string;
  /** Whether the typed values can be sent at all (e.g. the name is not empty). */
  ready?: (values: T) => boolean;
  /** Answers with the core's refusal, which keeps the dialog open, or nothing, which closes it. */
  onSubmit: (values: T) => Promise<Problem | undefined>;
  /** Actions apart from Submit and Cancel, at the start of the row. */
  startActions?: (form: FormState<T>) => ReactNode;
  /** The fields. */
  children: (form: FormState<T>) => ReactNode;
}

/**
 * A dialog that is one form: a title, the fields, Submit and Cancel. It sends with
 * {@link useCommand}, keeps a refusal on screen and closes once the values went through.
 */
export function FormDialog<T>({ open, ...form }: FormDialogProps<T>) {
  return (
    <DismissibleDialog open={open} onDismiss={form.onDismiss}>
      {/* Mounted per opening, so the fields start from `initial` each time. */}
      <DialogForm {...form} />
    </DismissibleDialog>
  );
}

function DialogForm<T>(props: Omit<FormDialogProps<T>, 'open'>) {
  const { onDismiss, ready, startActions, children } = props;
  const styles = useStyles();
  const [values, setValues] = useState<T>(props.initial);
  const command = useCommand(props.onSubmit, { keepProblemWhileRunning: true });
  const canSubmit = !command.running && (ready?.(values) ?? true);

  const form: FormState<T> = {
    values,
    change: (patch) => setValues((current) => ({ ...current, ...patch })),
    problem: command.problem,
    dismissProblem: command.dismiss,
    sending: command.running,
    send: (next) => {
      void command.run(next).then((sent) => sent && onDismiss());
    },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSubmit) form.send(values);
  };

  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      <DialogLayout
        title={props.title}
        startActions={startActions?.(form)}
        actions={
          <>
            <Button type="submit" appearance="primary" disabledFocusable={!canSubmit}>
              {props.submitLabel}
            </Button>
            <Button onClick={onDismiss}>Cancel</Button>
          </>
        }
      >
        {children(form)}
      </DialogLayout>
    </form>
  );
}

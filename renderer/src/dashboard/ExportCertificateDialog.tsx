import { Field, Input, Text } from '@fluentui/react-components';
import { call, problemOf } from '../bridge/desk-client';
import { FormDialog } from '../ui/FormDialog';
import { problemText } from '../ui/problem-text';

interface ExportCertificateDialogProps {
  connectionId: string;
  open: boolean;
  onDismiss: () => void;
  /** The file it went to, once saved (nothing when the save dialog was cancelled). */
  onExported: (fileName: string) => void;
}

/** Export as a password-protected PFX, only on request; main asks where to save it. */
export function ExportCertificateDialog(props: ExportCertificateDialogProps) {
  const { connectionId, open, onDismiss, onExported } = props;
  return (
    <FormDialog
      open={open}
      onDismiss={onDismiss}
      title="Export the certificate"
      initial={{ password: '', again: '' }}
      submitLabel="Choose where to save…"
      ready={({ password, again }) => password !== '' && password === again}
      onSubmit={async ({ password }) => {
        const answer = await call('appOnly.exportPfx', { connectionId, password });
        if (!answer.ok) return problemOf(answer);
        if (answer.value.saved && answer.value.fileName) onExported(answer.value.fileName);
        return undefined;
      }}
    >
      {({ values, change, problem, dismissProblem }) => {
        const mismatch = values.again !== '' && values.again !== values.password;
        return (
          <>
            <Text>
              The file holds the private key, protected by this password. Anyone with both can sign
              in as the app: keep the file in a secret store, not beside the script.
            </Text>
            <Field
              label="Password for the file"
              validationState={problem ? 'error' : 'none'}
              validationMessage={problem ? problemText(problem) : 'At least 8 characters.'}
            >
              <Input
                type="password"
                autoFocus
                value={values.password}
                onChange={(_, data) => {
                  change({ password: data.value });
                  dismissProblem();
                }}
              />
            </Field>
            <Field
              label="The same password again"
              validationState={mismatch ? 'error' : 'none'}
              validationMessage={
                mismatch ? 'The two passwords differ: type the same one twice.' : undefined
              }
            >
              <Input
                type="password"
                value={values.again}
                onChange={(_, data) => change({ again: data.value })}
              />
            </Field>
          </>
        );
      }}
    </FormDialog>
  );
}

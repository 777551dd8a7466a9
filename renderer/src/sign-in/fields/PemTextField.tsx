import { Field, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { readFileAsText } from './read-file';
import { FilePickButton } from './FilePickButton';

const useStyles = makeStyles({
  pem: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // A private key on screen is one screenshot away from leaking; show it as dots.
  masked: { WebkitTextSecurity: 'disc' },
  row: { display: 'flex', justifyContent: 'flex-end', marginTop: tokens.spacingVerticalXS },
});

interface PemTextFieldProps {
  label: string;
  /** What the file button says, e.g. "Load certificate file…". */
  fileButton: string;
  value: string;
  placeholder: string;
  hint: string;
  /** For secrets such as a private key: typed and pasted, but shown as dots. */
  masked?: boolean;
  onChange: (value: string) => void;
}

/** PEM text, pasted or read from a file the person picks. */
export function PemTextField({
  label,
  fileButton,
  value,
  placeholder,
  hint,
  masked = false,
  onChange,
}: PemTextFieldProps) {
  const styles = useStyles();
  const [readProblem, setReadProblem] = useState<string>();

  const load = async (file: File) => {
    try {
      onChange(await readFileAsText(file));
      setReadProblem(undefined);
    } catch {
      setReadProblem(`${file.name} could not be read.`);
    }
  };

  return (
    <div>
      <Field
        label={label}
        hint={hint}
        validationState={readProblem ? 'error' : 'none'}
        validationMessage={readProblem}
      >
        <Textarea
          value={value}
          rows={3}
          resize="vertical"
          placeholder={placeholder}
          textarea={{
            className: mergeClasses(styles.pem, masked && styles.masked),
            spellCheck: false,
            autoComplete: 'off',
          }}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <FilePickButton accept=".pem,.crt,.cer,.key,.txt" onPick={(file) => void load(file)}>
          {fileButton}
        </FilePickButton>
      </div>
    </div>
  );
}

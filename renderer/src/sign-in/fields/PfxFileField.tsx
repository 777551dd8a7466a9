import { Caption1, Field, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentKeyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { readFileAsBase64 } from './read-file';
import { FilePickButton } from './FilePickButton';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  file: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  none: { color: tokens.colorNeutralForeground3 },
});

export interface PickedFile {
  name: string;
  base64: string;
}

interface PfxFileFieldProps {
  value: PickedFile | undefined;
  onChange: (file: PickedFile) => void;
}

/** A .pfx / .p12 file, read here as base64; the core opens it with the password. */
export function PfxFileField({ value, onChange }: PfxFileFieldProps) {
  const styles = useStyles();
  const [readProblem, setReadProblem] = useState<string>();

  const load = async (file: File) => {
    try {
      onChange({ name: file.name, base64: await readFileAsBase64(file) });
      setReadProblem(undefined);
    } catch {
      setReadProblem(`${file.name} could not be read.`);
    }
  };

  return (
    <Field
      label="PFX file"
      hint="A .pfx or .p12 file with the certificate and its private key."
      validationState={readProblem ? 'error' : 'none'}
      validationMessage={readProblem}
    >
      <div className={styles.row}>
        <FilePickButton accept=".pfx,.p12" inputLabel="PFX file" onPick={(file) => void load(file)}>
          Choose PFX file…
        </FilePickButton>
        {value ? (
          <Caption1 className={styles.file}>
            <DocumentKeyRegular aria-hidden />
            {value.name}
          </Caption1>
        ) : (
          <Caption1 className={styles.none}>No file chosen</Caption1>
        )}
      </div>
    </Field>
  );
}

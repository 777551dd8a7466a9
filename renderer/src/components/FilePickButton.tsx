import { Button } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, type ReactNode } from 'react';

interface FilePickButtonProps {
  /** e.g. ".pem,.crt,.cer" */
  accept: string;
  /** The name of the hidden file input, for tests and assistive tech that reach it. */
  inputLabel: string;
  onPick: (file: File) => void;
  children: ReactNode;
}

/** A Fluent button in front of the browser's file input, which cannot be styled. */
export function FilePickButton({ accept, inputLabel, onPick, children }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size="small" icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so picking the same file again (after fixing it) fires a change.
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
    </>
  );
}

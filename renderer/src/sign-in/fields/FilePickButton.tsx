import { Button } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, type ReactNode } from 'react';

interface FilePickButtonProps {
  /** e.g. ".pem,.crt,.cer" */
  accept: string;
  /**
   * A name for the hidden file input, for tests that hand it a file. Left out where it would
   * clash with a field's label (the input is hidden, so people never meet it).
   */
  inputLabel?: string;
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

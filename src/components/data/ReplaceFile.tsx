import { useRef } from 'react';
import { replaceFile } from '../../store';
import { ACCEPT } from './accept';

/** "Replace…": a newer export of the same report takes this file's place, keeping its mapping. */
export function ReplaceFile({ uploadId, fileName }: { uploadId: number; fileName: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="link"
        onClick={() => input.current?.click()}
        aria-label={`Replace ${fileName} with a newer export`}
      >
        Replace…
      </button>
      <input
        ref={input}
        type="file"
        data-testid="replace-file"
        accept={ACCEPT}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) replaceFile(uploadId, file);
          event.target.value = '';
        }}
      />
    </>
  );
}

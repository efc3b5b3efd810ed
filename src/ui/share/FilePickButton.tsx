/** A button that opens the browser's file picker and hands over the chosen file (the same file can be chosen again). */
import { useRef } from 'react';
import { BUTTON } from './styles';

/** The button, with its hidden file input. */
export function FilePickButton(props: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={BUTTON} onClick={() => input.current?.click()}>
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        className="hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}

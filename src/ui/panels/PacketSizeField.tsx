/** The send form's optional "Packet size (bytes)" field for pings, checked as it is typed. */
import { useState } from 'react';
import { useT } from '../useT';
import { parseSize } from './packetSize';
import { field, label } from './sendParts';

/** A number of bytes, empty for a small packet; an invalid value is named once left or sent. */
export function PacketSizeField(props: {
  id: string;
  value: string;
  attempted: boolean;
  onChange: (size: string) => void;
}) {
  const { id, value, attempted, onChange } = props;
  const t = useT();
  const [left, setLeft] = useState(false);
  const invalid = parseSize(value) === 'invalid';
  const showError = invalid && (left || attempted);
  return (
    <div>
      <label htmlFor={id} className={label}>
        {t('send.size')}
      </label>
      <input
        id={id}
        className={`${field} font-mono ${showError ? 'border-red-600' : ''}`}
        value={value}
        placeholder={t('send.sizePlaceholder')}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={showError}
        aria-describedby={`${id}-note`}
        onBlur={() => setLeft(true)}
        onChange={(e) => onChange(e.target.value)}
      />
      {showError ? (
        <p id={`${id}-note`} role="alert" className="mt-1 text-xs text-red-700">
          {t('send.error.size')}
        </p>
      ) : (
        <p id={`${id}-note`} className="mt-1 text-xs text-slate-600">
          {t('send.sizeHint')}
        </p>
      )}
    </div>
  );
}

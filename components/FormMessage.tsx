import { useStrings } from './strings';

/**
 * A form's outcome: a status when it worked, an alert listing what to fix when it did not; a failure's technical
 * detail (an error's own message) folded below it, for whoever helps the clerk.
 */
export function FormMessage({ message }: { message: { ok: boolean; lines: string[]; detail?: string | undefined } | null }) {
  if (!message) return null;
  return (
    <div role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
      {message.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <TechnicalDetail detail={message.detail} />
    </div>
  );
}

/** "Chi tiết kỹ thuật": closed, so the clerk reads a plain sentence; opened (or copied) when asking for help. */
export function TechnicalDetail({ detail }: { detail: string | undefined }) {
  const s = useStrings();
  if (!detail) return null;
  return (
    <details class="technical">
      <summary>{s.technicalDetail}</summary>
      <code>{detail}</code>
    </details>
  );
}

/** The message tied to one field (its id is the field's `aria-describedby`); nothing when the field is fine. */
export function FieldMessage({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} class="field-error">
      {text}
    </p>
  );
}

/** The attributes that mark a field wrong and tie its message to it. */
export function fieldState(id: string, text: string | undefined): { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string } {
  return text ? { id, 'aria-invalid': true, 'aria-describedby': `${id}-error` } : { id, 'aria-invalid': false };
}

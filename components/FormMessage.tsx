/** A form's outcome: a status when it worked, an alert listing what to fix when it did not. */
export function FormMessage({ message }: { message: { ok: boolean; lines: string[] } | null }) {
  if (!message) return null;
  return (
    <div role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
      {message.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
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

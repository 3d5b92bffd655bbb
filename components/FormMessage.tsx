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

import type { MessageError } from '../../messaging/protocol';

/** The error line under a form. Its space is always reserved, so nothing moves when it appears. */
export function FormError({ error, id }: { error: MessageError | null; id: string }) {
  return (
    <p id={id} class="form-error" role="alert" data-code={error?.code ?? ''}>
      {error?.message ?? ''}
    </p>
  );
}

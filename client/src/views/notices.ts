import { ApiRequestError } from '../core/api';
import { byId, button, h, render } from './dom';

/** What went wrong, said for a reader: the API's own message when there is one. */
export function describeError(error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 404 && error.code === 'NOT_FOUND' && /No endpoint/.test(error.message)) {
      return `This server does not offer that yet (${error.message})`;
    }
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** A message in the corner that goes away by itself (errors stay until closed). */
export function notify(message: string, kind: 'info' | 'error' = 'info'): void {
  const list = byId('notices');
  const notice = h('div', { class: `notice ${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } });
  render(
    notice,
    h('span', {}, message),
    button('×', () => notice.remove(), { attrs: { 'aria-label': 'Dismiss' } }),
  );
  list.append(notice);
  if (kind === 'info') setTimeout(() => notice.remove(), 4_000);
}

export function notifyError(error: unknown): void {
  notify(describeError(error), 'error');
}

/** Runs an action with a spinner on the button that started it, and reports a failure instead of throwing. */
export async function withBusy<T>(control: HTMLButtonElement | null, action: () => Promise<T>): Promise<T | undefined> {
  control?.classList.add('busy');
  if (control) control.disabled = true;
  try {
    return await action();
  } catch (error) {
    notifyError(error);
    return undefined;
  } finally {
    control?.classList.remove('busy');
    if (control) control.disabled = false;
  }
}

/** The message in the middle of the canvas: loading, empty, or failed to load. */
export function stageMessage(message: string | null, kind: 'info' | 'loading' | 'error' = 'info', action?: Node): void {
  const box = byId('stage-message');
  box.hidden = message === null;
  box.className = `stage-message ${kind === 'error' ? 'error' : ''}`;
  if (message === null) return render(box);
  render(box, h('div', { class: kind === 'loading' ? 'busy' : '' }, message), action ? h('div', {}, action) : null);
}

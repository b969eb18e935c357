import { byId, button, h, render, type Child } from './dom';

/**
 * The right-hand panel: one content at a time (a node, an edge, the path tool, queries, export …). `Esc` and the
 * close button hide it; `onClose` lets the owner drop the selection that went with it. Replacing the content
 * does not call it: the next panel's owner has already set the selection it wants.
 */
export class SidePanel {
  private readonly element = byId('panel');
  private onClose: (() => void) | undefined;
  /** What is showing, e.g. `node:lloyd-austin` or `queries`, so a tool button can toggle its own panel. */
  current: string | null = null;

  show(id: string, title: Child, content: Child, options: { onClose?: () => void; headerExtra?: Child } = {}): void {
    this.current = id;
    this.onClose = options.onClose;
    this.element.hidden = false;
    this.element.dataset.panel = id.split(':')[0];
    render(
      this.element,
      h(
        'div',
        { class: 'panel-header' },
        h('h2', {}, title),
        options.headerExtra,
        button('×', () => this.close(), { title: 'Close (Esc)', attrs: { 'aria-label': 'Close panel' } }),
      ),
      content,
    );
    this.element.scrollTop = 0;
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  close(): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.current = null;
    render(this.element);
    const onClose = this.onClose;
    this.onClose = undefined;
    onClose?.();
  }
}

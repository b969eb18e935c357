/**
 * The one way views build DOM. Strings always become text nodes and attributes are set one by one, so article
 * text and entity names can never turn into markup (there is no innerHTML anywhere in the client).
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Handler = (event: Event) => void;
export type Props = {
  class?: string;
  title?: string;
  dataset?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, Handler>>;
  /** DOM properties such as `value`, `checked`, `disabled`, `type`, `htmlFor`. */
  props?: Record<string, unknown>;
  /** Plain attributes (aria-*, role, placeholder …). */
  attrs?: Record<string, string | number | boolean | undefined>;
};

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const item of child as readonly Child[]) append(parent, item);
    return;
  }
  parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.title) element.title = props.title;
  if (props.dataset) Object.assign(element.dataset, props.dataset);
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.props ?? {})) {
    (element as unknown as Record<string, unknown>)[name] = value;
  }
  for (const [name, handler] of Object.entries(props.on ?? {})) {
    if (handler) element.addEventListener(name, handler);
  }
  append(element, children);
  return element;
}

/** Replaces an element's content. */
export function render(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

export function button(label: Child, onClick: () => void, props: Props = {}): HTMLButtonElement {
  return h(
    'button',
    { ...props, props: { type: 'button', ...props.props }, on: { click: () => onClick(), ...props.on } },
    label,
  );
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

import { api } from '../core/api';
import type { ArticleAnswer, EntityRef } from '../core/api-types';
import { formatDate } from '../core/evidence';
import { segmentText, type Span } from '../core/segment-text';
import { byId, button, h, render } from './dom';
import { describeError } from './notices';

/** The article reader: the whole text, every recognised entity highlighted and clickable, the quote marked. */
export class ArticleReader {
  private readonly backdrop = byId('reader');

  constructor(private readonly onEntity: (entity: EntityRef) => void) {
    this.backdrop.addEventListener('click', (event) => {
      if (event.target === this.backdrop) this.close();
    });
  }

  get open(): boolean {
    return !this.backdrop.hidden;
  }

  async show(articleId: string, quote: Span | null): Promise<void> {
    this.backdrop.hidden = false;
    const box = h('article', { class: 'reader', attrs: { role: 'dialog', 'aria-modal': 'true' } });
    render(this.backdrop, box);
    render(box, this.header('Loading the article…'), h('p', { class: 'busy muted' }, 'Loading'));
    let answer: ArticleAnswer;
    try {
      answer = await api.article(articleId);
    } catch (error) {
      render(box, this.header('The article could not be opened'), h('p', {}, describeError(error)));
      return;
    }
    const { article } = answer;
    const pieces = segmentText(article.text, answer.mentions, quote);
    const text = h(
      'div',
      { class: 'text' },
      pieces.map((piece) =>
        piece.entity
          ? button(piece.text, () => this.pick(piece.entity!), {
              class: `mention${piece.inQuote ? ' in-quote' : ''}`,
              title: `${piece.entity.kind}: ${piece.entity.name}`,
              dataset: { entity: piece.entity.id },
            })
          : piece.inQuote
            ? h('span', { class: 'in-quote' }, piece.text)
            : piece.text,
      ),
    );
    const link =
      article.url && /^https?:\/\//i.test(article.url)
        ? h('a', { props: { href: article.url, target: '_blank', rel: 'noopener noreferrer' } }, 'original')
        : null;
    render(
      box,
      this.header(article.title ?? article.id),
      h(
        'p',
        { class: 'meta muted' },
        `${article.source ?? 'unknown outlet'} · ${formatDate(article.publishedAt)} · ${answer.mentions.length} mentions `,
        link,
      ),
      text,
    );
    box.querySelector('.in-quote')?.scrollIntoView({ block: 'center' });
  }

  close(): void {
    this.backdrop.hidden = true;
    render(this.backdrop);
  }

  private pick(entity: EntityRef): void {
    this.close();
    this.onEntity(entity);
  }

  private header(title: string): HTMLElement {
    return h(
      'div',
      { class: 'panel-header' },
      h('h2', {}, title),
      button('×', () => this.close(), { title: 'Close (Esc)', attrs: { 'aria-label': 'Close article' } }),
    );
  }
}

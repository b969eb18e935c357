import { Parser } from 'htmlparser2';

const skipped = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'template',
  'button',
  'figure',
]);
const blocks = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'br',
  'blockquote',
  'tr',
  'pre',
]);

/** The readable text of an HTML page: headings and paragraphs as lines; scripts, navigation and furniture dropped. */
export function htmlToText(html: string): { title: string | undefined; text: string } {
  const lines: string[] = [];
  let current = '';
  let depthSkipped = 0;
  let inTitle = false;
  let title = '';
  let mainDepth = 0;
  let sawMain = false;
  const mainText: string[] = [];
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) (mainDepth > 0 ? mainText : lines).push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipped.has(name)) depthSkipped++;
        // Only the document's own title: an inline <svg> has its own <title> elements.
        if (name === 'title' && depthSkipped === 0 && title === '') inTitle = true;
        if (name === 'article' || name === 'main') {
          flush();
          mainDepth++;
          sawMain = true;
        }
        if (blocks.has(name)) flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (depthSkipped === 0) current += text;
      },
      onclosetag(name) {
        if (blocks.has(name)) flush();
        if (skipped.has(name)) depthSkipped = Math.max(0, depthSkipped - 1);
        if (name === 'title') inTitle = false;
        if (name === 'article' || name === 'main') {
          flush();
          mainDepth = Math.max(0, mainDepth - 1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const body = sawMain ? mainText : lines;
  return { title: title.replace(/\s+/g, ' ').trim() || undefined, text: body.join('\n') };
}

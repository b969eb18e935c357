import { strict as assert } from 'node:assert';
import { open } from 'node:fs/promises';
import { TempFolders } from '../../../support/temp-folders.js';
import { join } from 'node:path';
import type { ArticleInput, ReadFailure, ReadResult } from '../../../../server/src/ingest/read/article-input.js';
import { maxArticleBytes, readArticles } from '../../../../server/src/ingest/read/read-articles.js';

async function readAll(paths: string[]): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readArticles(paths)) results.push(result);
  return results;
}

function articleOf(result: ReadResult | undefined): ArticleInput {
  assert.ok(result && 'article' in result, `expected an article, got ${JSON.stringify(result)}`);
  return result.article;
}

function failureOf(result: ReadResult | undefined): ReadFailure {
  assert.ok(result && 'failure' in result, `expected a failure, got ${JSON.stringify(result)}`);
  return result.failure;
}

/** The one result of reading a single path. */
async function readOne(path: string): Promise<ReadResult> {
  const results = await readAll([path]);
  assert.equal(results.length, 1, `one result for ${path}: ${JSON.stringify(results)}`);
  return results[0]!;
}

describe('readArticles', () => {
  let temp: TempFolders;
  const files = (contents: Record<string, string | Buffer>) => temp.files(contents);

  before(async () => {
    temp = await TempFolders.create('atlas-read-articles-');
  });
  after(async () => {
    await temp.remove();
  });

  describe('.txt', () => {
    it('reads the text and names the article after the file', async () => {
      const dir = await files({ 'tokio-treffen.txt': 'Austin traf Kihara in Tokio.\n\nZweiter Absatz.' });
      const article = articleOf(await readOne(join(dir, 'tokio-treffen.txt')));
      assert.equal(article.id, 'tokio-treffen');
      assert.equal(article.text, 'Austin traf Kihara in Tokio.\n\nZweiter Absatz.');
      assert.equal(article.origin, join(dir, 'tokio-treffen.txt'));
      assert.equal(article.title, undefined);
    });

    it('drops a UTF-8 byte order mark', async () => {
      const dir = await files({
        'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Südkorea.')]),
      });
      assert.equal(articleOf(await readOne(join(dir, 'bom.txt'))).text, 'Südkorea.');
    });
  });

  describe('folders', () => {
    it('reads the article files of a folder and its subfolders in name order, skipping other files', async () => {
      const dir = await files({
        'b.txt': 'B',
        'a.md': 'A',
        'sub/c.htm': '<p>C</p>',
        'sub/d.markdown': 'D',
        'notes.pdf': '%PDF-1.4',
        'data.json': '{}',
        'manifest.json': '{"articles": []}',
      });
      const articles = (await readAll([dir])).map(articleOf);
      assert.deepEqual(
        articles.map((article) => [article.id, article.text]),
        [
          ['a', 'A'],
          ['b', 'B'],
          ['c', 'C'],
          ['d', 'D'],
        ],
      );
    });
  });

  describe('.md', () => {
    it('takes title, url, source, publishedAt, language and id from YAML front matter', async () => {
      const dir = await files({
        'file-name.md': [
          '---',
          'id: trilateral-2024',
          'title: "USA, Japan und Südkorea unterzeichnen Abkommen"',
          'url: https://example.org/artikel/1',
          'source: Perspektiven Global',
          'publishedAt: 2024-07-28',
          'language: de',
          '---',
          'Die Minister trafen sich in Tokio.',
        ].join('\n'),
      });
      const article = articleOf(await readOne(join(dir, 'file-name.md')));
      assert.equal(article.id, 'trilateral-2024', 'the id of the front matter wins over the file name');
      assert.equal(article.title, 'USA, Japan und Südkorea unterzeichnen Abkommen');
      assert.equal(article.url, 'https://example.org/artikel/1');
      assert.equal(article.source, 'Perspektiven Global');
      assert.equal(article.publishedAt, '2024-07-28');
      assert.equal(article.language, 'de');
      assert.equal(article.text, 'Die Minister trafen sich in Tokio.', 'the front matter is not part of the text');
    });

    it('reads front matter written with Windows line ends', async () => {
      const dir = await files({ 'crlf.md': '---\r\ntitle: Titel\r\n---\r\nText.\r\n' });
      const article = articleOf(await readOne(join(dir, 'crlf.md')));
      assert.equal(article.title, 'Titel');
      assert.equal(article.text.trim(), 'Text.');
    });

    it('names an article without front matter after its file', async () => {
      const dir = await files({ 'ohne-kopf.md': 'Nur Text.' });
      const article = articleOf(await readOne(join(dir, 'ohne-kopf.md')));
      assert.equal(article.id, 'ohne-kopf');
      assert.equal(article.text, 'Nur Text.');
    });

    it('keeps the prose of Markdown and drops its syntax, images and code blocks', async () => {
      const dir = await files({
        'syntax.md': [
          '# Bündnis gestärkt',
          '',
          'Austin traf **Kihara** in [Tokio](https://example.org/tokio).',
          '![Foto](bild.jpg)',
          '> „Wir sind Partner“, sagte Kihara.',
          '```',
          'const geheim = 1;',
          '```',
          'Ende.',
        ].join('\n'),
      });
      const text = articleOf(await readOne(join(dir, 'syntax.md'))).text;
      assert.match(text, /^Bündnis gestärkt$/m);
      assert.match(text, /^Austin traf Kihara in Tokio\.$/m);
      assert.match(text, /^„Wir sind Partner“, sagte Kihara\.$/m);
      assert.doesNotMatch(text, /bild\.jpg|example\.org|geheim|```|\*\*|^#/m);
      assert.match(text, /Ende\.$/);
    });

    it('fails an article whose front matter is not valid YAML, with the reason', async () => {
      const dir = await files({ 'kaputt.md': '---\ntitle: [nicht geschlossen\n---\nText.' });
      const failure = failureOf(await readOne(join(dir, 'kaputt.md')));
      assert.equal(failure.id, 'kaputt');
      assert.equal(failure.origin, join(dir, 'kaputt.md'));
      assert.match(failure.error, /^front matter is not valid YAML: \S/);
    });

    it('fails an article whose front matter has a bad date, naming the field', async () => {
      const dir = await files({ 'datum.md': '---\npublishedAt: gestern\n---\nText.' });
      const failure = failureOf(await readOne(join(dir, 'datum.md')));
      assert.match(failure.error, /^front matter: publishedAt: /);
      assert.match(failure.error, /date such as 2024-07-28/);
    });
  });

  describe('.html', () => {
    const page = `<!doctype html>
<html>
  <head>
    <title>USA und Japan stärken Bündnis | Beispiel-Zeitung</title>
    <script>window.tracking = "TRACKING-SNIPPET";</script>
    <style>.teaser { color: red }</style>
  </head>
  <body>
    <header><a href="/">Beispiel-Zeitung</a></header>
    <nav><ul><li>Politik</li><li>Wirtschaft</li></ul></nav>
    <div class="sidebar">Meistgelesen: Wetter in Berlin</div>
    <article>
      <h1>USA und Japan stärken Bündnis</h1>
      <p>Austin traf Kihara &amp; Shin in   Tokio.</p>
      <script>document.write("AD-SCRIPT")</script>
      <p>Die USA haben 55.000 Soldaten<br>in Japan.</p>
    </article>
    <footer>Impressum · Datenschutz</footer>
  </body>
</html>`;

    it('takes the title from <title> and the text from <article>, one line per block', async () => {
      const dir = await files({ 'seite.html': page });
      const article = articleOf(await readOne(join(dir, 'seite.html')));
      assert.equal(article.id, 'seite');
      assert.equal(article.title, 'USA und Japan stärken Bündnis | Beispiel-Zeitung');
      assert.equal(
        article.text,
        'USA und Japan stärken Bündnis\nAustin traf Kihara & Shin in Tokio.\nDie USA haben 55.000 Soldaten\nin Japan.',
      );
    });

    it('drops scripts, styles, navigation, header and footer', async () => {
      const dir = await files({ 'seite.html': page.replace(/<\/?article>/g, '') });
      const text = articleOf(await readOne(join(dir, 'seite.html'))).text;
      assert.match(text, /Austin traf Kihara & Shin in Tokio\./, 'without <article>, the body text is kept');
      for (const furniture of ['TRACKING', 'AD-SCRIPT', 'color', 'Politik', 'Impressum', 'Beispiel-Zeitung']) {
        assert.ok(!text.includes(furniture), `"${furniture}" is not in the text: ${text}`);
      }
    });

    it('prefers <main> over the rest of the body', async () => {
      const dir = await files({
        'main.htm':
          '<body><div>Teaser: Anderes Thema</div><main><p>Der eigentliche Artikel.</p></main><p>Kommentar</p></body>',
      });
      assert.equal(articleOf(await readOne(join(dir, 'main.htm'))).text, 'Der eigentliche Artikel.');
    });

    it('takes the title from <title> even when a manifest gives another', async () => {
      const dir = await files({
        'seite.html': '<title>Titel der Seite</title><p>Text.</p>',
        'manifest.json': JSON.stringify({
          articles: [{ file: 'seite.html', title: 'Aus dem Manifest', outlet: 'Zeitung' }],
        }),
      });
      const article = articleOf(await readOne(join(dir, 'seite.html')));
      assert.equal(article.title, 'Titel der Seite');
      assert.equal(article.source, 'Zeitung');
    });

    it('ignores the <title> of an inline SVG icon', async () => {
      const dir = await files({
        'icon.html':
          '<html><head><title>USA und Japan stärken Bündnis</title></head><body>' +
          '<nav><a href="/"><svg viewBox="0 0 1 1"><title>Startseite</title><path d="M0 0"/></svg></a></nav>' +
          '<article><p>Austin traf Kihara.</p></article></body></html>',
      });
      const article = articleOf(await readOne(join(dir, 'icon.html')));
      assert.equal(article.title, 'USA und Japan stärken Bündnis');
      assert.equal(article.text, 'Austin traf Kihara.');
    });
  });

  describe('.jsonl', () => {
    it('reads one article per line with its metadata', async () => {
      const dir = await files({
        'feed.jsonl': [
          JSON.stringify({ id: 'erster', title: 'Eins', text: 'Erster Text.', source: 'Agentur', language: 'de' }),
          JSON.stringify({ text: 'Zweiter Text.', publishedAt: '2024-07-28', url: 'https://example.org/2' }),
        ].join('\n'),
      });
      const articles = (await readAll([join(dir, 'feed.jsonl')])).map(articleOf);
      assert.equal(articles.length, 2);
      assert.deepEqual(articles[0], {
        id: 'erster',
        title: 'Eins',
        text: 'Erster Text.',
        source: 'Agentur',
        language: 'de',
        origin: `${join(dir, 'feed.jsonl')}:1`,
      });
      assert.equal(articles[1]!.id, 'feed:2', 'a line without id is named after the file and the line');
      assert.equal(articles[1]!.publishedAt, '2024-07-28');
      assert.equal(articles[1]!.url, 'https://example.org/2');
    });

    it('reports a broken line as a failure naming the line, and still reads the other lines', async () => {
      const dir = await files({
        'feed.jsonl': [
          JSON.stringify({ id: 'vorher', text: 'Vorher.' }),
          '{"id": "kaputt", "text": "abgeschnitten',
          '',
          JSON.stringify({ id: 'nachher', text: 'Nachher.' }),
        ].join('\n'),
      });
      const results = await readAll([join(dir, 'feed.jsonl')]);
      assert.equal(results.length, 3, 'the blank line is skipped');
      assert.equal(articleOf(results[0]).id, 'vorher');
      const failure = failureOf(results[1]);
      assert.equal(failure.error, 'line 2 is not valid JSON');
      assert.equal(failure.id, 'feed:2');
      assert.equal(failure.origin, `${join(dir, 'feed.jsonl')}:2`);
      assert.equal(articleOf(results[2]).id, 'nachher');
      assert.equal(articleOf(results[2]).origin, `${join(dir, 'feed.jsonl')}:4`, 'lines are counted with blank ones');
    });

    it('names the line and the field of a line that is JSON but not an article', async () => {
      const dir = await files({
        'feed.jsonl': [
          JSON.stringify({ id: 'ohne-text', title: 'Kein Text' }),
          JSON.stringify({ text: 42 }),
          '[1, 2]',
          JSON.stringify({ text: 'Text.', publishedAt: 'irgendwann' }),
        ].join('\n'),
      });
      const errors = (await readAll([join(dir, 'feed.jsonl')])).map((result) => failureOf(result).error);
      assert.equal(errors.length, 4);
      assert.match(errors[0]!, /^line 1: text: /);
      assert.match(errors[1]!, /^line 2: text: .*string/);
      assert.match(errors[2]!, /^line 3: value: .*object/);
      assert.match(errors[3]!, /^line 4: publishedAt: .*date/);
    });

    it('refuses a line that is not valid UTF-8 instead of storing replacement characters', async () => {
      const dir = await files({
        'latin1.jsonl': Buffer.concat([
          Buffer.from(JSON.stringify({ id: 'gut', text: 'Gut.' }) + '\n'),
          Buffer.from(JSON.stringify({ id: 'latin1', text: 'S\u00fcdkorea' }), 'latin1'),
        ]),
      });
      const results = await readAll([join(dir, 'latin1.jsonl')]);
      assert.equal(articleOf(results[0]).id, 'gut');
      assert.match(failureOf(results[1]).error, /line 2.*UTF-8/);
    });
  });

  describe('manifest.json', () => {
    it('adds the metadata of manifest.json to the files beside it (outlet as source)', async () => {
      const dir = await files({
        '001.txt': 'Erster Text.',
        '002.txt': 'Zweiter Text.',
        'manifest.json': JSON.stringify({
          about: 'sample',
          articles: [
            {
              file: '001.txt',
              outlet: 'Perspektiven Global',
              language: 'de',
              publishedAt: '2024-07-28',
              url: 'https://example.org/1',
              title: 'Titel eins',
              dateBasis: 'ignored',
            },
          ],
        }),
      });
      const [first, second] = (await readAll([dir])).map(articleOf);
      assert.equal(first!.id, '001');
      assert.equal(first!.source, 'Perspektiven Global');
      assert.equal(first!.language, 'de');
      assert.equal(first!.publishedAt, '2024-07-28');
      assert.equal(first!.url, 'https://example.org/1');
      assert.equal(first!.title, 'Titel eins');
      assert.equal(second!.id, '002');
      assert.equal(second!.source, undefined, 'a file the manifest does not list gets no metadata');
    });

    it('applies the manifest also when a file of its folder is named directly', async () => {
      const dir = await files({
        'a.txt': 'Text.',
        'manifest.json': JSON.stringify({ articles: [{ file: 'a.txt', source: 'Agentur' }] }),
      });
      assert.equal(articleOf(await readOne(join(dir, 'a.txt'))).source, 'Agentur');
    });

    it('lets front matter override the manifest', async () => {
      const dir = await files({
        'a.md': '---\nsource: Aus dem Kopf\n---\nText.',
        'manifest.json': JSON.stringify({ articles: [{ file: 'a.md', source: 'Aus dem Manifest', language: 'de' }] }),
      });
      const article = articleOf(await readOne(join(dir, 'a.md')));
      assert.equal(article.source, 'Aus dem Kopf');
      assert.equal(article.language, 'de');
    });

    it('applies a manifest only to its own folder, not to subfolders', async () => {
      const dir = await files({
        'sub/a.txt': 'Text.',
        'manifest.json': JSON.stringify({ articles: [{ file: 'a.txt', source: 'Oben' }] }),
      });
      assert.equal(articleOf(await readOne(dir)).source, undefined);
    });

    it('goes on reading when manifest.json is not valid JSON', async () => {
      const dir = await files({ 'a.txt': 'Text.', 'manifest.json': '{ "articles": [ ' });
      const other = await files({ 'b.txt': 'Anderer Text.' });
      const results = await readAll([dir, other]);
      assert.ok(
        results.some((result) => 'article' in result && result.article.id === 'a'),
        'a.txt is read',
      );
      assert.ok(
        results.some((result) => 'article' in result && result.article.id === 'b'),
        'the next path is read',
      );
    });
  });

  describe('input that cannot be an article', () => {
    it('reads an empty file as an article with empty text (ingest refuses it later)', async () => {
      const dir = await files({ 'leer.txt': '' });
      const article = articleOf(await readOne(join(dir, 'leer.txt')));
      assert.equal(article.id, 'leer');
      assert.equal(article.text, '');
    });

    it('refuses a binary file (NUL bytes) with a reason', async () => {
      const dir = await files({
        'bild.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      });
      const failure = failureOf(await readOne(join(dir, 'bild.txt')));
      assert.equal(failure.id, 'bild');
      assert.equal(failure.origin, join(dir, 'bild.txt'));
      assert.match(failure.error, /binary/);
      assert.match(failure.error, /NUL/);
    });

    it('refuses a file that is not valid UTF-8 and says to convert it', async () => {
      const dir = await files({ 'latin1.txt': Buffer.from('Südkorea und Österreich', 'latin1') });
      const failure = failureOf(await readOne(join(dir, 'latin1.txt')));
      assert.equal(failure.id, 'latin1');
      assert.match(failure.error, /not valid UTF-8/);
      assert.match(failure.error, /convert/);
    });

    it('refuses a file larger than maxArticleBytes without reading it', async () => {
      const dir = await files({});
      const path = join(dir, 'riesig.txt');
      const handle = await open(path, 'w');
      await handle.truncate(maxArticleBytes + 1); // sparse: no 5 MB are written
      await handle.close();
      const failure = failureOf(await readOne(path));
      assert.equal(failure.id, 'riesig');
      assert.match(failure.error, /MB/);
      assert.match(failure.error, /refused/);
      assert.doesNotMatch(failure.error, /binary/, 'the size is checked before the content');
    });

    it('reads a file of exactly maxArticleBytes', async () => {
      const dir = await files({ 'gross.txt': Buffer.alloc(maxArticleBytes, 'a') });
      assert.equal(articleOf(await readOne(join(dir, 'gross.txt'))).text.length, maxArticleBytes);
    });

    it('reports a missing path and goes on with the next one', async () => {
      const dir = await files({ 'da.txt': 'Vorhanden.' });
      const missing = join(dir, 'gibt-es-nicht.txt');
      const results = await readAll([missing, join(dir, 'da.txt')]);
      assert.equal(results.length, 2);
      const failure = failureOf(results[0]);
      assert.equal(failure.id, 'gibt-es-nicht.txt');
      assert.equal(failure.origin, missing);
      assert.equal(failure.error, `no such file or folder: ${missing}`);
      assert.equal(articleOf(results[1]).id, 'da');
    });

    it('goes on reading the files of a folder after a bad one', async () => {
      const dir = await files({
        'a.txt': 'Erster.',
        'b.txt': Buffer.from([0x00, 0x01]),
        'c.txt': Buffer.from([0xc3, 0x28]),
        'd.txt': 'Letzter.',
      });
      const results = await readAll([dir]);
      assert.deepEqual(
        results.map((result) => ('article' in result ? `ok ${result.article.id}` : `failed ${result.failure.id}`)),
        ['ok a', 'failed b', 'failed c', 'ok d'],
      );
    });
  });
});

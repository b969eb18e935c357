import { createReadStream, existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { articleMetadata, type ArticleMetadata, type ReadResult } from './article-input.js';
import { htmlToText } from './html-text.js';

export const articleExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl']);
/** Larger files are refused rather than read: no news article is this long, and memory stays bounded. */
export const maxArticleBytes = 5 * 1024 * 1024;

const manifestSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      outlet: z.string().optional(),
      source: z.string().optional(),
      title: z.string().optional(),
      url: z.string().optional(),
      language: z.string().optional(),
      publishedAt: z.string().optional(),
    }),
  ),
});
type Manifest = Map<string, ArticleMetadata>;

class ManifestError extends Error {}

/**
 * Articles from files and folders, one at a time (JSONL is streamed line by line), so a corpus of any size is
 * read in constant memory. Unreadable input becomes a failure with a reason; reading goes on.
 */
export async function* readArticles(paths: string[]): AsyncGenerator<ReadResult> {
  const manifests = new Map<string, Manifest>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { failure: { id: basename(path), origin: path, error: `no such file or folder: ${path}` } };
      continue;
    }
    const files = info.isDirectory() ? await listArticleFiles(path) : [path];
    for (const file of files) {
      const dir = dirname(file);
      if (!manifests.has(dir)) {
        try {
          manifests.set(dir, await readManifest(dir));
        } catch (error) {
          if (!(error instanceof ManifestError)) throw error;
          manifests.set(dir, new Map());
          yield { failure: { id: 'manifest.json', origin: join(dir, 'manifest.json'), error: error.message } };
        }
      }
      yield* readFileArticles(file, manifests.get(dir)!);
    }
  }
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listArticleFiles(path)));
    else if (articleExtensions.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, 'manifest.json');
  const manifest: Manifest = new Map();
  if (!existsSync(path)) return manifest;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new ManifestError(`${path} is not valid JSON; the files beside it are read without its metadata`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ManifestError(
      `${path} does not have the shape {articles: [{file, …}]}; the files beside it are read without its metadata`,
    );
  }
  for (const entry of parsed.data.articles) {
    const source = entry.source ?? entry.outlet;
    const meta = articleMetadata.safeParse({ ...entry, source, publishedAt: entry.publishedAt });
    if (meta.success) manifest.set(entry.file, meta.data);
  }
  return manifest;
}

async function* readFileArticles(file: string, manifest: Manifest): AsyncGenerator<ReadResult> {
  const extension = extname(file).toLowerCase();
  const fileId = basename(file, extname(file));
  const fail = (error: string): ReadResult => ({ failure: { id: fileId, origin: file, error } });
  const size = (await stat(file)).size;
  if (extension === '.jsonl') {
    yield* readJsonLines(file);
    return;
  }
  if (size > maxArticleBytes) {
    yield fail(
      `file is ${(size / 1024 / 1024).toFixed(1)} MB; articles over ${maxArticleBytes / 1024 / 1024} MB are refused`,
    );
    return;
  }
  const decoded = decode(await readFile(file));
  if ('error' in decoded) {
    yield fail(decoded.error);
    return;
  }
  const fromManifest = manifest.get(basename(file)) ?? {};
  let metadata: ArticleMetadata = {};
  let text = decoded.text;
  if (extension === '.md' || extension === '.markdown') {
    const front = /^---\n([\s\S]*?)\n---\n?/.exec(text.replace(/\r\n?/g, '\n'));
    if (front) {
      let raw: unknown;
      try {
        raw = parseYaml(front[1]!);
      } catch (error) {
        yield fail(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
        return;
      }
      const parsed = articleMetadata.safeParse(raw ?? {});
      if (!parsed.success) {
        yield fail(
          `front matter: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        );
        return;
      }
      metadata = parsed.data;
      text = text.replace(/\r\n?/g, '\n').slice(front[0].length);
    }
    text = stripMarkdown(text);
  } else if (extension === '.html' || extension === '.htm') {
    const page = htmlToText(text);
    text = page.text;
    if (page.title) metadata.title = page.title;
  }
  yield { article: { ...fromManifest, ...metadata, id: metadata.id ?? fileId, text, origin: file } };
}

async function* readJsonLines(file: string): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  const jsonArticle = articleMetadata.extend({ text: z.string() });
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const origin = `${file}:${number}`;
    const id = `${basename(file, '.jsonl')}:${number}`;
    // The stream decodes invalid bytes to U+FFFD; a .txt file with such bytes is refused, so is such a line.
    if (line.includes('\ufffd')) {
      yield { failure: { id, origin, error: `line ${number} is not valid UTF-8; convert the file to UTF-8 first` } };
      continue;
    }
    if (line.length > maxArticleBytes) {
      yield { failure: { id, origin, error: `line ${number} is longer than ${maxArticleBytes / 1024 / 1024} MB` } };
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      yield { failure: { id, origin, error: `line ${number} is not valid JSON` } };
      continue;
    }
    const parsed = jsonArticle.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      yield { failure: { id, origin, error: `line ${number}: ${issue.path.join('.') || 'value'}: ${issue.message}` } };
      continue;
    }
    yield { article: { ...parsed.data, id: parsed.data.id ?? id, origin } };
  }
}

function decode(bytes: Buffer): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: 'file is binary (contains NUL bytes), not text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'file is not valid UTF-8; convert it to UTF-8 first' };
  }
}

/** Markdown syntax that is not prose: headings marks, emphasis, links (kept as their text), images, code fences. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, '$1$2');
}

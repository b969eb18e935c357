import { strict as assert } from 'node:assert';
import { open, writeFile } from 'node:fs/promises';
import { TempFolders } from '../../support/temp-folders.js';
import { join } from 'node:path';
import type { Database } from '../../../server/src/db/database.js';
import { ingestPaths, prepareArticle, type IngestSummary } from '../../../server/src/ingest/ingest.js';
import { loadLexicon, type Lexicon } from '../../../server/src/ingest/lexicon/lexicon.js';
import { maxArticleBytes } from '../../../server/src/ingest/read/read-articles.js';
import { removeArticleContent } from '../../../server/src/ingest/write-article.js';
import { testDatabase } from '../../support/database.js';

/** Every article this file creates has an id with this prefix; `after` removes them and what only they created. */
const prefix = 'badinput-';

const shinMeetsMarles = [
  'Seoul und Canberra rücken zusammen',
  '',
  'Der südkoreanische Verteidigungsminister Shin Won-sik traf am Sonntag in Seoul den australischen Verteidigungsminister Richard Marles.',
].join('\n');
const kiharaMeetsMarles = [
  'Japan und Australien',
  '',
  'Der japanische Verteidigungsminister Minoru Kihara traf am Dienstag in Tokio den australischen Verteidigungsminister Richard Marles.',
].join('\n');
const scholzMeetsMacron = [
  'Deutschland und Frankreich beraten',
  '',
  'Der deutsche Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.',
].join('\n');

type Claim = { type: string; source: string; target: string; quote: string; start: number; end: number };

describe('ingest of bad input (real Neo4j)', function () {
  this.timeout(120_000);
  let db: Database;
  let lexicon: Lexicon;
  let entitiesBefore: string[];

  let temp: TempFolders;
  const files = (contents: Record<string, string | Buffer>) => temp.files(contents);

  async function count(cypher: string, parameters: Record<string, unknown> = {}): Promise<number> {
    const result = await db.read<{ n: number }>(cypher, parameters);
    return result.records[0]!.get('n');
  }

  const articleCount = (id: string) => count('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id });
  const claimCount = (id: string) => count('MATCH ()-[r]->() WHERE r.article = $id RETURN count(r) AS n', { id });
  const mentionCount = (id: string) =>
    count('MATCH (:Article {id: $id})-[m:MENTIONS]->() RETURN count(m) AS n', { id });

  async function claimsOf(id: string): Promise<Claim[]> {
    const result = await db.read<Claim>(
      `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.article = $id
       RETURN type(r) AS type, s.id AS source, t.id AS target, r.quote AS quote, r.start AS start, r.end AS end
       ORDER BY type, source, target, start`,
      { id },
    );
    return result.records.map((record) => record.toObject());
  }

  /** Everything the graph holds of one article: its node, its mentions and its claims. */
  async function snapshot(id: string) {
    const node = await db.read<{ article: Record<string, unknown> }>(
      'MATCH (a:Article {id: $id}) RETURN a {.*, ingestedAt: toString(a.ingestedAt)} AS article',
      { id },
    );
    const mentions = await db.read<{ entity: string; count: number; spans: number[] }>(
      `MATCH (:Article {id: $id})-[m:MENTIONS]->(n:Entity)
       RETURN n.id AS entity, m.count AS count, m.spans AS spans ORDER BY entity`,
      { id },
    );
    return {
      article: node.records.map((record) => record.get('article')),
      mentions: mentions.records.map((record) => record.toObject()),
      claims: await claimsOf(id),
    };
  }

  /** The summary's one failure, with its id, and an error matching every pattern. */
  function assertOneFailure(summary: IngestSummary, id: string, patterns: RegExp[]): string {
    assert.equal(summary.failed.length, 1, `one failure: ${JSON.stringify(summary.failed)}`);
    const failure = summary.failed[0]!;
    assert.equal(failure.id, id);
    assert.ok(failure.origin.length > 0, 'the failure says where the input came from');
    for (const pattern of patterns) assert.match(failure.error, pattern);
    return failure.error;
  }

  before(async () => {
    db = testDatabase();
    lexicon = loadLexicon();
    temp = await TempFolders.create('atlas-bad-input-');
    const result = await db.read<{ ids: string[] }>('MATCH (n:Entity) RETURN collect(n.id) AS ids');
    entitiesBefore = result.records[0]!.get('ids');
  });

  after(async () => {
    try {
      const result = await db.read<{ ids: string[] }>(
        'MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN collect(a.id) AS ids',
        { prefix },
      );
      const session = db.driver.session({ database: db.connection.database });
      try {
        for (const id of result.records[0]!.get('ids')) {
          await session.executeWrite(async (tx) => {
            await removeArticleContent(tx, id);
            await tx.run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id });
          });
        }
      } finally {
        await session.close();
      }
      // Entities this file created that nothing refers to any more (e.g. written without a mention).
      await db.write('MATCH (n:Entity) WHERE NOT n.id IN $ids AND NOT (n)--() DELETE n', { ids: entitiesBefore });
    } finally {
      await temp.remove();
      await db.close();
    }
  });

  describe('input that cannot be an article', () => {
    it('refuses an empty file: the file is read, but an article without text is not written', async () => {
      const dir = await files({ 'badinput-empty.txt': '' });
      const summary = await ingestPaths(db, lexicon, [dir]);
      assert.equal(summary.articles, 1);
      assert.equal(summary.new + summary.updated + summary.unchanged, 0);
      assertOneFailure(summary, 'badinput-empty', [/no text/, /empty/]);
      assert.equal(summary.failed[0]!.origin, join(dir, 'badinput-empty.txt'));
      assert.equal(await articleCount('badinput-empty'), 0);
    });

    it('refuses a file that holds only site furniture, as having no text', async () => {
      const dir = await files({
        'badinput-furniture.txt': 'Website-Icon Beispiel\n\nMehr zum Thema – Japan und die USA\nTeilen\n',
      });
      const summary = await ingestPaths(db, lexicon, [dir]);
      assertOneFailure(summary, 'badinput-furniture', [/no text/, /boilerplate/]);
      assert.equal(await articleCount('badinput-furniture'), 0);
    });

    it('refuses a binary file', async () => {
      const dir = await files({
        'badinput-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      });
      const summary = await ingestPaths(db, lexicon, [dir]);
      assertOneFailure(summary, 'badinput-binary', [/binary/, /NUL/]);
      assert.equal(summary.new, 0);
      assert.equal(await articleCount('badinput-binary'), 0);
    });

    it('refuses a file that is not valid UTF-8', async () => {
      const dir = await files({ 'badinput-latin1.txt': Buffer.from('Südkorea und Japan unterzeichnen.', 'latin1') });
      const summary = await ingestPaths(db, lexicon, [dir]);
      assertOneFailure(summary, 'badinput-latin1', [/not valid UTF-8/, /convert/]);
      assert.equal(await articleCount('badinput-latin1'), 0);
    });

    it('refuses a file larger than the article size limit', async () => {
      const dir = await files({});
      const handle = await open(join(dir, 'badinput-huge.txt'), 'w');
      await handle.truncate(maxArticleBytes + 1024 * 1024); // sparse: nothing is written
      await handle.close();
      const summary = await ingestPaths(db, lexicon, [dir]);
      const error = assertOneFailure(summary, 'badinput-huge', [/6\.0 MB/, /refused/]);
      assert.match(error, new RegExp(`over ${maxArticleBytes / 1024 / 1024} MB`));
      assert.equal(await articleCount('badinput-huge'), 0);
    });

    it('reports a path that does not exist and ingests the other paths', async () => {
      const dir = await files({ 'badinput-beside-missing.txt': shinMeetsMarles });
      const missing = join(dir, 'badinput-missing.txt');
      const summary = await ingestPaths(db, lexicon, [missing, dir]);
      assertOneFailure(summary, 'badinput-missing.txt', [/no such file or folder/]);
      assert.ok(summary.failed[0]!.error.includes(missing), 'the error names the path');
      assert.equal(summary.new, 1);
      assert.equal(await articleCount('badinput-beside-missing'), 1);
    });
  });

  it('extracts the text of an HTML page full of scripts and stores none of the script code', async () => {
    const scripts = Array.from(
      { length: 20 },
      (_, i) =>
        `<script>window.dataLayer.push({"event": "SCRIPT-MARKER-${i}", "text": "Kim Jong-un traf Putin."});</script>`,
    ).join('\n');
    const dir = await files({
      'badinput-scripts.html': `<!doctype html><html><head>
        <title>Deutschland und Frankreich beraten</title>
        ${scripts}
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "SCRIPT-MARKER-ld"}</script>
        <style>body { font-family: "STYLE-MARKER" }</style>
      </head><body>
        <noscript>NOSCRIPT-MARKER: Bitte JavaScript aktivieren.</noscript>
        <nav>NAV-MARKER Politik Wirtschaft</nav>
        <article>
          ${scripts}
          <p>Der deutsche Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.</p>
          <script>document.write("<p>SCRIPT-MARKER-write</p>")</script>
          <p>Beide sprachen über die Lage in Europa.</p>
        </article>
        ${scripts}
      </body></html>`,
    });
    const summary = await ingestPaths(db, lexicon, [dir]);
    assert.deepEqual(summary.failed, []);
    assert.equal(summary.new, 1);
    const result = await db.read<{ text: string; title: string }>(
      'MATCH (a:Article {id: "badinput-scripts"}) RETURN a.text AS text, a.title AS title',
    );
    const { text, title } = result.records[0]!.toObject();
    assert.equal(title, 'Deutschland und Frankreich beraten');
    assert.equal(
      text,
      'Der deutsche Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.\n' +
        'Beide sprachen über die Lage in Europa.',
    );
    assert.doesNotMatch(text, /MARKER|dataLayer|Kim Jong-un/);
    const claims = await claimsOf('badinput-scripts');
    assert.ok(
      claims.some(
        (claim) => claim.type === 'MET' && claim.source === 'emmanuel-macron' && claim.target === 'olaf-scholz',
      ),
      `the meeting in the article text is a claim: ${JSON.stringify(claims)}`,
    );
    assert.ok(claims.every((claim) => !/MARKER|Kim Jong-un|Putin/.test(claim.quote)));
    const mentioned = await db.read<{ ids: string[] }>(
      'MATCH (:Article {id: "badinput-scripts"})-[:MENTIONS]->(n) RETURN collect(n.id) AS ids',
    );
    assert.ok(!mentioned.records[0]!.get('ids').includes('kim-jong-un'), 'names inside scripts are not mentions');
  });

  it('ingests the good lines of a JSONL file and reports the broken one by its line', async () => {
    const dir = await files({
      'badinput-feed.jsonl': [
        JSON.stringify({ id: 'badinput-feed-first', text: shinMeetsMarles, source: 'Agentur' }),
        '{"id": "badinput-feed-broken", "text": "Der Text bricht ab',
        JSON.stringify({ id: 'badinput-feed-third', text: kiharaMeetsMarles }),
      ].join('\n'),
    });
    const summary = await ingestPaths(db, lexicon, [dir]);
    assert.equal(summary.articles, 3);
    assert.equal(summary.new, 2);
    assertOneFailure(summary, 'badinput-feed:2', [/^line 2 is not valid JSON$/]);
    assert.equal(summary.failed[0]!.origin, `${join(dir, 'badinput-feed.jsonl')}:2`);
    assert.equal(await articleCount('badinput-feed-first'), 1);
    assert.equal(await articleCount('badinput-feed-third'), 1);
    assert.equal(await articleCount('badinput-feed-broken'), 0);
    assert.ok((await claimCount('badinput-feed-third')) > 0, 'the line after the broken one is extracted too');
  });

  describe('duplicate ids in one run', () => {
    it('writes the first input and fails the second when they have different texts', async () => {
      const first = await files({ 'badinput-dup.txt': shinMeetsMarles });
      const second = await files({ 'badinput-dup.txt': kiharaMeetsMarles });
      const summary = await ingestPaths(db, lexicon, [first, second]);
      assert.equal(summary.new, 1);
      const error = assertOneFailure(summary, 'badinput-dup', [
        /another input in this run/,
        /"badinput-dup"/,
        /different text/,
        /another id/,
      ]);
      assert.ok(error.length < 200, 'one line, no stack trace');
      assert.equal(summary.failed[0]!.origin, join(second, 'badinput-dup.txt'), 'the second input is the one failed');
      const stored = await db.read<{ text: string }>('MATCH (a:Article {id: "badinput-dup"}) RETURN a.text AS text');
      assert.equal(stored.records[0]!.get('text'), shinMeetsMarles, 'the first text is kept');
      const claims = await claimsOf('badinput-dup');
      assert.ok(claims.length > 0);
      assert.ok(
        claims.every((claim) => !claim.quote.includes('Kihara')),
        'nothing of the second text is stored',
      );
    });

    it('accepts the same id twice in one run when the text is the same', async () => {
      const first = await files({ 'badinput-twice.txt': shinMeetsMarles });
      const second = await files({ 'badinput-twice.md': shinMeetsMarles });
      const summary = await ingestPaths(db, lexicon, [first, second]);
      assert.deepEqual(summary.failed, []);
      assert.equal(summary.new, 1);
      assert.equal(summary.unchanged, 1);
    });
  });

  it('loses nothing already in the graph when a later run has bad input, even for the same id', async () => {
    const good = await files({ 'badinput-keep.txt': shinMeetsMarles });
    const first = await ingestPaths(db, lexicon, [good]);
    assert.deepEqual(first.failed, []);
    assert.equal(first.new, 1);
    const before = await snapshot('badinput-keep');
    assert.equal(before.article.length, 1);
    assert.ok(before.mentions.length >= 4, `the good article has mentions: ${JSON.stringify(before.mentions)}`);
    assert.ok(before.claims.length >= 3, `the good article has claims: ${JSON.stringify(before.claims)}`);
    const claimsBefore = await claimCount('badinput-keep');
    const relationshipsBefore = await count('MATCH ()-[r]->() RETURN count(r) AS n');
    const nodesBefore = await count('MATCH (n) RETURN count(n) AS n');

    const huge = await files({});
    const handle = await open(join(huge, 'badinput-keep.txt'), 'w');
    await handle.truncate(maxArticleBytes + 1);
    await handle.close();
    const bad = await files({
      'empty/badinput-keep.txt': '',
      'furniture/badinput-keep.txt': 'Website-Icon Beispiel\nTeilen\n',
      'binary/badinput-keep.txt': Buffer.from([0x00, 0x01, 0x02, 0xff]),
      'latin1/badinput-keep.txt': Buffer.from('Südkorea', 'latin1'),
      'broken-front-matter/badinput-keep.md': '---\ntitle: [offen\n---\nText.',
      'feed.jsonl': [
        JSON.stringify({ id: 'badinput-keep', text: '' }),
        '{"id": "badinput-keep", "text": ',
        JSON.stringify({ id: 'badinput-keep', text: 42 }),
      ].join('\n'),
    });
    const summary = await ingestPaths(db, lexicon, [bad, huge, join(bad, 'missing.txt')]);
    assert.equal(summary.new + summary.updated + summary.unchanged, 0);
    assert.equal(summary.failed.length, 10, JSON.stringify(summary.failed, null, 1));
    for (const failure of summary.failed) {
      assert.ok(failure.error.length > 10, `a clear error for ${failure.origin}: "${failure.error}"`);
      assert.doesNotMatch(failure.error, /^(undefined|unknown error|Error)$/);
    }
    const errors = summary.failed.map((failure) => failure.error).join('\n');
    for (const expected of [/binary/, /not valid UTF-8/, /refused/, /front matter is not valid YAML/, /no text/]) {
      assert.match(errors, expected);
    }
    assert.match(errors, /line 2 is not valid JSON/);
    assert.match(errors, /line 3: text: /);
    assert.match(errors, /no such file or folder/);

    assert.deepEqual(await snapshot('badinput-keep'), before, 'the node, its mentions and its claims are unchanged');
    assert.equal(await claimCount('badinput-keep'), claimsBefore);
    assert.equal(await count('MATCH ()-[r]->() RETURN count(r) AS n'), relationshipsBefore);
    assert.equal(await count('MATCH (n) RETURN count(n) AS n'), nodesBefore);
  });

  it('reports unchanged and changes nothing when the same input is ingested again', async () => {
    const dir = await files({ 'badinput-again.txt': shinMeetsMarles });
    const first = await ingestPaths(db, lexicon, [dir]);
    assert.equal(first.new, 1);
    const before = await snapshot('badinput-again');
    const relationshipsBefore = await count('MATCH ()-[r]->() RETURN count(r) AS n');
    const nodesBefore = await count('MATCH (n) RETURN count(n) AS n');

    const again = await ingestPaths(db, lexicon, [dir]);
    assert.deepEqual(again.failed, []);
    assert.equal(again.unchanged, 1);
    assert.equal(again.new + again.updated, 0);
    assert.equal(again.entities + again.relations, 0, 'nothing is counted as written');
    assert.deepEqual(await snapshot('badinput-again'), before, 'not even ingestedAt changes');
    assert.equal(await count('MATCH ()-[r]->() RETURN count(r) AS n'), relationshipsBefore);
    assert.equal(await count('MATCH (n) RETURN count(n) AS n'), nodesBefore);
  });

  it('reports updated and replaces the claims when the text of an id changes', async () => {
    const dir = await files({ 'badinput-change.txt': kiharaMeetsMarles });
    assert.equal((await ingestPaths(db, lexicon, [dir])).new, 1);
    const before = await snapshot('badinput-change');
    const oldQuotes = new Set(before.claims.map((claim) => claim.quote));
    assert.ok(oldQuotes.size > 0);
    assert.ok(before.mentions.some((mention) => mention.entity === 'minoru-kihara'));

    await writeFile(join(dir, 'badinput-change.txt'), scholzMeetsMacron);
    const summary = await ingestPaths(db, lexicon, [dir]);
    assert.deepEqual(summary.failed, []);
    assert.equal(summary.updated, 1);
    assert.equal(summary.new + summary.unchanged, 0);

    const after = await snapshot('badinput-change');
    assert.equal(after.article.length, 1, 'still one node for the id');
    assert.equal(after.article[0]!.text, scholzMeetsMacron);
    assert.equal(after.article[0]!.title, 'Deutschland und Frankreich beraten');
    assert.notEqual(after.article[0]!.sha256, before.article[0]!.sha256);
    assert.ok(after.claims.length > 0);
    for (const claim of after.claims) {
      assert.ok(!oldQuotes.has(claim.quote), `old claim quote is gone: ${claim.quote}`);
      assert.ok(scholzMeetsMacron.includes(claim.quote), `claim quotes the new text: ${claim.quote}`);
      assert.equal(scholzMeetsMacron.slice(claim.start, claim.end), claim.quote);
    }
    assert.ok(
      after.claims.some(
        (claim) => claim.type === 'MET' && claim.source === 'emmanuel-macron' && claim.target === 'olaf-scholz',
      ),
    );
    const mentioned = after.mentions.map((mention) => mention.entity);
    assert.ok(!mentioned.includes('minoru-kihara') && !mentioned.includes('richard-marles'), 'old mentions are gone');
    assert.ok(mentioned.includes('olaf-scholz') && mentioned.includes('emmanuel-macron'));
    assert.equal(
      await count(
        'MATCH ()-[r]->() WHERE r.article = "badinput-change" AND (r.quote CONTAINS "Kihara" OR r.quote CONTAINS "Japan") RETURN count(r) AS n',
      ),
      0,
    );
  });

  it('stores every claim it extracts, also one to a country known only from a role', async () => {
    const text = [
      'Scholz empfängt Macron',
      '',
      'Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.',
    ].join('\n');
    const { extraction } = prepareArticle({ id: 'badinput-role', text, origin: 'test' }, lexicon);
    const entityIds = new Set(extraction.entities.map((entity) => entity.id));
    for (const relation of extraction.relations) {
      assert.ok(entityIds.has(relation.source), `${relation.source} of ${relation.type} is an extracted entity`);
      assert.ok(entityIds.has(relation.target), `${relation.target} of ${relation.type} is an extracted entity`);
    }
    const dir = await files({ 'badinput-role.txt': text });
    const summary = await ingestPaths(db, lexicon, [dir]);
    assert.equal(summary.new, 1);
    assert.equal(await claimCount('badinput-role'), summary.relations, 'every reported relation is stored');
  });

  it('keeps mentions and claims of an article consistent with its stored text', async () => {
    const dir = await files({
      'badinput-offsets.txt': `Website-Icon Beispiel\n\n${shinMeetsMarles}\nMehr zum Thema – Japan`,
    });
    const summary = await ingestPaths(db, lexicon, [dir]);
    assert.equal(summary.new, 1);
    const stored = await db.read<{ text: string }>('MATCH (a:Article {id: "badinput-offsets"}) RETURN a.text AS text');
    const text = stored.records[0]!.get('text');
    assert.equal(text, shinMeetsMarles, 'the cleaned text is stored, without furniture');
    const { mentions, claims } = await snapshot('badinput-offsets');
    assert.ok(mentions.length > 0 && claims.length > 0);
    for (const claim of claims) assert.equal(text.slice(claim.start, claim.end), claim.quote);
    for (const mention of mentions) {
      assert.equal(mention.spans.length, mention.count * 2);
      for (let i = 0; i < mention.spans.length; i += 2) {
        assert.ok(text.slice(mention.spans[i]!, mention.spans[i + 1]!).length > 0);
      }
    }
    assert.equal(await mentionCount('badinput-offsets'), mentions.length);
  });
});

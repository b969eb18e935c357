import type { Database } from '../../server/src/db/database.js';

/**
 * A synthetic graph shaped like the real one, written straight into Neo4j (no extraction): entities of every
 * kind with names and aliases, articles from a handful of outlets, and claim relationships of the seven types
 * between the right kinds. Endpoints are drawn with a skew, so that a few hubs collect many claims, as countries
 * and heads of government do in the news.
 */
export type GeneratedGraph = {
  entities: number;
  claims: number;
  articles: number;
  sampleIds: Record<string, string[]>;
};

const syllables = ['ka', 'to', 'mi', 'ra', 'shi', 'no', 'be', 'lin', 'ken', 'won', 'yu', 'ha', 'da', 'sa', 'ro', 'an'];

function seeded(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export async function generateGraph(
  db: Database,
  { entities = 100_000, claims = 500_000, articles = 20_000 } = {},
  progress: (message: string) => void = () => {},
): Promise<GeneratedGraph> {
  const random = seeded(7);
  const word = () =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * syllables.length)]).join(
      '',
    );
  const capitalised = () => {
    const text = word();
    return text[0]!.toUpperCase() + text.slice(1);
  };
  // Shares of the entities per kind, roughly as in news about alliances.
  const shares: [string, number][] = [
    ['Country', 0.003],
    ['Agreement', 0.1],
    ['Base', 0.05],
    ['Organization', 0.2],
    ['Person', 0.647],
  ];
  const ids: Record<string, string[]> = {};
  let made = 0;
  for (const [kind, share] of shares) {
    const count = kind === 'Person' ? entities - made : Math.max(1, Math.round(entities * share));
    made += count;
    ids[kind] = Array.from({ length: count }, (_, index) => `${kind.toLowerCase()}-${index}`);
    for (let start = 0; start < count; start += 10_000) {
      const rows = ids[kind]!.slice(start, start + 10_000).map((id) => {
        const name = kind === 'Person' ? `${capitalised()} ${capitalised()}` : `${capitalised()} ${kind}`;
        const aliases = [name.split(' ').at(-1)!, `${name}s`];
        return { id, kind, name, aliases, searchText: [name, ...aliases].join(' | ') };
      });
      await db.write(
        `UNWIND $rows AS row
         CREATE (n:Entity {id: row.id, kind: row.kind, name: row.name, aliases: row.aliases, searchText: row.searchText})
         SET n:$(row.kind)`,
        { rows },
        { timeoutMs: 120_000 },
      );
    }
    progress(`${kind}: ${count}`);
  }

  for (let start = 0; start < articles; start += 10_000) {
    const rows = Array.from({ length: Math.min(10_000, articles - start) }, (_, offset) => {
      const index = start + offset;
      const day = 1 + (index % 28);
      return {
        id: `gen-article-${index}`,
        title: `Generated article ${index}`,
        source: `Outlet ${index % 12}`,
        publishedAt: `20${18 + (index % 8)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        language: 'de',
      };
    });
    await db.write('UNWIND $rows AS row CREATE (a:Article) SET a = row', { rows }, { timeoutMs: 120_000 });
  }
  progress(`articles: ${articles}`);

  // Squaring a uniform number favours low indexes: those entities become hubs.
  const pick = (kind: string) => {
    const list = ids[kind]!;
    return list[Math.floor(random() ** 2 * list.length)]!;
  };
  const shapes: [string, string, string][] = [
    ['REPRESENTS', 'Person', 'Country'],
    ['MET', 'Person', 'Person'],
    ['SIGNED', 'Person', 'Agreement'],
    ['PARTY_TO', 'Country', 'Agreement'],
    ['LOCATED_IN', 'Base', 'Country'],
    ['OPERATES', 'Country', 'Base'],
    ['STATIONS_TROOPS_IN', 'Country', 'Country'],
    ['REPRESENTS', 'Person', 'Organization'],
  ];
  for (let start = 0; start < claims; start += 10_000) {
    const rows = [];
    for (let index = start; index < Math.min(claims, start + 10_000); index += 1) {
      const [type, from, to] = shapes[index % shapes.length]!;
      let source = pick(from);
      let target = pick(to);
      if (source === target) target = ids[to]![(ids[to]!.indexOf(target) + 1) % ids[to]!.length]!;
      if (type === 'MET' && source > target) [source, target] = [target, source];
      rows.push({
        type,
        source,
        target,
        properties: {
          article: `gen-article-${Math.floor(random() * articles)}`,
          sentence: index % 40,
          start: 0,
          end: 80,
          quote: `${source} and ${target}: generated sentence ${index}.`,
          count: type === 'STATIONS_TROOPS_IN' ? 1_000 * (1 + (index % 50)) : null,
          role: null,
        },
      });
    }
    await db.write(
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
       CREATE (s)-[r:$(row.type)]->(t)
       SET r = row.properties`,
      { rows },
      { timeoutMs: 120_000 },
    );
    if ((start / 10_000) % 10 === 9) progress(`claims: ${start + 10_000}`);
  }
  await db.write('CALL db.awaitIndexes(300)', {}, { timeoutMs: 320_000 }).catch(() => undefined);
  return { entities, claims, articles, sampleIds: ids };
}

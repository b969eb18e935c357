import { strict as assert } from 'node:assert';
import { extractArticle } from '../../../../server/src/ingest/extract/extract-article.js';
import { loadLexicon, type Lexicon } from '../../../../server/src/ingest/lexicon/lexicon.js';

// Sentences written for these tests, mostly with made-up people and bases: the rules must hold for unseen names.
describe('extractArticle on titles, appositions and the clauses of meetings and signings', function () {
  this.timeout(10_000);
  let lexicon: Lexicon;
  before(() => {
    lexicon = loadLexicon();
  });
  const extract = (text: string) => extractArticle(text, lexicon, { articleId: 'spec', publishedAt: '2024-03-01' });
  const entities = (text: string, kind: string) =>
    extract(text)
      .entities.filter((entity) => entity.kind === kind)
      .map((entity) => entity.id)
      .sort();
  const relations = (text: string, type: string) =>
    extract(text)
      .relations.filter((relation) => relation.type === type)
      .map((relation) => [relation.source, relation.target].join(' '))
      .sort();

  it('reads no person from a place noun and a family name, and keeps a name whole after a kinship noun', () => {
    assert.deepEqual(entities('Am Fährhafen Kim Yong warteten am Morgen viele Journalisten.', 'Person'), []);
    assert.deepEqual(entities('Er berief sich auf das Erbe seines Großvaters Park Chung Hee und lächelte.', 'Person'), [
      'park-chung-hee',
    ]);
  });

  it('reads a family name written first in a known alias as the start of another name, not as that person', () => {
    assert.deepEqual(entities('Neben ihm saß Cai Ming, ein enger Vertrauter des Präsidenten.', 'Person'), ['cai-ming']);
  });

  it('gives a shadow minister no office of the state', () => {
    assert.deepEqual(
      relations("Australia's shadow defence minister, Penny Wong, criticised the plan.", 'REPRESENTS'),
      [],
    );
    assert.deepEqual(
      relations('Der Schattenverteidigungsminister Hans Rieder kritisierte den Plan.', 'REPRESENTS'),
      [],
    );
  });

  it('does not pair the partners of a call each named after a "mit"/"with" of their own', () => {
    assert.deepEqual(
      relations('Scholz telefonierte am Abend mit Emmanuel Macron und mit Polens Regierungschef Piotr Nowak.', 'MET'),
      ['emmanuel-macron olaf-scholz', 'olaf-scholz piotr-nowak'],
    );
    assert.deepEqual(relations('Scholz telefonierte am Abend mit Emmanuel Macron und Piotr Nowak.', 'MET').length, 3);
  });

  it('makes signers only of the people in the signing clause, after "by" when it names them', () => {
    assert.deepEqual(
      relations(
        'Japan signed a defence pact with Fiji on Monday, a week after Canberra urged Prime Minister Anthony Albanese to wait.',
        'SIGNED',
      ),
      [],
    );
    assert.deepEqual(
      relations(
        'Foreign Ministry spokesman Li Ren said the accord had been signed "last week" by Foreign Minister Wang Yi.',
        'SIGNED',
      ).map((pair) => pair.split(' ')[0]),
      ['wang-yi'],
    );
    assert.deepEqual(
      relations('Die Minister Marles und Teodoro trafen sich in Manila, wo sie ein Abkommen unterzeichneten.', 'SIGNED')
        .map((pair) => pair.split(' ')[0])
        .sort(),
      ['gilberto-teodoro', 'richard-marles'],
    );
  });

  it('reads German compound titles by their head, with an elided first part', () => {
    assert.deepEqual(
      entities(
        'Finanzministerin Hanna Roth und Luftwaffeninspekteur Paul Krause reisten nach Tokio, der amtierende Stabschef Max Brenner und Apple-Chef Tom Baker nicht.',
        'Person',
      ),
      ['hanna-roth', 'max-brenner', 'paul-krause', 'tom-baker'],
    );
    assert.deepEqual(relations('Vietnams Staats- und Parteichef Tran Van Long empfing den Gast.', 'REPRESENTS'), [
      'tran-van-long VN',
    ]);
  });

  it('reads English titles: Gov., Assistant Secretary of State, delegate, premier in apposition', () => {
    assert.deepEqual(entities('Gov. Maria Santos Cruz has backed the plan.', 'Person'), ['maria-santos-cruz']);
    assert.deepEqual(entities('Assistant Secretary of State Daniel Harlow visited Japan.', 'Person'), [
      'daniel-harlow',
    ]);
    assert.deepEqual(entities("Guam's delegate in Congress, James Orlan, said the plan was sound.", 'Person'), [
      'james-orlan',
    ]);
    assert.deepEqual(entities('Peter Vale, the premier of Tarra province, has criticised it.', 'Person'), [
      'peter-vale',
    ]);
    assert.deepEqual(entities('Dann trat Sarah Lind, die Sprecherin des Weißen Hauses, vor die Reporter.', 'Person'), [
      'sarah-lind',
    ]);
  });

  it('reads the name after a portfolio: "Minister for the Pacific Jane Roe"', () => {
    assert.deepEqual(entities('Minister for the Pacific Tom Brandt flew to Fiji.', 'Person'), ['tom-brandt']);
    assert.deepEqual(relations("Australia's Minister for Home Affairs Clare Lind said so.", 'REPRESENTS'), [
      'clare-lind AU',
    ]);
  });

  it('gives a known person the title whose phrase precedes the name after a comma', () => {
    assert.deepEqual(
      relations('Man sei bereit, sagte der Verteidigungsminister des Inselstaats, Gilberto Teodoro.', 'REPRESENTS'),
      ['gilberto-teodoro PH'],
    );
  });

  it('takes no country across a dropped mark for the title after it', () => {
    assert.deepEqual(
      relations('Die Jets landeten nahe Tokio; Verteidigungsminister Boris Pistorius flog mit.', 'REPRESENTS'),
      ['boris-pistorius DE'],
    );
  });

  it('places a base the lexicon does not know in the country the sentence names for it', () => {
    assert.deepEqual(relations('The jets landed at Tarrant Air Base northeast of Nagoya in Japan.', 'LOCATED_IN'), [
      'tarrant-air-base JP',
    ]);
    assert.deepEqual(
      relations('The two are upgrading Farlow Naval Base on Kerry Island in Papua New Guinea.', 'LOCATED_IN'),
      ['farlow-naval-base PG'],
    );
    assert.deepEqual(
      relations('Die Jets landeten in Japan, auf der Tarrant Air Base nördlich von Nagoya.', 'LOCATED_IN'),
      ['tarrant-air-base JP'],
    );
    assert.deepEqual(relations('The jets flew from Tarrant Air Base to Japan.', 'LOCATED_IN'), []);
  });

  it('reads a surname after a military rank only as someone with a military office', () => {
    assert.deepEqual(entities('General Campbell inspected the troops at the base.', 'Person'), []);
  });

  it('knows the Federal Foreign Office inflected, the Australian Federal Police and recent office holders', () => {
    assert.deepEqual(entities('Im Auswärtigen Amt verfolgt man das aufmerksam.', 'Organization'), [
      'german-foreign-office',
    ]);
    assert.deepEqual(entities('Officers of the Australian Federal Police flew to Fiji.', 'Organization'), [
      'australian-federal-police',
    ]);
    assert.deepEqual(
      entities(
        'Kurt Campbell, Daniel Kritenbrink, Mick Mulvaney, Sarah Sanders, Zed Seselja and Manasseh Sogavare were there.',
        'Person',
      ),
      ['daniel-kritenbrink', 'kurt-campbell', 'manasseh-sogavare', 'mick-mulvaney', 'sarah-sanders', 'zed-seselja'],
    );
  });
});

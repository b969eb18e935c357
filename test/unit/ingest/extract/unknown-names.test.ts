import { strict as assert } from 'node:assert';
import { extractArticle } from '../../../../server/src/ingest/extract/extract-article.js';
import { loadLexicon, type Lexicon } from '../../../../server/src/ingest/lexicon/lexicon.js';

// Sentences written for these tests, with made-up companies, bases and people: the rules must hold for unseen names.
describe('extractArticle on names the lexicon does not know', function () {
  this.timeout(10_000);
  let lexicon: Lexicon;
  before(() => {
    lexicon = loadLexicon();
  });
  const extract = (text: string, language?: string) =>
    extractArticle(text, lexicon, { articleId: 'spec', publishedAt: '2024-03-01', ...(language ? { language } : {}) });
  const entities = (text: string, kind: string, language?: string) =>
    extract(text, language)
      .entities.filter((entity) => entity.kind === kind)
      .map((entity) => entity.id)
      .sort();
  const relations = (text: string) =>
    extract(text).relations.map((relation) =>
      [relation.type, relation.source, relation.target].filter((part) => part !== undefined).join(' '),
    );

  it('reads a name that is a word in the other language only in its own language, and country names only capitalised', () => {
    assert.deepEqual(
      entities('The ferry sank off Tamsin Island, north of the island of Bora, in the storm.', 'Country'),
      [],
    );
    assert.deepEqual(entities('Island und Norwegen wollen enger zusammenarbeiten.', 'Country'), ['IS', 'NO']);
    assert.deepEqual(entities('Island and Norway signed it.', 'Country', 'de'), ['IS', 'NO']);
    assert.deepEqual(entities('The plates were fine china from the old turkey farm in the valley.', 'Country'), []);
  });

  it('never begins a name with a number word or a counted noun before a known surname', () => {
    assert.deepEqual(entities('Das Programm kostet 43 Billionen Yen und soll bis 2030 laufen.', 'Person'), []);
  });

  it('finds bases by a base noun and a capitalised name, with the service acronym as part of the name', () => {
    const text =
      'The two governments will upgrade RAAF Base Tarrant and Naval Station Wexley, and Marines will train at Camp Harlow and Dunmore Air Base.';
    assert.deepEqual(entities(text, 'Base'), [
      'camp-harlow',
      'dunmore-air-base',
      'naval-station-wexley',
      'raaf-base-tarrant',
    ]);
    assert.deepEqual(entities(text, 'Organization'), []);
    assert.deepEqual(entities('Die Hubschrauber landeten auf dem Stützpunkt Kellberg.', 'Base'), ['kellberg']);
  });

  it('finds companies by the noun before their names, in lists too', () => {
    assert.deepEqual(entities('Das Flugzeug baut der US-Konzern Halvorsen Dynamics in Texas.', 'Organization'), [
      'halvorsen-dynamics',
    ]);
    assert.deepEqual(entities('Die Rüstungskonzerne Vantor und Brell Aerospace Systems verhandeln.', 'Organization'), [
      'brell-aerospace-systems',
      'vantor',
    ]);
    assert.deepEqual(entities('British firms such as Corvin Marine or Delta Optics will bid.', 'Organization'), [
      'corvin-marine',
      'delta-optics',
    ]);
    assert.deepEqual(
      entities('Das Unternehmen Milliarden investiert, sagte der Konzern Ende März.', 'Organization'),
      [],
    );
    assert.deepEqual(entities('Die Werft liefert Fregatten an den Konzern Rheinmetall.', 'Organization'), [
      'rheinmetall',
    ]);
  });

  it('finds an organisation by its English head noun, with the abbreviation after it as an alias', () => {
    const result = extract('Die neue Pacific Shipping Authority, kurz PSA, zieht nach Sydney. Die PSA beginnt im Mai.');
    assert.deepEqual(
      result.mentions.map((mention) => `${mention.entityId} ${mention.surface}`),
      [
        'pacific-shipping-authority Pacific Shipping Authority',
        'pacific-shipping-authority PSA',
        'pacific-shipping-authority PSA',
      ],
    );
  });

  it('finds a person named before a bare title in apposition, and whom the title speaks for', () => {
    const found = relations('Erika Musterfrau, Sprecherin des Pentagons, sagte am Montag, man sei zufrieden.');
    assert.ok(found.includes('REPRESENTS erika-musterfrau us-department-of-defense'));
    assert.ok(found.includes('REPRESENTS erika-musterfrau US'));
    assert.ok(
      relations('Max Muster, Sprecher des Nationalen Sicherheitsrats im Weißen Haus, sagte, das sei gut.').includes(
        'REPRESENTS max-muster us-national-security-council',
      ),
    );
  });

  it('reads a country right before or after an untitled name as the one the person speaks for', () => {
    const found = relations("At the dinner, Germany's Olaf Scholz sat next to Antony Blinken of the United States.");
    assert.ok(found.includes('REPRESENTS olaf-scholz DE'));
    assert.ok(found.includes('REPRESENTS antony-blinken US'));
  });

  it('reads signatures put to "the document" as signing the agreement of the sentence before', () => {
    const found = relations(
      'Japan and Britain signed a new agreement on Monday. Penny Wong and Yoko Kamikawa put their signatures to the document in London.',
    );
    assert.ok(found.includes('SIGNED penny-wong agreement-spec-1'));
    assert.ok(found.includes('SIGNED yoko-kamikawa agreement-spec-1'));
  });

  it('reads an elliptical second clause after a stationing participle ("…stationiert, rund 800 in Polen")', () => {
    assert.deepEqual(relations('Etwa 1.200 britische Soldaten sind in Estland stationiert, rund 800 in Polen.'), [
      'STATIONS_TROOPS_IN GB EE',
      'STATIONS_TROOPS_IN GB PL',
    ]);
  });
});

import { strict as assert } from 'node:assert';
import { extractArticle, parseCount } from '../../../../server/src/ingest/extract/extract-article.js';
import { loadLexicon, type Lexicon } from '../../../../server/src/ingest/lexicon/lexicon.js';

// Sentences written for these tests, not taken from the sample corpus: the rules must hold for unseen text.
describe('extractArticle', function () {
  this.timeout(10_000);
  let lexicon: Lexicon;
  before(() => {
    lexicon = loadLexicon();
  });
  const extract = (text: string, publishedAt = '2024-03-01') =>
    extractArticle(text, lexicon, { articleId: 'spec', publishedAt });
  const relations = (text: string, publishedAt?: string) =>
    extract(text, publishedAt).relations.map((relation) =>
      [relation.type, relation.source, relation.target, relation.role ?? relation.count]
        .filter((part) => part !== undefined)
        .join(' '),
    );

  it('reads a demonym and a title as the country and role a person represents, and a meeting verb as MET', () => {
    const found = relations(
      'Der australische Verteidigungsminister Richard Marles traf in Canberra seinen philippinischen Amtskollegen Gilberto Teodoro.',
    );
    assert.ok(found.includes('REPRESENTS richard-marles AU defence-minister'));
    assert.ok(found.includes('REPRESENTS gilberto-teodoro PH defence-minister'));
    assert.ok(found.includes('MET gilberto-teodoro richard-marles'));
  });

  it('names an agreement the text leaves unnamed by its parties, or else by the date it was reported', () => {
    const signed = extract(
      'US-Verteidigungsminister Lloyd Austin und der japanische Verteidigungsminister Minoru Kihara unterzeichneten am Dienstag ein Abkommen über Rüstungsproduktion.',
    ).entities.filter((entity) => entity.kind === 'Agreement');
    assert.deepEqual(
      signed.map((entity) => entity.name),
      ['Abkommen (Japan, United States of America)'],
    );
    const planned = extract('Beide Regierungen wollen im Herbst ein Abkommen schließen.', '2024-07-28T10:00:00Z');
    assert.deepEqual(
      planned.entities.filter((entity) => entity.kind === 'Agreement').map((entity) => entity.name),
      ['Abkommen (reported 2024-07-28)'],
    );
  });

  it('reads a genitive country before a title ("Chinas Außenminister")', () => {
    assert.deepEqual(relations('Chinas Außenminister Wang Yi kritisierte die Regierung scharf.'), [
      'REPRESENTS wang-yi CN foreign-minister',
    ]);
  });

  it('counts troops with German thousands separators and the sending country from the compound', () => {
    assert.deepEqual(relations('Rund 28.500 US-Soldaten sind in Südkorea stationiert.'), [
      'STATIONS_TROOPS_IN US KR 28500',
    ]);
  });

  it('reads English too', () => {
    const found = relations(
      'U.S. Defense Secretary Lloyd Austin met Japanese Defense Minister Minoru Kihara in Tokyo.',
      '2024-07-28',
    );
    assert.ok(found.includes('REPRESENTS lloyd-austin US defence-minister'));
    assert.ok(found.includes('REPRESENTS minoru-kihara JP defence-minister'));
    assert.ok(found.includes('MET lloyd-austin minoru-kihara'));
    assert.deepEqual(relations('Japan hosts about 54,000 American troops.'), ['STATIONS_TROOPS_IN US JP 54000']);
  });

  it('maps "Trumps" and a bare surname to the person named in full earlier', () => {
    const result = extract(
      'Präsident Donald Trump reiste nach Tokio. Trumps Rede fiel kurz aus, sagte Trump.',
      '2025-10-28',
    );
    const people = new Set(
      result.mentions.filter((mention) => mention.entityId === 'donald-trump').map((mention) => mention.surface),
    );
    assert.deepEqual([...people].sort(), ['Donald Trump', 'Trump', 'Trumps']);
    assert.equal(result.entities.filter((entity) => entity.kind === 'Person').length, 1);
  });

  it('finds a person the lexicon does not know after a title, and their surname later on', () => {
    const result = extract(
      'Der neue Verteidigungsminister Max Mustermann kündigte Reformen an. Mustermann sagte, die Lage sei ernst.',
    );
    assert.deepEqual(
      result.entities.filter((entity) => entity.kind === 'Person').map((entity) => entity.id),
      ['max-mustermann'],
    );
    assert.equal(result.mentions.filter((mention) => mention.entityId === 'max-mustermann').length, 2);
  });

  it('takes both countries of "amerikanisch-japanische" as parties of the agreement it qualifies', () => {
    const found = relations('Das amerikanisch-japanische Sicherheitsabkommen gilt seit Jahrzehnten.');
    const parties = found.filter((line) => line.startsWith('PARTY_TO')).map((line) => line.split(' ')[1]);
    assert.deepEqual(parties.sort(), ['JP', 'US']);
  });

  it('makes the signatories and the countries named as signing parties of a new agreement', () => {
    const result = extract('Die USA und die Philippinen unterzeichneten am Montag ein neues Abkommen.');
    const agreement = result.entities.find((entity) => entity.kind === 'Agreement');
    assert.ok(agreement);
    const parties = result.relations
      .filter((relation) => relation.type === 'PARTY_TO')
      .map((relation) => relation.source);
    assert.deepEqual(parties.sort(), ['PH', 'US']);
  });

  it('does not make a country of an adjective that describes something else under a signing verb', () => {
    const result = extract('Sie unterzeichneten eine Vereinbarung gegen nordkoreanische Raketen.');
    assert.deepEqual(
      result.relations.filter((relation) => relation.type === 'PARTY_TO'),
      [],
    );
  });

  it('treats a capital after a place preposition as a place, and a capital acting as a government as its country', () => {
    assert.deepEqual(extract('Die Gespräche fanden in Tokio statt.').entities, []);
    assert.deepEqual(
      extract('Tokio und Seoul vereinbarten engere Zusammenarbeit.').entities.map((entity) => entity.id),
      ['JP', 'KR'],
    );
  });

  it('reads the English possessive and the German apostrophe genitive of a name ending in s', () => {
    const surfaces = (text: string) => extract(text, '2023-04-01').mentions.map((m) => `${m.surface} ${m.entityId}`);
    assert.deepEqual(surfaces("In Jakarta, Indonesia's defence minister spoke first."), ["Indonesia's ID"]);
    assert.ok(
      surfaces("Präsident Ferdinand Marcos junior reiste ab. Marcos' Sprecher schwieg.").includes(
        "Marcos' ferdinand-marcos-jr",
      ),
    );
  });

  it('does not take a country from the name of a sea, a strait or a peninsula', () => {
    assert.deepEqual(
      extract('Chinesische Schiffe kreuzten im Südchinesischen Meer und im Japanischen Meer.').entities.map(
        (entity) => entity.id,
      ),
      ['CN'],
    );
    assert.deepEqual(extract('Warships passed through the Taiwan Strait and the Sea of Japan.').entities, []);
  });

  it('finds bases named without their kind in a list opened by a plural base noun, and nowhere else', () => {
    const bases = (text: string) =>
      extract(text)
        .entities.filter((entity) => entity.kind === 'Base')
        .map((entity) => entity.id);
    assert.deepEqual(
      bases(
        'Die Amerikaner fliegen von den Luftwaffenbasen Misawa im Norden, Iwakuni bei Hiroshima und Kadena auf Okinawa.',
      ),
      ['misawa-air-base', 'mcas-iwakuni', 'kadena-air-base'],
    );
    assert.deepEqual(bases('Misawa und Iwakuni liegen weit auseinander.'), []);
  });

  it('takes a base name with its kind after it as one mention ("Subic Bay Naval Base")', () => {
    const result = extract('The last US ships left Subic Bay Naval Base in 1992.');
    assert.ok(result.mentions.some((mention) => mention.surface === 'Subic Bay Naval Base'));
  });

  it('reads lowercase English titles and the organisation before them; a ministry speaks for its state', () => {
    const found = relations('Chinese Foreign Ministry spokesperson Lin Jian rejected the report.');
    assert.ok(found.includes('REPRESENTS lin-jian china-ministry-of-foreign-affairs spokesperson'));
    assert.ok(found.includes('REPRESENTS lin-jian CN spokesperson'));
  });

  it('finds a new person after "title of/in place, Name," with the country before the title', () => {
    const people = (text: string) =>
      extract(text)
        .entities.filter((entity) => entity.kind === 'Person')
        .map((entity) => entity.id);
    assert.deepEqual(people('Die Bürgermeisterin von Nago, Anna Beispiel, lehnte den Ausbau ab.'), ['anna-beispiel']);
    assert.deepEqual(relations("Australia's ambassador in Tokyo, John Smithers, welcomed the visit."), [
      'REPRESENTS john-smithers AU ambassador',
    ]);
    assert.deepEqual(people('Verteidigungsminister Liam McGregor kündigte Reformen an.'), ['liam-mcgregor']);
    assert.deepEqual(people('Der Gefreite Jonas Beispiel wurde verlegt.'), ['jonas-beispiel']);
    // A surname that is also a title ("King") still ends the name.
    assert.deepEqual(people('Der Gefreite Jonas King wurde verlegt.'), ['jonas-king']);
  });

  it('finds a person in apposition after a title and a comma ("the Canadian envoy, Mara Quill,")', () => {
    assert.deepEqual(relations('The Canadian envoy, Mara Quill, arrived in Hanoi on Sunday.'), [
      'REPRESENTS mara-quill CA envoy',
    ]);
    // A known person in apposition takes the title too.
    assert.ok(
      relations("Japan's foreign minister, Yoko Kamikawa, and a delegation toured the port.").includes(
        'REPRESENTS yoko-kamikawa JP foreign-minister',
      ),
    );
    // A rank after the comma opens the name; the country of the first title carries over.
    assert.deepEqual(
      relations('Der Befehlshaber der indonesischen Marine, Admiral Budi Santoso, besuchte die Werft.'),
      ['REPRESENTS budi-santoso ID military-commander'],
    );
    // A rank right after the comma opens the name; an office there is another person's title.
    assert.deepEqual(relations('Der vietnamesische Generalstabschef, General Pham Duc Long, empfing die Gäste.'), [
      'REPRESENTS pham-duc-long VN chief-of-defence',
    ]);
    assert.ok(
      !relations('The Thai foreign minister, Defence Minister Richard Marles, and others met.').some((relation) =>
        relation.startsWith('REPRESENTS richard-marles TH'),
      ),
    );
    // The country may sit further inside the phrase between the title and the name.
    assert.deepEqual(
      relations('Ein Sprecher des Südkommandos der vietnamesischen Marine, Tran Van Minh, widersprach.'),
      ['REPRESENTS tran-van-minh VN spokesperson'],
    );
    assert.ok(
      relations(
        'Ein Sprecher des Südkommandos der chinesischen Volksbefreiungsarmee, Zhou Ming, wies das zurück.',
      ).includes('REPRESENTS zhou-ming CN spokesperson'),
    );
  });

  it('reads negotiators as holders of an office ("chief negotiator", "Unterhändler")', () => {
    assert.deepEqual(relations("Canberra's chief negotiator, Tom Hollis, left the room."), [
      'REPRESENTS tom-hollis AU negotiator',
    ]);
    assert.deepEqual(relations('Der japanische Unterhändler Kenji Morimoto reiste ab.'), [
      'REPRESENTS kenji-morimoto JP negotiator',
    ]);
  });

  const peopleIn = (text: string) =>
    extract(text)
      .entities.filter((entity) => entity.kind === 'Person')
      .map((entity) => entity.id);

  it('does not let a known surname inside an unknown name take it over ("Zhang Xi", "Kim Song Il")', () => {
    assert.deepEqual(peopleIn('Beobachter zitierten den Diplomaten Zhang Xi mit den Worten, die Lage sei ruhig.'), [
      'zhang-xi',
    ]);
    assert.deepEqual(peopleIn('Pyongyang schickte Kim Song Il nach Moskau.'), ['kim-song-il']);
    // A place before a genitive surname is no given name.
    assert.deepEqual(peopleIn('Boris Pistorius traf in Berlin Kishidas Berater Taro Yamada.').sort(), [
      'boris-pistorius',
      'fumio-kishida',
      'taro-yamada',
    ]);
    // A noun introduced by an article before the surname still leaves it the known person.
    assert.deepEqual(peopleIn('Der Republikaner Trump kritisierte die Allianz.'), ['donald-trump']);
  });

  it('matches a one- or two-letter surname alone only after a title or with the full name in the article', () => {
    assert.deepEqual(peopleIn('An early vote is expected, and Xi is not attending.'), []);
    assert.deepEqual(peopleIn('Präsident Xi reiste am Abend ab.'), ['xi-jinping']);
    assert.deepEqual(peopleIn('Xi Jinping sprach zuerst. Danach sagte Xi, man sei zufrieden.'), ['xi-jinping']);
  });

  it('takes a name coordinated with a person named in full as a person', () => {
    const result = extract('Das Abkommen geht auf Gespräche zwischen Shinzo Abe und Erika Muster zurück.');
    assert.deepEqual(result.entities.map((entity) => entity.id).sort(), ['erika-muster', 'shinzo-abe']);
  });

  it('gives a known person the title in apposition after the name ("Wang Yi, der Außenminister Chinas,")', () => {
    assert.deepEqual(relations('Das Treffen leitete Wang Yi, der Außenminister Chinas, gemeinsam mit seinem Gast.'), [
      'REPRESENTS wang-yi CN foreign-minister',
    ]);
  });

  it("takes a titled person's country from the lexicon when the title is not the office it lists", () => {
    assert.deepEqual(relations('Machthaber Kim Jong Un ließ erneut Raketen testen.'), [
      'REPRESENTS kim-jong-un KP leader',
    ]);
  });

  it('matches names written with "ss" for "ß" (Swiss German)', () => {
    assert.deepEqual(
      extract('Das Aussenministerium in Peking protestierte.').entities.map((entity) => entity.id),
      ['china-ministry-of-foreign-affairs'],
    );
  });

  it('does not seat a person named in the genitive of someone else at a meeting ("Kishidas Sicherheitsberater")', () => {
    const met = (text: string, publishedAt?: string) =>
      relations(text, publishedAt).filter((relation) => relation.startsWith('MET'));
    assert.deepEqual(met('Lloyd Austin traf am Montag Kishidas Sicherheitsberater Takeo Akiba.'), [
      'MET lloyd-austin takeo-akiba',
    ]);
    assert.deepEqual(met('Trumps Treffen mit Kim Jong Un fand in Hanoi statt.', '2019-02-28'), [
      'MET donald-trump kim-jong-un',
    ]);
  });

  it('reads cue words written with "ss" for "ß" (Swiss German) as meeting verbs', () => {
    assert.ok(
      relations('Im Palast begrüssten sich die Aussenminister Yoko Kamikawa und Enrique Manalo.').includes(
        'MET enrique-manalo yoko-kamikawa',
      ),
    );
  });

  it('takes a German base noun before a base name as its kind ("Luftwaffenbasis Kadena"), and a bare city as no base', () => {
    const result = extract('Die Jets landeten auf der Luftwaffenbasis Kadena.');
    assert.deepEqual(
      result.mentions.filter((mention) => mention.entityId === 'kadena-air-base').map((mention) => mention.surface),
      ['Luftwaffenbasis Kadena'],
    );
    const bases = (text: string) =>
      extract(text)
        .entities.filter((entity) => entity.kind === 'Base')
        .map((entity) => entity.id);
    assert.deepEqual(bases('Die Fregatte kehrte in den Marinestützpunkt Kiel zurück.'), ['kiel-naval-base']);
    assert.deepEqual(bases('Die Ausstellung in Kiel zog viele Besucher an.'), []);
  });

  const agreements = (text: string, publishedAt = '2024-08-01') =>
    extract(text, publishedAt)
      .entities.filter((entity) => entity.kind === 'Agreement')
      .map((entity) => entity.id);

  it('knows inter-Korean declarations, the ACSAs and host-nation support agreements of the lexicon', () => {
    assert.deepEqual(agreements('Die Panmunjom-Erklärung sollte die Spannungen abbauen.'), ['panmunjom-declaration']);
    assert.deepEqual(agreements('Berlin und Tokio wenden das ACSA seit dem Sommer an.'), ['germany-japan-acsa']);
    assert.deepEqual(
      agreements('Japan covers base costs under a host-nation support agreement with the United States.'),
      ['us-japan-special-measures-agreement'],
    );
  });

  it('takes a bare agreement noun under a signing verb as the agreement between those countries named elsewhere', () => {
    assert.deepEqual(
      agreements(
        'Australien und Japan unterzeichnen Abkommen über Truppenbesuche. Das Reciprocal Access Agreement zwischen Japan und Australien gilt als Meilenstein.',
        '2022-01-10',
      ),
      ['japan-australia-raa'],
    );
  });

  it('takes a bare noun under a signing verb as the agreement of those parties signed about then, not an old one', () => {
    assert.deepEqual(
      agreements(
        'South Korea and the United States have signed a new agreement on troop costs. The 12th Special Measures Agreement rests on the Status of Forces Agreement between South Korea and the United States.',
        '2024-11-05',
      ).sort(),
      ['us-rok-sofa', 'us-rok-special-measures-agreement'],
    );
  });

  it('takes a negated or contrasted agreement noun as no agreement ("kein Friedensvertrag", "rather than a treaty")', () => {
    assert.deepEqual(agreements('Bis heute gibt es zwischen Russland und Japan keinen Friedensvertrag.'), []);
    assert.deepEqual(agreements('The two sides chose a joint communique rather than a formal treaty.'), []);
    assert.deepEqual(agreements('Instead of an agreement, the ministers issued a statement.'), []);
  });

  it('takes the name after an agreement noun as what it means, and a plural noun as no agreement', () => {
    assert.deepEqual(agreements('Canberra beruft sich auf den Sicherheitsvertrag ANZUS.'), ['anzus']);
    assert.deepEqual(agreements('The two allies have separate treaties with Washington.'), []);
  });

  it('finds a known treaty by the year and the countries of its sentence ("der Sicherheitsvertrag von 1960")', () => {
    const found = relations('Japan und die USA sind seit dem Sicherheitsvertrag von 1960 verbündet.');
    assert.deepEqual(found.sort(), ['PARTY_TO JP us-japan-security-treaty', 'PARTY_TO US us-japan-security-treaty']);
  });

  it('reads the countries an agreement binds as its parties ("X und Y sind durch einen Vertrag verbunden")', () => {
    const parties = (text: string) =>
      relations(text)
        .filter((line) => line.startsWith('PARTY_TO'))
        .map((line) => line.split(' ')[1])
        .sort();
    assert.deepEqual(parties('Norwegen und Island sind seit 1951 durch einen Verteidigungsvertrag verbunden.'), [
      'IS',
      'NO',
    ]);
    assert.deepEqual(parties('Chile und Uruguay sind durch ein Abkommen über Fischerei miteinander verbunden.'), [
      'CL',
      'UY',
    ]);
    assert.deepEqual(parties('Norway and Iceland are bound by a defence treaty.'), ['IS', 'NO']);
    // A partner between subject and verb is bound too; one country alone binds nobody.
    assert.deepEqual(parties('Chile ist seit 1990 mit Uruguay durch einen Handelsvertrag verbunden.'), ['CL', 'UY']);
    assert.deepEqual(parties('Island ist durch einen Vertrag verbunden.'), []);
  });

  it('reads the partner before the verb and the subject after it as parties ("Mit X hat Y ein Abkommen geschlossen")', () => {
    const parties = (text: string) =>
      relations(text)
        .filter((line) => line.startsWith('PARTY_TO'))
        .map((line) => line.split(' ')[1])
        .sort();
    assert.deepEqual(parties('Mit Uruguay hat Chile am Montag ein Abkommen über Fischerei geschlossen.'), ['CL', 'UY']);
    assert.deepEqual(parties('Mit Island und Dänemark hat Norwegen ein neues Handelsabkommen vereinbart.'), [
      'DK',
      'IS',
      'NO',
    ]);
    assert.deepEqual(parties('Mit Island schloss Norwegen im Winter ein Abkommen.'), ['IS', 'NO']);
    // Without a verb of concluding in its clause, talking about an agreement makes nobody a party.
    assert.deepEqual(parties('Mit Island sprach Norwegen über ein Abkommen, das Chile geschlossen hat.'), []);
  });

  it("settles an agreement's generic name by the parties the article names", () => {
    assert.deepEqual(
      agreements('Australien und Japan bauen ihre Zusammenarbeit aus. Das Reciprocal Access Agreement trat in Kraft.'),
      ['japan-australia-raa'],
    );
    // A description with its parties ("between Japan and Australia") is that same agreement.
    assert.deepEqual(
      agreements(
        'A new defence agreement between Japan and Australia took effect on Sunday. The Reciprocal Access Agreement was years in the making.',
      ),
      ['japan-australia-raa'],
    );
  });

  it('reads "a similar access agreement with X" as another agreement, with the parties of its clause only', () => {
    const result = extract(
      'Japan signed a similar access agreement with the Philippines, and is considering a third with Indonesia.',
      '2024-08-01',
    );
    const parties = result.relations.filter((relation) => relation.type === 'PARTY_TO');
    assert.deepEqual(parties.map((relation) => `${relation.source} ${relation.target}`).sort(), [
      'JP japan-philippines-raa',
      'PH japan-philippines-raa',
    ]);
  });

  it('reads "signed the deal" as signing the agreement the article spoke of', () => {
    const found = relations(
      'The Japan-Australia Reciprocal Access Agreement was long in the making. Fumio Kishida and Scott Morrison signed the deal in 2022.',
      '2024-08-01',
    );
    assert.ok(found.includes('SIGNED fumio-kishida japan-australia-raa'));
    assert.ok(found.includes('SIGNED scott-morrison japan-australia-raa'));
  });

  it('takes "a new agreement" in the lede as the recently signed one the article names further down', () => {
    const result = extract(
      [
        'Japan und Großbritannien haben ein neues Abkommen für ihre Streitkräfte.',
        'Nach zwei Jahren Verhandlungen trat das japanisch-britische Reciprocal Access Agreement in Kraft.',
      ].join(' '),
      '2023-10-20',
    );
    const agreements = result.entities.filter((entity) => entity.kind === 'Agreement').map((entity) => entity.id);
    assert.deepEqual(agreements, ['japan-uk-raa']);
    assert.equal(result.mentions.filter((mention) => mention.entityId === 'japan-uk-raa').length, 2);
  });

  it('reads "the agreement" as one of the sentences just before, not the one the article spoke of most earlier', () => {
    const result = extract(
      [
        'Fumio Kishida und Anthony Albanese unterzeichneten in Perth die Japan-Australia Joint Declaration on Security Cooperation.',
        'Die Erklärung ersetzt eine ältere aus dem Jahr 2007.',
        'Beobachter nannten die Erklärung einen Meilenstein.',
        'Die Opposition in Canberra kritisierte die Kosten.',
        'Wirtschaftsvertreter lobten den Besuch.',
        'Später vereinbarten die Minister ein Abkommen über Munitionslieferungen.',
        'Die Vereinbarung gilt fünf Jahre.',
      ].join(' '),
      '2022-10-23',
    );
    const last = result.mentions.filter((mention) => mention.sentence === 6 && mention.surface === 'Vereinbarung');
    const unnamed = result.entities.find((entity) => entity.kind === 'Agreement' && /^abkommen-/.test(entity.id));
    assert.ok(unnamed, 'the unnamed ammunition agreement is a node');
    assert.deepEqual(
      last.map((mention) => mention.entityId),
      [unnamed.id],
    );
  });

  it('reads "die beiden Minister" as the two people the sentence before named, when it named exactly two', () => {
    const found = relations(
      [
        'Verteidigungsminister Lloyd Austin empfing in Washington seinen australischen Amtskollegen Richard Marles.',
        'Die beiden Minister unterzeichneten ein Abkommen über Raketenproduktion.',
      ].join(' '),
    );
    const signed = found.filter((relation) => relation.startsWith('SIGNED'));
    assert.equal(signed.length, 2);
    assert.ok(signed.some((relation) => relation.startsWith('SIGNED lloyd-austin ')));
    assert.ok(signed.some((relation) => relation.startsWith('SIGNED richard-marles ')));
    const threeBefore = relations(
      [
        'Lloyd Austin, Richard Marles und Minoru Kihara trafen sich in Darwin.',
        'Die beiden Minister unterzeichneten ein Abkommen über Raketenproduktion.',
      ].join(' '),
    );
    assert.equal(threeBefore.filter((relation) => relation.startsWith('SIGNED')).length, 0);
  });

  it('reads a counted group ("die beiden australischen Minister", "die drei Minister") as the people just named', () => {
    const received = relations(
      [
        'Der australische Verteidigungsminister Richard Marles und Außenministerin Penny Wong reisten nach Manila.',
        'Dort empfing Präsident Ferdinand Marcos junior die beiden australischen Minister im Malacañang-Palast.',
      ].join(' '),
    ).filter((relation) => relation.startsWith('MET'));
    assert.ok(received.includes('MET ferdinand-marcos-jr richard-marles'), received.join('; '));
    assert.ok(received.some((relation) => /ferdinand-marcos-jr/.test(relation) && /penny-wong/.test(relation)));
    assert.ok(!received.some((relation) => /penny-wong/.test(relation) && /richard-marles/.test(relation)));
    const together = relations(
      [
        'Lloyd Austin flog nach Tokio.',
        'Dort warteten Minoru Kihara und Yoko Kamikawa.',
        'Am Abend kamen die drei Minister zu Gesprächen zusammen.',
      ].join(' '),
    ).filter((relation) => relation.startsWith('MET'));
    assert.equal(together.length, 3, together.join('; '));
  });

  it('takes the country named before the troops as the sender, and reads a second number for another host', () => {
    assert.deepEqual(relations('Großbritannien hat rund 1.000 Soldaten in Estland stationiert.'), [
      'STATIONS_TROOPS_IN GB EE 1000',
    ]);
    assert.deepEqual(relations('Washington keeps about 35,000 troops in Germany and some 10,000 in Poland.'), [
      'STATIONS_TROOPS_IN US DE 35000',
      'STATIONS_TROOPS_IN US PL 10000',
    ]);
  });

  it("takes a country's named force as the troops it sends, and the hosting country before the verb", () => {
    assert.deepEqual(relations('Australia has hosted up to 2,500 US Marines in Darwin since 2012.'), [
      'STATIONS_TROOPS_IN US AU 2500',
    ]);
    assert.deepEqual(
      relations('Tokyo still relies on the United States, whose forces have been based in Japan since 1952.'),
      ['STATIONS_TROOPS_IN US JP'],
    );
  });

  it('reads a compound meeting noun as a meeting ("Auftakttreffen"), but not a compound of talks', () => {
    assert.ok(
      relations('Das Auftakttreffen leiteten Lloyd Austin und Minoru Kihara.').includes(
        'MET lloyd-austin minoru-kihara',
      ),
    );
    assert.ok(
      !relations('Lloyd Austin und Antony Blinken führen Sicherheitsgespräche mit Manila.').some((line) =>
        line.startsWith('MET'),
      ),
    );
  });

  it("takes a country's forces at a base as that country operating it", () => {
    assert.deepEqual(relations('Die US-Marine läuft regelmäßig den Stützpunkt Yokosuka an.'), [
      'OPERATES US fleet-activities-yokosuka',
    ]);
  });

  it('does not extend a title with a country to a listed person whose offices are elsewhere', () => {
    const found = relations('At Osan Air Base, US President Donald Trump and Lee Jae-myung held talks.', '2025-10-30');
    assert.ok(found.includes('REPRESENTS donald-trump US head-of-state'));
    assert.ok(!found.some((line) => line.startsWith('REPRESENTS lee-jae-myung US')));
    assert.ok(found.includes('MET donald-trump lee-jae-myung'));
  });

  it("takes a country's forces as the subject that stations troops", () => {
    assert.deepEqual(relations('Die Bundeswehr hat rund 1.800 Soldaten in Litauen stationiert.'), [
      'STATIONS_TROOPS_IN DE LT 1800',
    ]);
  });

  it('keeps every relation with the sentence that states it and its offsets', () => {
    const text = 'Einleitung ohne Fakten.\nRund 28.500 US-Soldaten sind in Südkorea stationiert.';
    const [relation] = extract(text).relations;
    assert.equal(text.slice(relation!.evidence.start, relation!.evidence.end), relation!.evidence.text);
    assert.equal(relation!.evidence.sentence, 1);
  });
});

describe('parseCount', () => {
  it('reads German and English thousands separators and scale words', () => {
    assert.equal(parseCount('55.000'), 55000);
    assert.equal(parseCount('54,000'), 54000);
    assert.equal(parseCount('2,5', 'Millionen'), 2_500_000);
    assert.equal(parseCount('50', 'Tausend'), 50_000);
  });
});

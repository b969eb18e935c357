import { strict as assert } from 'node:assert';
import { splitSentences, type Sentence } from '../../../../server/src/ingest/text/sentences.js';

/** The sentences' texts, after checking that every sentence is exactly the text at its offsets. */
function sentencesOf(text: string): string[] {
  const sentences = splitSentences(text);
  sentences.forEach((sentence: Sentence, position) => {
    assert.equal(sentence.index, position, 'sentences are numbered in order from 0');
    assert.equal(text.slice(sentence.start, sentence.end), sentence.text, `offsets of "${sentence.text}"`);
  });
  return sentences.map((sentence) => sentence.text);
}

describe('splitSentences', () => {
  describe('German abbreviations do not end a sentence', () => {
    it('keeps "z. B." inside its sentence', () => {
      assert.deepEqual(sentencesOf('Die Allianz umfasst z. B. Japan und Südkorea. Das ist neu.'), [
        'Die Allianz umfasst z. B. Japan und Südkorea.',
        'Das ist neu.',
      ]);
    });

    it('keeps titles such as "Dr." and "Prof." with the name that follows', () => {
      assert.deepEqual(sentencesOf('Dr. Müller sprach mit Prof. Schmidt in Berlin. Danach reiste er ab.'), [
        'Dr. Müller sprach mit Prof. Schmidt in Berlin.',
        'Danach reiste er ab.',
      ]);
    });

    it('keeps "bzw." inside its sentence', () => {
      assert.deepEqual(sentencesOf('Japan bzw. Südkorea stimmten zu. Die USA auch.'), [
        'Japan bzw. Südkorea stimmten zu.',
        'Die USA auch.',
      ]);
    });

    it('keeps "u. a." inside its sentence', () => {
      assert.deepEqual(sentencesOf('Beteiligt waren u. a. Japan und Australien. Die USA leiteten das Manöver.'), [
        'Beteiligt waren u. a. Japan und Australien.',
        'Die USA leiteten das Manöver.',
      ]);
    });

    it('keeps an initial inside a name ("Lloyd J. Austin")', () => {
      assert.deepEqual(sentencesOf('Lloyd J. Austin traf Kihara. Dann kam Blinken.'), [
        'Lloyd J. Austin traf Kihara.',
        'Dann kam Blinken.',
      ]);
    });
  });

  describe('numbers', () => {
    it('does not split at the thousands separator of "55.000"', () => {
      assert.deepEqual(sentencesOf('Die USA haben 55.000 Soldaten in Japan. Das sagte der Minister.'), [
        'Die USA haben 55.000 Soldaten in Japan.',
        'Das sagte der Minister.',
      ]);
    });

    it('keeps "2+2" talks in one sentence', () => {
      assert.deepEqual(sentencesOf('Die 2+2-Gespräche fanden in Tokio statt. Danach gab es ein Essen.'), [
        'Die 2+2-Gespräche fanden in Tokio statt.',
        'Danach gab es ein Essen.',
      ]);
    });

    it('treats an English ordinal such as "12th" as an ordinary word', () => {
      assert.deepEqual(sentencesOf('The 12th meeting took place in Tokyo. Then they flew to Manila.'), [
        'The 12th meeting took place in Tokyo.',
        'Then they flew to Manila.',
      ]);
      assert.deepEqual(sentencesOf('They met on the 12th. Then they flew to Manila.'), [
        'They met on the 12th.',
        'Then they flew to Manila.',
      ]);
    });

    it('does not split an ordinal date ("am 13. Januar")', () => {
      assert.deepEqual(sentencesOf('Sie trafen sich am 13. Januar im Weißen Haus. Danach reisten sie ab.'), [
        'Sie trafen sich am 13. Januar im Weißen Haus.',
        'Danach reisten sie ab.',
      ]);
    });

    it('does not split an ordinal century ("im 21. Jahrhundert")', () => {
      assert.deepEqual(sentencesOf('Das Bündnis wächst im 21. Jahrhundert. Das ist neu.'), [
        'Das Bündnis wächst im 21. Jahrhundert.',
        'Das ist neu.',
      ]);
    });

    it('does not split an ordinal date with an abbreviated month ("am 13. Jan.")', () => {
      assert.deepEqual(sentencesOf('Am 13. Jan. 2023 trafen sich Biden und Kishida im Weißen Haus.'), [
        'Am 13. Jan. 2023 trafen sich Biden und Kishida im Weißen Haus.',
      ]);
      assert.deepEqual(sentencesOf('Sie kamen am 3. Okt. in Tokio an.'), ['Sie kamen am 3. Okt. in Tokio an.']);
    });

    it('still ends a sentence after a number when an ordinary word follows the period', () => {
      assert.deepEqual(sentencesOf('Die Besetzung dauerte bis 1945. Danach begann der Wiederaufbau.'), [
        'Die Besetzung dauerte bis 1945.',
        'Danach begann der Wiederaufbau.',
      ]);
    });
  });

  describe('quotes', () => {
    it('ends a sentence after a German quotation that closes with „…“', () => {
      assert.deepEqual(sentencesOf('Kihara sagte: „Wir sind Partner.“ Dann ging er.'), [
        'Kihara sagte: „Wir sind Partner.“',
        'Dann ging er.',
      ]);
    });

    it('ends a sentence that is a whole quotation, with ! as well as .', () => {
      assert.deepEqual(sentencesOf('„Wir stehen zusammen!“ Das sagte Austin. „Das gilt auch für Seoul.“'), [
        '„Wir stehen zusammen!“',
        'Das sagte Austin.',
        '„Das gilt auch für Seoul.“',
      ]);
    });

    it('starts a new sentence at an opening quote', () => {
      assert.deepEqual(sentencesOf('Das Treffen endete. „Wir sind zufrieden“, sagte Kihara.'), [
        'Das Treffen endete.',
        '„Wir sind zufrieden“, sagte Kihara.',
      ]);
    });
  });

  describe('line breaks', () => {
    it('ends a sentence at a line break even without punctuation (headlines)', () => {
      assert.deepEqual(sentencesOf('USA und Japan vertiefen Bündnis\nAustin traf Kihara. Sie unterzeichneten.'), [
        'USA und Japan vertiefen Bündnis',
        'Austin traf Kihara.',
        'Sie unterzeichneten.',
      ]);
    });

    it('skips blank lines and surrounding spaces', () => {
      assert.deepEqual(sentencesOf('  Satz eins.  \n\n\n  Satz zwei.\nSatz drei.  '), [
        'Satz eins.',
        'Satz zwei.',
        'Satz drei.',
      ]);
    });

    it('ends a sentence at the line break even when an abbreviation ends the line', () => {
      assert.deepEqual(sentencesOf('Gemeint sind Japan, Südkorea usw.\nDie USA führen.'), [
        'Gemeint sind Japan, Südkorea usw.',
        'Die USA führen.',
      ]);
    });
  });

  it('does not split before a lowercase word', () => {
    assert.deepEqual(sentencesOf('Das Ziel ist klar. und doch bleibt Streit.'), [
      'Das Ziel ist klar. und doch bleibt Streit.',
    ]);
  });

  it('splits at ? and ! as well as .', () => {
    assert.deepEqual(sentencesOf('Was nun? Die Frage bleibt offen. Ja!'), [
      'Was nun?',
      'Die Frage bleibt offen.',
      'Ja!',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n \n'), []);
  });

  it('gives offsets into the original text, so text.slice(start, end) is the sentence', () => {
    const text =
      'Titel der Meldung\n\n  Austin traf Kihara am 28. Juli in Tokio.  „Gut so!“ Die 54.000 Soldaten bleiben.\n';
    const sentences = splitSentences(text);
    assert.deepEqual(
      sentences.map((sentence) => [sentence.start, sentence.end]),
      [
        [0, 17],
        [21, 61],
        [63, 72],
        [73, 101],
      ],
    );
    for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
    assert.equal(sentences[1]!.text, 'Austin traf Kihara am 28. Juli in Tokio.');
  });

  it('keeps offsets right with Windows line ends', () => {
    const text = 'Erste Zeile\r\nZweite Zeile. Dritter Satz.';
    assert.deepEqual(sentencesOf(text), ['Erste Zeile', 'Zweite Zeile.', 'Dritter Satz.']);
  });
});

import { strict as assert } from 'node:assert';
import { tokenize, tokenKey } from '../../../../server/src/ingest/text/tokens.js';

const texts = (text: string) => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('splits words at spaces and drops punctuation other than commas', () => {
    assert.deepEqual(texts('Austin traf Kihara, Shin und Blinken. Warum? (Tokio!)'), [
      'Austin',
      'traf',
      'Kihara',
      ',',
      'Shin',
      'und',
      'Blinken',
      'Warum',
      'Tokio',
    ]);
  });

  it('gives each token its offsets, so text.slice(start, end) is the token', () => {
    const text = '„Das Bündnis“, sagte US-Verteidigungsminister Lloyd J. Austin über 55.000 Soldaten.';
    const tokens = tokenize(text);
    assert.ok(tokens.length > 8);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
    assert.deepEqual([tokens[0]!.text, tokens[0]!.start, tokens[0]!.end], ['Das', 1, 4]);
    assert.deepEqual([tokens[2]!.text, tokens[2]!.start, tokens[2]!.end], [',', 13, 14]);
  });

  it('adds the given offset, for tokens of a sentence inside a longer article', () => {
    const article = 'Überschrift\nShin Won-sik traf Austin.';
    const sentenceStart = article.indexOf('Shin');
    const tokens = tokenize(article.slice(sentenceStart), sentenceStart);
    assert.deepEqual(
      tokens.map((token) => [token.text, token.start, token.end]),
      [
        ['Shin', 12, 16],
        ['Won-sik', 17, 24],
        ['traf', 25, 29],
        ['Austin', 30, 36],
      ],
    );
    for (const token of tokens) assert.equal(article.slice(token.start, token.end), token.text);
  });

  describe('hyphenated compounds', () => {
    it('keeps a German compound with a hyphen as one token', () => {
      assert.deepEqual(texts('Der US-Verteidigungsminister und die Biden-Regierung'), [
        'Der',
        'US-Verteidigungsminister',
        'und',
        'die',
        'Biden-Regierung',
      ]);
    });

    it('keeps Korean given names with a hyphen (also U+2010) as one token', () => {
      assert.deepEqual(texts('Shin Won-sik und Yoon Suk‐yeol'), ['Shin', 'Won-sik', 'und', 'Yoon', 'Suk‐yeol']);
    });

    it('keeps compounds of several parts and with digits together', () => {
      assert.deepEqual(texts('Drei-Sterne-General, F-35-Kampfjets'), ['Drei-Sterne-General', ',', 'F-35-Kampfjets']);
    });

    it('does not glue a dash between words to either word', () => {
      assert.deepEqual(texts('Mehr zum Thema – Japan'), ['Mehr', 'zum', 'Thema', 'Japan']);
      assert.deepEqual(texts('Luft-, See- und Marinestützpunkte'), ['Luft', ',', 'See', 'und', 'Marinestützpunkte']);
    });
  });

  describe('dotted abbreviations', () => {
    it('keeps "U.S." with its periods as one token', () => {
      assert.deepEqual(texts('The U.S. and Japan met.'), ['The', 'U.S.', 'and', 'Japan', 'met']);
    });

    it('keeps "U.S." one token in front of a hyphenated word', () => {
      const tokens = tokenize('Die U.S.-Truppen');
      assert.deepEqual(
        tokens.map((token) => [token.text, token.start, token.end]),
        [
          ['Die', 0, 3],
          ['U.S.', 4, 8],
          ['Truppen', 9, 16],
        ],
      );
    });

    it('does not take an ordinary word before a period for an abbreviation', () => {
      assert.deepEqual(texts('Japan. USA.'), ['Japan', 'USA']);
    });
  });

  describe('numbers', () => {
    it('keeps German thousands separators in one token ("55.000", "1.000.000")', () => {
      assert.deepEqual(texts('55.000 Soldaten und 1.000.000 Euro'), ['55.000', 'Soldaten', 'und', '1.000.000', 'Euro']);
    });

    it('keeps English thousands separators and decimals in one token', () => {
      assert.deepEqual(texts('54,000 troops, 3.5 billion'), ['54,000', 'troops', ',', '3.5', 'billion']);
    });

    it('keeps "2+2" as one token, also before a hyphenated word', () => {
      assert.deepEqual(texts('das 2+2-Treffen und die 2+2 Gespräche'), [
        'das',
        '2+2',
        'Treffen',
        'und',
        'die',
        '2+2',
        'Gespräche',
      ]);
    });

    it('keeps percentages and decimal commas together', () => {
      assert.deepEqual(texts('zwei Prozent, also 2%, oder 1,5 %'), [
        'zwei',
        'Prozent',
        ',',
        'also',
        '2%',
        ',',
        'oder',
        '1,5',
      ]);
    });

    it('keeps a year as a number token and the comma after it as a token of its own', () => {
      const tokens = tokenize('1910 bis 1945, dann');
      assert.deepEqual(
        tokens.map((token) => [token.text, token.start, token.end]),
        [
          ['1910', 0, 4],
          ['bis', 5, 8],
          ['1945', 9, 13],
          [',', 13, 14],
          ['dann', 15, 19],
        ],
      );
    });
  });

  it('keeps apostrophes inside words', () => {
    assert.deepEqual(texts("O'Brien and Kihara’s visit"), ["O'Brien", 'and', 'Kihara’s', 'visit']);
  });

  it('returns no tokens for empty text or punctuation only', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize(' … – „“ ! ? . '), []);
  });

  it('gives the same tokens when called again (no state is left between calls)', () => {
    const first = tokenize('Austin traf Kihara');
    tokenize('US-Verteidigungsminister');
    assert.deepEqual(tokenize('Austin traf Kihara'), first);
  });
});

describe('tokenKey', () => {
  it('lowercases and folds the typographic apostrophe', () => {
    assert.equal(tokenKey('Kihara’s'), "kihara's");
    assert.equal(tokenKey('US-Verteidigungsminister'), 'us-verteidigungsminister');
  });
});

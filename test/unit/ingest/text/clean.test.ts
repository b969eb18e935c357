import { strict as assert } from 'node:assert';
import { cleanText } from '../../../../server/src/ingest/text/clean.js';

const article = [
  'USA und Japan stärken ihr Bündnis',
  '',
  'US-Verteidigungsminister Lloyd Austin traf am Sonntag in Tokio seinen japanischen Amtskollegen Minoru Kihara.',
  'Insgesamt sind etwa 55.000 US-Soldaten in Japan stationiert.',
];

describe('cleanText', () => {
  it('keeps the lines of an article without furniture unchanged', () => {
    const cleaned = cleanText(article.join('\n'));
    assert.equal(cleaned.text, article.join('\n'));
    assert.equal(cleaned.removedLines, 0);
  });

  it('drops the "Website-Icon …" line of a site header', () => {
    const cleaned = cleanText(['Website-Icon Perspektiven Global', '', ...article].join('\n'));
    assert.equal(cleaned.text, article.join('\n'));
    assert.equal(cleaned.removedLines, 1);
  });

  it('drops a "Mehr zum Thema – …" teaser and keeps the paragraph before it', () => {
    const cleaned = cleanText(
      [...article, 'Mehr zum Thema – Trump: „China braucht die USA dringend als Handelspartner“'].join('\n'),
    );
    assert.equal(cleaned.text, article.join('\n'));
    assert.equal(cleaned.removedLines, 1);
  });

  it('drops "Transparenz: …" and "Veröffentlicht am …" stamps', () => {
    const cleaned = cleanText(
      [
        article[0],
        'Transparenz: Redaktionell erstellt und geprüft.',
        'Veröffentlicht am 28.07.2024, 10:15 Uhr',
        'Published on July 28, 2024',
        ...article.slice(1),
      ].join('\n'),
    );
    assert.equal(cleaned.text, article.join('\n'));
    assert.equal(cleaned.removedLines, 3);
  });

  it('drops audio player lines and links to audio files', () => {
    const cleaned = cleanText(
      [
        ...article,
        '',
        'Audio: Beitrag anhören (3 Min.)',
        'https://perspektiven-global.de/wp-content/uploads/2024/07/audio_1722151108.mp3?_=1',
        'podcast-folge-12.m4a',
      ].join('\n'),
    );
    assert.equal(cleaned.text, article.join('\n'));
    assert.equal(cleaned.removedLines, 3);
  });

  it('drops a teaser line printed a second time, keeping its first occurrence', () => {
    const teaser = 'Der US-Verteidigungsminister Pete Hegseth hat eine stärkere Präsenz in Japan angekündigt.';
    const cleaned = cleanText(
      [teaser, '', 'Insgesamt sind etwa 55.000 US-Soldaten in Japan stationiert.', '', teaser].join('\n'),
    );
    assert.equal(cleaned.text, [teaser, '', 'Insgesamt sind etwa 55.000 US-Soldaten in Japan stationiert.'].join('\n'));
    assert.equal(cleaned.removedLines, 1);
  });

  it('recognises a repeated line even when its spacing differs', () => {
    const teaser = 'Austin und Kihara unterzeichnen ein neues Abkommen in Tokio.';
    const cleaned = cleanText(`${teaser}\n  Austin  und Kihara\tunterzeichnen ein neues Abkommen in Tokio.  `);
    assert.equal(cleaned.text, teaser);
    assert.equal(cleaned.removedLines, 1);
  });

  it('keeps short lines that repeat, such as a short headline word', () => {
    const cleaned = cleanText('Analyse\nErster Absatz.\nAnalyse');
    assert.equal(cleaned.text, 'Analyse\nErster Absatz.\nAnalyse');
    assert.equal(cleaned.removedLines, 0);
  });

  it('keeps article sentences that only mention a boilerplate word inside the line', () => {
    const lines = [
      'Der Bericht wurde am Montag veröffentlicht und ist mehr zum Thema Abschreckung als zu Truppen.',
      'Ein Audio-Mitschnitt des Treffens wurde nicht freigegeben.',
      'Die Regierung sorgte für Transparenz: Alle Dokumente sind öffentlich.',
    ];
    const cleaned = cleanText(lines.join('\n'));
    assert.equal(cleaned.text, lines.join('\n'));
    assert.equal(cleaned.removedLines, 0);
  });

  it('keeps a long paragraph that begins with "Veröffentlicht" (only short stamps are furniture)', () => {
    const paragraph =
      'Veröffentlicht wurde das gemeinsame Kommuniqué erst nach dem Treffen der Außen- und Verteidigungsminister in Tokio.';
    assert.equal(cleanText(paragraph).text, paragraph);
  });

  it('keeps a long article paragraph that begins with "Auch interessant" or "Related"', () => {
    const lines = [
      'Auch interessant ist, dass Japan seine Verteidigungsausgaben bis 2027 auf zwei Prozent des Bruttoinlandsprodukts verdoppeln will, was die Zusammenarbeit mit den USA weiter vertieft.',
      'Related talks between the defence ministers of Japan, South Korea and the United States are planned for next month in Seoul, officials said on Sunday.',
    ];
    const cleaned = cleanText(lines.join('\n'));
    assert.equal(cleaned.text, lines.join('\n'));
    assert.equal(cleaned.removedLines, 0);
  });

  it('normalises line ends, non-breaking and thin spaces, runs of spaces and zero-width characters', () => {
    const cleaned = cleanText('\ufeffTitel\r\n\r\nEtwa 55\u202f000 US\u2011Soldaten\u00a0sind  in\u200b Japan.\rEnde.');
    assert.equal(cleaned.text, 'Titel\n\nEtwa 55 000 US\u2011Soldaten sind in Japan.\nEnde.');
  });

  it('keeps one blank line between paragraphs and none at the start or the end', () => {
    const cleaned = cleanText('\n\n  \nErster Absatz.\n\n\n\nZweiter Absatz.\n \n\n');
    assert.equal(cleaned.text, 'Erster Absatz.\n\nZweiter Absatz.');
  });

  it('does not leave a double blank line where a dropped line stood between paragraphs', () => {
    const cleaned = cleanText('Erster Absatz.\n\nWebsite-Icon Beispiel\n\nZweiter Absatz.');
    assert.equal(cleaned.text, 'Erster Absatz.\n\nZweiter Absatz.');
  });

  it('returns empty text for a page that is only furniture', () => {
    const cleaned = cleanText('Website-Icon Beispiel\nTeilen\nMehr zum Thema – Japan\nFoto: dpa / Kyodo\n');
    assert.equal(cleaned.text, '');
    assert.equal(cleaned.removedLines, 4);
  });
});

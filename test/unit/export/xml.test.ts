import { strict as assert } from 'node:assert';
import { DOMParser } from '@xmldom/xmldom';
import { xmlAttribute, xmlText } from '../../../server/src/export/xml.js';
import { hostileName } from './fixture.js';

/** A strict parser: any error or fatal error is thrown, so malformed output fails the test. */
function parseStrict(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

/** XML 1.0 §2.2, production [2] Char. */
const xmlChars = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** The value written the way the exports write it, as an apostrophe-delimited attribute and as text, read back. */
function roundTrip(value: string): { attribute: string; text: string } {
  const element = parseStrict(`<e a='${xmlAttribute(value)}'>${xmlText(value)}</e>`).documentElement!;
  return { attribute: element.getAttribute('a')!, text: element.textContent! };
}

describe('xmlAttribute and xmlText', () => {
  it('leave plain text, umlauts, emoji and JSON quotes untouched', () => {
    for (const text of ['Japan', 'Südkorea', 'Größe 😀', '', '{"article":"a1"}']) {
      assert.equal(xmlAttribute(text), text);
      assert.equal(xmlText(text), text);
    }
  });

  it('escape a hostile name so that it reads back unchanged and adds no element', () => {
    assert.equal(xmlAttribute(hostileName), '&lt;img src=x onerror=alert(1)&gt; &amp; "Q"');
    const document = parseStrict(`<e a='${xmlAttribute(hostileName)}'>${xmlText(hostileName)}</e>`);
    assert.equal(document.getElementsByTagName('img').length, 0);
    assert.deepEqual(roundTrip(hostileName), { attribute: hostileName, text: hostileName });
  });

  it('escape the ampersand first, so that text looking like a reference stays text', () => {
    assert.equal(xmlAttribute("&lt; <'&amp;'>"), '&amp;lt; &lt;&apos;&amp;amp;&apos;&gt;');
    assert.equal(xmlText('&#13; <\r>'), '&amp;#13; &lt;&#13;&gt;');
    assert.deepEqual(roundTrip('&lt;&#10;\n'), { attribute: '&lt;&#10;\n', text: '&lt;&#10;\n' });
  });

  it('escape the apostrophe that delimits attribute values', () => {
    assert.equal(xmlAttribute("it's"), 'it&apos;s');
    assert.equal(roundTrip("O'Brien's 'view'").attribute, "O'Brien's 'view'");
  });

  it('keep tabs and line breaks inside attribute values, where a parser would fold them into spaces', () => {
    assert.equal(xmlAttribute('a\tb\nc\rd'), 'a&#9;b&#10;c&#13;d');
    assert.deepEqual(roundTrip('a\tb\nc\rd'), { attribute: 'a\tb\nc\rd', text: 'a\tb\nc\rd' });
  });

  it('replace characters XML 1.0 cannot hold at all with U+FFFD', () => {
    const value = `bell\u0007 nul\u0000 esc\u001b lone\ud800 end\uffff & more`;
    const expected = 'bell\uFFFD nul\uFFFD esc\uFFFD lone\uFFFD end\uFFFD &amp; more';
    assert.equal(xmlAttribute(value), expected);
    assert.equal(xmlText(value), expected);
    assert.match(xmlAttribute(value), xmlChars);
  });

  it('keep surrogate pairs whole', () => {
    assert.equal(xmlAttribute('😀<'), '😀&lt;');
  });
});

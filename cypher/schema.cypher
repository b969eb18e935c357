// Alliance Atlas graph schema. Applied at every start; each statement is idempotent (IF NOT EXISTS).
// Every entity also carries the label :Entity, so one lookup by id serves all kinds.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT base_id IF NOT EXISTS FOR (n:Base) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_query_name IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.name IS UNIQUE;

// Search over names and aliases; `searchText` is name and aliases joined, folded to ASCII by the analyzer
// so that "Südkorea" and "Sudkorea" meet.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Country|Agreement|Base|Organization) ON EACH [n.name, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);

// Every relation between entities is a claim of one article; these indexes find an article's claims when it is
// re-ingested or removed.
CREATE INDEX claim_article_represents IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.article);
CREATE INDEX claim_article_met IF NOT EXISTS FOR ()-[r:MET]-() ON (r.article);
CREATE INDEX claim_article_signed IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.article);
CREATE INDEX claim_article_party_to IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.article);
CREATE INDEX claim_article_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.article);
CREATE INDEX claim_article_operates IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.article);
CREATE INDEX claim_article_stations_troops_in IF NOT EXISTS FOR ()-[r:STATIONS_TROOPS_IN]-() ON (r.article);

// name: troop-presence
// title: Troops stationed abroad, claim by claim
// description: Every report of one country stationing troops in another, with the number it gives, so that
//   disagreeing sources (55,000 against 54,000) stand side by side.
// param: host entityId default=null — Only troops stationed in this country (an id such as JP); empty for all

MATCH (sender:Entity)-[claim:STATIONS_TROOPS_IN]->(host:Entity)
WHERE $host IS NULL OR host.id = $host
MATCH (article:Article {id: claim.article})
RETURN sender, host, claim.count AS troops, article.source AS outlet, article.publishedAt AS publishedAt,
  claim.quote AS quote, claim
ORDER BY sender.name, host.name, publishedAt, article.id

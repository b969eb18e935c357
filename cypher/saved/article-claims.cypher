// name: article-claims
// title: Everything one article says
// description: Every claim one article makes — who represents which country, who met, signed, is party to,
//   operates or stations troops where — in the order of its sentences, with the quote behind each.
// param: article articleId — The article's id (as in GET /api/articles/:id)

MATCH (article:Article {id: $article})
MATCH (subject:Entity)-[claim:REPRESENTS|MET|SIGNED|PARTY_TO|LOCATED_IN|OPERATES|STATIONS_TROOPS_IN]->(object:Entity)
WHERE claim.article = article.id
RETURN subject, type(claim) AS relation, object, claim.sentence AS sentence, claim.quote AS quote,
  claim.role AS role, claim.count AS count
ORDER BY sentence, claim.start, relation, subject.name, object.name

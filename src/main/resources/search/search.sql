-- The site search: what visitors can open now that holds all their words, best first, one page of results.
-- Parameters: :q (the visitor's words, websearch syntax: "exact phrase", -excluded), :limit, :offset, and :ranked,
-- the most pages ranked per query (see page_hit).
-- Each row is a hit: its title, its area, its slug within the area (its address is /area/slug), its rank, the
-- number of hits ranked (total), whether more pages hold the words than were ranked (more), and a plain-text
-- extract whose highlighted words are between the characters U+E000 and U+E001.
-- SearchService runs it; bench/search-bench.sh times it as it is.
with query as (
    select q from websearch_to_tsquery('french_unaccent', :q) as words (q)
    where querytree(q) <> 'T'  -- only excluded words ("-word"): nothing to look up in the indexes, no hit
),
-- Visitors see a page that is published and not expired, in an area whose index page is visible too.
visible_area as (
    select i.area from page i
    where i.slug = '' and i.published and (i.expire_at is null or i.expire_at > now())
),
-- Pages holding the words: in their title or description, the best hits, found with the small title vector; or
-- elsewhere only. A vague query can match most of the site: at most :ranked pages of each kind are ranked, so
-- that a search costs about the same whatever the size of the site.
page_hit as (
    (select p.id, 'title' as kind
     from page p, query
     where p.title_vector @@ query.q
       and p.published and (p.expire_at is null or p.expire_at > now()) and p.area in (select area from visible_area)
     limit :ranked)
    union all
    (select p.id, 'body'
     from page p, query
     where p.search_vector @@ query.q and not p.title_vector @@ query.q
       and p.published and (p.expire_at is null or p.expire_at > now()) and p.area in (select area from visible_area)
     limit :ranked)
),
-- Structured facts, each shown on one page of its area (target) and reached at /area/slug.
fact as (
    select c.name as title, 'CAMPUS' as area, '' as target, c.slug as slug, c.search_vector as vector,
           c.city || ' – ' || c.summary as summary
    from campus c
    union all
    select p.name, 'EUNICE', 'partenaires', 'partenaires', p.search_vector, p.city || ', ' || p.country
    from eunice_partner p
    union all
    select g.name, 'MOBILITE', 'aides-financieres', 'aides-financieres', g.search_vector,
           g.funder || '. ' || g.combinable_note || '. '
           || coalesce((select string_agg(c.body, ' ' order by c.sort_order)
                        from grant_criterion c where c.grant_id = g.id), '')
    from mobility_grant g
    union all
    select c.service, 'SERVICES', 'contacts', 'contacts', c.search_vector,
           c.label || coalesce(' – ' || c.email, '') || coalesce(' – ' || c.phone, '')
    from contact_point c
    union all
    select c.name, 'SERVICES', 'langues', 'langues', c.search_vector,
           c.description || coalesce(' ' || c.frequency, '')
    from certification c
    union all
    select a.name, 'ADMISSION', 'plateformes', 'plateformes', a.search_vector, a.audience || ' ' || a.programmes
    from application_platform a
    union all
    select l.name, 'SERVICES', 'centres-de-ressources-en-langues', 'centres-de-ressources-en-langues',
           l.search_vector, l.service || ' – ' || l.location || ' – ' || l.hours
    from service_location l
),
-- Every hit, ranked. The Markdown of a page is made plain text for the page of results only.
hit as (
    select p.title, p.area, p.slug, ts_rank(p.search_vector, query.q) as rank, h.kind,
           p.description as summary, p.body_markdown as markdown
    from page_hit h
    join page p on p.id = h.id, query
    union all
    select f.title, f.area, f.slug, ts_rank(f.vector, query.q), 'fact', f.summary, null
    from fact f
    join page t on t.area = f.area and t.slug = f.target, query
    where f.vector @@ query.q
      and t.published and (t.expire_at is null or t.expire_at > now()) and t.area in (select area from visible_area)
),
result as (
    select h.*, count(*) over () as total,
           greatest(count(*) filter (where h.kind = 'title') over (),
                    count(*) filter (where h.kind = 'body') over ()) >= :ranked as more
    from hit h
    order by h.rank desc, h.title, h.area, h.slug
    limit :limit offset :offset
)
select r.title, r.area, r.slug, r.rank, r.total, r.more,
       ts_headline('french_unaccent', r.summary || coalesce(' ' || search_plain_text(left(r.markdown, 20000)), ''),
                   query.q, 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
                   || ', MaxWords=25, MinWords=10, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "') as extract
from result r, query
order by r.rank desc, r.title, r.area, r.slug

-- The site search: everything visitors can open now that matches their words, best first, one page of results.
-- Parameters: :q (the visitor's words, websearch syntax: "exact phrase", -excluded), :limit and :offset.
-- Each row is a hit: its title, its area, its slug within the area (its address is /area/slug), its rank, the total
-- number of hits and a plain-text extract whose highlighted words are between the characters U+E000 and U+E001.
-- SearchService runs it; bench/search-bench.sh times it as it is.
with query as (
    select q from websearch_to_tsquery('french_unaccent', :q) as words (q)
    where querytree(q) <> 'T'  -- only excluded words ("-word"): nothing to look up in the indexes, no hit
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
-- Every hit with the publication of the page that shows it: prose pages show themselves. The Markdown of a page
-- is made plain text only for the page of results, never for every hit.
hit as (
    select p.title, p.area, p.slug, ts_rank(p.search_vector, query.q) as rank,
           p.description as summary, p.body_markdown as markdown, p.published, p.expire_at
    from page p, query
    where p.search_vector @@ query.q
    union all
    select f.title, f.area, f.slug, ts_rank(f.vector, query.q), f.summary, null, t.published, t.expire_at
    from fact f
    join page t on t.area = f.area and t.slug = f.target, query
    where f.vector @@ query.q
),
-- Visitors see a page that is published and not expired, in an area whose index page is visible too.
visible_hit as (
    select h.title, h.area, h.slug, h.rank, h.summary, h.markdown, count(*) over () as total
    from hit h
    where h.published and (h.expire_at is null or h.expire_at > now())
      and h.area in (select i.area from page i
                     where i.slug = '' and i.published and (i.expire_at is null or i.expire_at > now()))
),
result as (
    select * from visible_hit
    order by rank desc, title, area, slug
    limit :limit offset :offset
)
select r.title, r.area, r.slug, r.rank, r.total,
       ts_headline('french_unaccent', r.summary || coalesce(' ' || search_plain_text(r.markdown), ''), query.q,
                   'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
                   || ', MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "') as extract
from result r, query
order by r.rank desc, r.title, r.area, r.slug

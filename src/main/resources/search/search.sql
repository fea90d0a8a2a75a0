-- The site search: what visitors can open now that holds all their words, best first, one page of results.
-- Parameters: :q (the visitor's words, websearch syntax: "exact phrase", -excluded), :limit, :offset, and :ranked,
-- the most pages of each tier kept per query (see first_tier and second_tier).
-- Each row is a hit: its title, its area, its slug within the area (its address is /area/slug), its rank, the
-- number of hits kept (total), whether more pages hold the words than were kept (more), and a plain-text extract
-- whose highlighted words are between the characters U+E000 and U+E001, with the sanitised HTML of the page (html,
-- null for a fact), where search/SearchHit finds the phrases the page marks in another language.
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
-- First tier, the best hits: the pages holding all the words in their title or description, ranked on these alone
-- (at most :ranked of them), and the structured facts. The Markdown of a page is made plain text for the page of
-- results only.
first_tier as (
    (select p.title, p.area, p.slug, ts_rank(p.title_vector, query.q) as rank, false as fact,
            p.description as summary, p.body_markdown as markdown, p.body_html as html
     from page p, query
     where p.title_vector @@ query.q
       and p.published and (p.expire_at is null or p.expire_at > now()) and p.area in (select area from visible_area)
     limit :ranked)
    union all
    select f.title, f.area, f.slug, ts_rank(f.vector, query.q), true, f.summary, null, null
    from fact f
    join page t on t.area = f.area and t.slug = f.target, query
    where f.vector @@ query.q
      and t.published and (t.expire_at is null or t.expire_at > now()) and t.area in (select area from visible_area)
),
-- Second tier: the pages holding the words elsewhere only. A vague query can match most of the site: at most
-- :ranked of them are kept, and they are ranked (which reads their whole vector) only when the page of results
-- goes past the first tier. A search then costs about the same whatever the size of the site.
second_tier as (
    select p.id
    from page p, query
    where p.search_vector @@ query.q and not p.title_vector @@ query.q
      and p.published and (p.expire_at is null or p.expire_at > now()) and p.area in (select area from visible_area)
    limit :ranked
),
tally as (
    select (select count(*) from first_tier) as first_count,
           (select count(*) from first_tier where not fact) as first_pages,
           (select count(*) from second_tier) as second_count
),
result as (
    (select 1 as tier, f.title, f.area, f.slug, f.rank, f.summary, f.markdown, f.html
     from first_tier f
     order by f.rank desc, f.title, f.area, f.slug
     limit cast(:offset as integer) + :limit)
    union all
    (select 2, p.title, p.area, p.slug, ts_rank(p.search_vector, query.q), p.description, p.body_markdown, p.body_html
     from second_tier s
     join page p on p.id = s.id, query
     where (select first_count from tally) < cast(:offset as integer) + :limit
     order by 5 desc, 2, 3, 4
     limit cast(:offset as integer) + :limit)
    order by tier, rank desc, title, area, slug
    limit :limit offset :offset
)
select r.title, r.area, r.slug, r.rank, t.first_count + t.second_count as total,
       t.first_pages >= :ranked or t.second_count >= :ranked as more,
       ts_headline('french_unaccent', r.summary || coalesce(' ' || search_plain_text(left(r.markdown, 20000)), ''),
                   query.q, 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
                   || ', MaxWords=25, MinWords=10, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "') as extract,
       r.html
from result r, tally t, query
order by r.tier, r.rank desc, r.title, r.area, r.slug

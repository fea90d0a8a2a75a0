-- The site search on the English pages: the pages and facts whose English text holds all the visitor's words,
-- best first, one page of results. Same parameters and columns as search.sql (:q, :limit, :offset, :ranked; title,
-- area, slug, rank, total, more, extract, html). A page is found by its English title, description and body; a fact
-- by the English of its row, on the page that shows it. Pages and rows without English are not searched here.
with query as (
    select q from websearch_to_tsquery('english_unaccent', :q) as words (q)
    where querytree(q) <> 'T'
),
visible as (
    select p.id, p.area, p.slug from page p
    where p.published and (p.expire_at is null or p.expire_at > now())
      and p.area in (select i.area from page i
                     where i.slug = '' and i.published and (i.expire_at is null or i.expire_at > now()))
),
english_page as (
    select v.area, v.slug,
           max(t.text) filter (where t.field = 'title') as title,
           coalesce(max(t.text) filter (where t.field = 'description'), '') as summary,
           coalesce(max(t.text) filter (where t.field = 'bodyMarkdown'), '') as markdown,
           max(t.html) filter (where t.field = 'bodyMarkdown') as html
    from visible v join translation t on t.object_type = 'page' and t.object_id = v.id
    group by v.area, v.slug
    having max(t.text) filter (where t.field = 'title') is not null
),
-- Each table of facts and the page that shows its rows.
fact_page (object_type, area, slug) as (
    values ('campus', 'CAMPUS', ''), ('eunice_partner', 'EUNICE', 'partenaires'),
           ('mobility_grant', 'MOBILITE', 'aides-financieres'), ('contact_point', 'SERVICES', 'contacts'),
           ('certification', 'SERVICES', 'langues'), ('application_platform', 'ADMISSION', 'plateformes'),
           ('service_location', 'SERVICES', 'centres-de-ressources-en-langues')
),
english_fact as (
    select v.area, v.slug,
           coalesce(max(t.text) filter (where t.field in ('name', 'service')), min(t.text)) as title,
           string_agg(t.text, ' – ' order by t.field) as summary
    from translation t
    join fact_page f on f.object_type = t.object_type
    join visible v on v.area = f.area and v.slug = f.slug
    group by t.object_type, t.object_id, v.area, v.slug
),
document as (
    select title, area, slug, summary, markdown, html, false as fact,
           setweight(to_tsvector('english_unaccent', title), 'A')
           || setweight(to_tsvector('english_unaccent', summary), 'B')
           || setweight(to_tsvector('english_unaccent', search_plain_text(markdown)), 'C') as vector
    from english_page
    union all
    select title, area, slug, summary, '', null, true,
           setweight(to_tsvector('english_unaccent', title), 'A')
           || setweight(to_tsvector('english_unaccent', summary), 'B')
    from english_fact
),
hit as (
    select d.title, d.area, d.slug, d.summary, d.markdown, d.html, ts_rank(d.vector, query.q) as rank
    from document d, query
    where d.vector @@ query.q
    limit :ranked
),
tally as (
    select count(*) as total from hit
),
result as (
    select * from hit order by rank desc, title, area, slug limit :limit offset :offset
)
select r.title, r.area, r.slug, r.rank, t.total, t.total >= :ranked as more,
       ts_headline('english_unaccent', r.summary || coalesce(' ' || search_plain_text(left(r.markdown, 20000)), ''),
                   query.q, 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
                   || ', MaxWords=25, MinWords=10, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "') as extract,
       r.html
from result r, tally t, query
order by r.rank desc, r.title, r.area, r.slug

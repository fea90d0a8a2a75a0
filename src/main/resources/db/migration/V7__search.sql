-- Full-text search of the public site, in French: stemmed words, accents optional, titles weighted above bodies.
-- Each searchable table carries a tsvector column that the database keeps up to date itself (a generated column,
-- or triggers where the text spans several tables) and a GIN index on it. The query is
-- src/main/resources/search/search.sql.

-- unaccent is a trusted extension: the owner of the database may create it.
create extension if not exists unaccent schema public;

-- French stemming on unaccented words, for documents and queries alike: "etudiants etrangers" and
-- "étudiants étrangers" give the same lexemes, while ts_headline still shows the text as written.
create text search configuration french_unaccent (copy = french);
alter text search configuration french_unaccent
    alter mapping for hword, hword_part, word with public.unaccent, french_stem;

-- The words of a Markdown text without its markup, for the index and for the extracts shown with results: link
-- text without the address, no heading, list, quote or table marks, no emphasis marks, no HTML tags.
create function search_plain_text(markdown text) returns text
    language plpgsql immutable strict parallel safe
as $$
declare
    plain text := markdown;
begin
    plain := regexp_replace(plain, '!?\[([^]]*)\]\([^)]*\)', '\1', 'g');                  -- links, images
    plain := regexp_replace(plain, '<([^<>\s]+@[^<>\s]+|[a-z]+://[^<>\s]+)>', '\1', 'g');  -- autolinks
    plain := regexp_replace(plain, '<[^>]*>', ' ', 'g');                                    -- HTML tags
    plain := regexp_replace(plain, '^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+', '', 'gn');        -- block marks
    plain := regexp_replace(plain, '^[\s|:-]*-{3,}[\s|:-]*$', '', 'gn');                    -- rules
    plain := regexp_replace(plain, '[*`~]+|\m_+|_+\M', '', 'g');                            -- emphasis
    return replace(plain, '|', ' ');                                                        -- table cells
end;
$$;

-- A page has two vectors: all its words, and the small one of its title and description alone, which finds and
-- ranks the best hits of a query without reading the whole vector of every page that holds its words.
alter table page add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', title), 'A')
    || setweight(to_tsvector('french_unaccent', description), 'B')
    || setweight(to_tsvector('french_unaccent', search_plain_text(body_markdown)), 'C')) stored;
alter table page add column title_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', title), 'A')
    || setweight(to_tsvector('french_unaccent', description), 'B')) stored;
create index page_search_idx on page using gin (search_vector);
create index page_title_search_idx on page using gin (title_vector);
-- The index pages of the areas, whose visibility every search checks.
create index page_area_index_idx on page (area) where slug = '';

alter table campus add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', name), 'A')
    || setweight(to_tsvector('french_unaccent', city || ' ' || summary), 'B')) stored;
create index campus_search_idx on campus using gin (search_vector);

alter table eunice_partner add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', name), 'A')
    || setweight(to_tsvector('french_unaccent', city || ' ' || country), 'B')) stored;
create index eunice_partner_search_idx on eunice_partner using gin (search_vector);

alter table contact_point add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', service), 'A')
    || setweight(to_tsvector('french_unaccent', label), 'B')
    || setweight(to_tsvector('french_unaccent', coalesce(email, '') || ' ' || coalesce(phone, '')), 'C')) stored;
create index contact_point_search_idx on contact_point using gin (search_vector);

alter table certification add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', name), 'A')
    || setweight(to_tsvector('french_unaccent', description), 'B')
    || setweight(to_tsvector('french_unaccent', coalesce(frequency, '')), 'C')) stored;
create index certification_search_idx on certification using gin (search_vector);

alter table application_platform add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', name), 'A')
    || setweight(to_tsvector('french_unaccent', audience || ' ' || programmes), 'B')) stored;
create index application_platform_search_idx on application_platform using gin (search_vector);

alter table service_location add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', name), 'A')
    || setweight(to_tsvector('french_unaccent', service || ' ' || location || ' ' || hours), 'B')) stored;
create index service_location_search_idx on service_location using gin (search_vector);

-- A grant's criteria are rows of their own, which a generated column cannot read: the grant's vector is computed
-- by a trigger on the grant, and a change to a criterion touches its grant so that the trigger runs again.
alter table mobility_grant add column search_vector tsvector not null default '';

create function mobility_grant_search_vector() returns trigger
    language plpgsql set search_path from current
as $$
begin
    new.search_vector :=
        setweight(to_tsvector('french_unaccent', new.name), 'A')
        || setweight(to_tsvector('french_unaccent', new.funder || ' ' || new.combinable_note), 'B')
        || setweight(to_tsvector('french_unaccent', coalesce(
            (select string_agg(c.body, ' ' order by c.sort_order) from grant_criterion c where c.grant_id = new.id),
            '')), 'C');
    return new;
end;
$$;
create trigger mobility_grant_search before insert or update on mobility_grant
    for each row execute function mobility_grant_search_vector();

create function grant_criterion_touch_grant() returns trigger
    language plpgsql set search_path from current
as $$
begin
    update mobility_grant set search_vector = search_vector where id in (new.grant_id, old.grant_id);
    return null;
end;
$$;
create trigger grant_criterion_search after insert or update or delete on grant_criterion
    for each row execute function grant_criterion_touch_grant();

update mobility_grant set search_vector = search_vector;
create index mobility_grant_search_idx on mobility_grant using gin (search_vector);

-- Changes of language marked in the French pages (RGAA 8.7): the English names and phrases of the seeded texts are
-- wrapped in <span lang="en">, which content/MarkdownRenderer now keeps, so that a screen reader reads them in English.
-- Proper names (EUNICE Weeks, Times Higher Education, the partner universities) are left as they are, as the RGAA
-- allows. The English translation of a page that translated its French body still translates it: its source text gets
-- the same marks. The HTML of the bodies changed, and of every body holding a table (whose <table> now bears its
-- name, RGAA 5.4), is dropped so that content/SeededHtmlRenderer renders it again at the next start-up.

create function mark_english(page_area text, page_slug text, term text) returns void
    language plpgsql
as $$
declare
    marked text := '<span lang="en">' || term || '</span>';
    target bigint;
    before text;
begin
    select id, body_markdown into target, before from page where area = page_area and slug = page_slug;
    if target is null or position(term in before) = 0 or position(marked in before) > 0 then
        return; -- the page was removed or rewritten by staff since it was seeded, or is marked already
    end if;
    update page set body_markdown = replace(before, term, marked), body_html = null where id = target;
    update translation set source_text = replace(source_text, term, marked)
     where object_type = 'page' and object_id = target and field = 'bodyMarkdown' and source_text = before;
end;
$$;

select mark_english('EUNICE', '', 'European UNIversity for Customised Education');

select mark_english('EUNICE', 'etudiants', 'Blended Intensive Programmes');
select mark_english('EUNICE', 'etudiants', 'online live course');
select mark_english('EUNICE', 'etudiants', 'online self-study course');
select mark_english('EUNICE', 'etudiants', 'Massive Open Online Course');
select mark_english('EUNICE', 'etudiants', 'Study Guide');
select mark_english('EUNICE', 'etudiants', 'Introduction to Global Studies');

select mark_english('EUNICE', 'personnel', 'Massive Online Open Course');
select mark_english('EUNICE', 'personnel', 'Introduction to Global Studies');

select mark_english('SERVICES', 'langues', 'TOEIC and You');

drop function mark_english(text, text, text);

update page set body_html = null where body_html like '%<table%';
update translation set html = null where field = 'bodyMarkdown' and html like '%<table%';

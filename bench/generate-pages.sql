-- Generated pages for the search benchmark: plausible French text made of the seeded pages' own sentences, shuffled,
-- with Markdown headings, paragraphs and lists. Run by search-bench.sh in its scratch database only.

create table if not exists bench_sentence as
select row_number() over () as n, sentence
from page, regexp_split_to_table(search_plain_text(body_markdown), '(?<=[.!?;:])\s+') as sentence
where length(sentence) between 25 and 400;

create unique index if not exists bench_sentence_n on bench_sentence (n);

create or replace function bench_random_sentence() returns text language sql volatile as $$
    select sentence from bench_sentence
    where n = (select 1 + floor(random() * count(*))::int from bench_sentence)
$$;

-- A few words from the start of a sentence, capitalised: a plausible title or heading.
create or replace function bench_phrase(min_words int, max_words int) returns text language sql volatile as $$
    select upper(left(phrase, 1)) || substr(phrase, 2)
    from (select array_to_string((regexp_split_to_array(btrim(bench_random_sentence(), ' .;:'), '\s+'))
                                 [1:min_words + floor(random() * (max_words - min_words + 1))::int], ' ') as phrase) p
$$;

create or replace function bench_body() returns text language plpgsql volatile as $$
declare
    body text := '';
    sentences int := 8 + floor(random() * 33)::int;
begin
    for i in 1..sentences loop
        if i % 7 = 0 then
            body := body || E'\n\n## ' || bench_phrase(2, 6) || E'\n\n';
        elsif i % 5 = 0 then
            body := body || E'\n\n- ' || bench_random_sentence() || E'\n- ' || bench_random_sentence() || E'\n\n';
        elsif i % 3 = 0 then
            body := body || E'\n\n';
        end if;
        body := body || bench_random_sentence() || ' ';
    end loop;
    return body;
end;
$$;

-- Pages :first to :last; about 95 % published, 3 % unpublished, 2 % expired, as on a site that lives.
insert into page (area, slug, sort_order, title, description, body_markdown, body_html, published, expire_at)
select (array['UNIVERSITE', 'ADMISSION', 'EUNICE', 'MOBILITE', 'SERVICES'])[1 + g % 5], 'bench-' || g, g,
       left(bench_phrase(2, 7), 200), left(bench_random_sentence(), 300), bench_body(), '',
       g % 100 >= 3, case when g % 100 in (3, 4) then now() - interval '1 day' end
from generate_series(:first, :last) as g;

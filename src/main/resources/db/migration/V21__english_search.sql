-- Full-text search of the English pages (search/search-en.sql): English stemming on unaccented words, over the
-- English texts of the translation table.
create text search configuration english_unaccent (copy = english);
alter text search configuration english_unaccent
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;

create index translation_object_idx on translation (object_type, object_id);

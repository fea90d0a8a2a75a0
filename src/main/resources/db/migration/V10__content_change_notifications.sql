-- Every instance of the site keeps rendered public pages in memory (cache/PageCache) and must drop them as soon as
-- the data they show changes, whichever instance (or person at a psql prompt) changed it. Each table announces its
-- changes on the channel uphf_content, with its name, when the changing transaction commits; PostgreSQL sends one
-- notification per table and transaction however many rows changed.
create function uphf_content_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('uphf_content', tg_table_name);
    return null;
end
$$;

do $$
declare
    changed_table text;
begin
    for changed_table in
        select tablename from pg_tables where schemaname = current_schema() and tablename <> 'flyway_schema_history'
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function uphf_content_changed()',
                       changed_table || '_changed', changed_table);
    end loop;
end
$$;

-- Nothing staff delete is lost at once: a deleted page or data row goes to the trash, with the rows the database
-- would have deleted along with it (on delete cascade) and the rows that pointed to it (on delete set null), as
-- JSON, in the order to put them back. An administrator restores it or empties the trash. Revisions stay.
create table trash_item (
    id           bigserial    primary key,
    object_type  varchar(40)  not null,
    object_id    bigint       not null,
    label        varchar(300) not null,
    content      jsonb        not null,
    deleted_by   varchar(60)  not null,
    deleted_at   timestamptz  not null default now()
);
create index trash_item_deleted_at_idx on trash_item (deleted_at desc);

-- The last three edited tables without a version get one, so that a stale save is refused there too.
alter table grant_amount add column updated_at timestamptz not null default now();
alter table grant_amount add column version bigint not null default 0;
alter table grant_criterion add column updated_at timestamptz not null default now();
alter table grant_criterion add column version bigint not null default 0;
alter table grant_duration add column updated_at timestamptz not null default now();
alter table grant_duration add column version bigint not null default 0;

-- Editorial workflow: staff accounts, drafts and scheduled publication of pages, revisions, audit log,
-- and old page addresses kept as redirects.

-- The page row holds the live version; a draft lives in the revision table until it is published.
alter table page
    add column has_unpublished_changes boolean     not null default false,
    add column go_live_at              timestamptz,
    add column expire_at               timestamptz,
    add column last_published_at       timestamptz;
update page set last_published_at = updated_at where published;

create table app_user (
    id             bigserial primary key,
    username       varchar(60)  not null unique,
    password_hash  varchar(200) not null,
    role           varchar(10)  not null check (role in ('EDITOR','ADMIN')),
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

create table revision (
    id            bigserial primary key,
    object_type   varchar(40)  not null,
    object_id     bigint       not null,
    snapshot      text         not null,
    author        varchar(60)  not null,
    created_at    timestamptz  not null default now(),
    go_live_at    timestamptz
);
create index revision_object_idx on revision (object_type, object_id, created_at desc);

create table audit_log (
    id            bigserial primary key,
    at            timestamptz  not null default now(),
    username      varchar(60)  not null,
    action        varchar(30)  not null,
    object_type   varchar(40),
    object_id     bigint,
    object_label  varchar(300),
    revision_id   bigint references revision (id),
    detail        varchar(500)
);
create index audit_log_at_idx on audit_log (at desc);

-- The audit log is append-only, whatever the application does.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();

create table page_redirect (
    id        bigserial primary key,
    old_path  varchar(300) not null unique,
    page_id   bigint       not null references page (id) on delete cascade
);

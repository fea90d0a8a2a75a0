-- The media library: images and documents that staff upload and put into pages. A medium keeps its address
-- (/medias/{slug}) when its file is replaced; the files served are in media_file, made once at upload: for an image,
-- its variants at several widths, re-encoded without the uploaded file's metadata (EXIF, GPS), each in its fallback
-- format (JPEG or PNG) and in WebP; for a document, the file as uploaded. The fingerprint changes with the file,
-- and is part of the variants' addresses, which can then be cached for a year.
create table media (
    id             bigserial    primary key,
    slug           varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind           varchar(10)  not null check (kind in ('IMAGE', 'DOCUMENT')),
    title          varchar(200) not null,
    content_type   varchar(40)  not null,
    original_name  varchar(255) not null,
    byte_size      bigint       not null,
    width          int,
    height         int,
    fingerprint    varchar(16)  not null,
    alt_fr         varchar(300) not null default '',
    alt_en         varchar(300) not null default '',
    decorative     boolean      not null default false,
    credit         varchar(300) not null default '',
    licence        varchar(120) not null default '',
    updated_at     timestamptz  not null default now(),
    updated_by     varchar(60),
    version        bigint       not null default 0,
    -- An image says what it shows, in both languages, or is marked decorative.
    check (kind = 'DOCUMENT' or decorative or (alt_fr <> '' and alt_en <> '')),
    check (kind = 'DOCUMENT' or (width > 0 and height > 0))
);

create table media_file (
    id        bigserial   primary key,
    media_id  bigint      not null references media (id) on delete cascade,
    width     int         not null,
    height    int         not null,
    format    varchar(10) not null check (format in ('jpeg', 'png', 'webp', 'pdf')),
    content   bytea       not null,
    unique (media_id, width, format)
);

create trigger media_changed after insert or update or delete or truncate on media
    for each statement execute function uphf_content_changed();
create trigger media_file_changed after insert or update or delete or truncate on media_file
    for each statement execute function uphf_content_changed();

-- A file sent with a form that had another error (an alternative text left out, say) waits here, so that staff fix
-- the form without choosing the file again; it is used by the next save of its author, or dropped after a day.
create table media_upload (
    id             uuid         primary key,
    content        bytea        not null,
    original_name  varchar(255) not null,
    created_by     varchar(60)  not null,
    created_at     timestamptz  not null default now()
);

-- Schema of the UPHF website: editable prose pages and the structured facts they show.
-- Every editable row carries a version (optimistic locking) and its last update time.

create table campus (
    id          bigserial primary key,
    slug        varchar(80)  not null unique,
    name        varchar(200) not null,
    city        varchar(120) not null,
    summary     text         not null,
    sort_order  int          not null default 0,
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

-- Prose: one row per page. The area index page has slug ''.
create table page (
    id             bigserial primary key,
    area           varchar(20)  not null check (area in ('UNIVERSITE','ADMISSION','CAMPUS','EUNICE','MOBILITE','SERVICES')),
    slug           varchar(120) not null,
    parent_id      bigint references page (id),
    sort_order     int          not null default 0,
    title          varchar(200) not null,
    description    varchar(300) not null,
    body_markdown  text         not null,
    body_html      text,
    widget         varchar(30)  check (widget in ('KEY_FIGURES','TIMELINE','RANKINGS','PARTNERS','GRANTS',
                                                  'CONTACTS','DIRECTORY','CERTIFICATIONS','PLATFORMS',
                                                  'LANGUAGE_CENTRES','CAMPUSES')),
    published      boolean      not null default true,
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    unique (area, slug)
);
create index page_parent_idx on page (parent_id);

create table key_figure (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    qualifier   varchar(40)  not null default '',
    value       varchar(40)  not null,
    label       varchar(200) not null,
    as_of       varchar(60),
    sort_order  int          not null default 0,
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table timeline_event (
    id          bigserial primary key,
    year        int          not null,
    body        text         not null,
    campus_id   bigint references campus (id),
    sort_order  int          not null default 0,
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create index timeline_event_campus_idx on timeline_event (campus_id);

create table ranking_result (
    id            bigserial primary key,
    ranking       varchar(200) not null,
    year          int          not null,
    goal_number   int,
    goal_label    varchar(200),
    band          varchar(40),
    participants  int,
    score         numeric(4, 1),
    sort_order    int          not null default 0,
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

create table eunice_partner (
    id            bigserial primary key,
    name          varchar(200) not null,
    city          varchar(120) not null,
    country       varchar(120) not null,
    country_code  varchar(2)   not null,
    sort_order    int          not null default 0,
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

create table mobility_grant (
    id               bigserial primary key,
    code             varchar(20)  not null unique,
    name             varchar(200) not null,
    funder           varchar(200) not null,
    combinable_note  varchar(300) not null default '',
    sort_order       int          not null default 0,
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);

create table grant_criterion (
    id          bigserial primary key,
    grant_id    bigint not null references mobility_grant (id) on delete cascade,
    body        text   not null,
    sort_order  int    not null default 0
);
create index grant_criterion_grant_idx on grant_criterion (grant_id);

create table grant_amount (
    id             bigserial primary key,
    grant_id       bigint        not null references mobility_grant (id) on delete cascade,
    label          varchar(200)  not null,
    amount         numeric(8, 2) not null,
    unit           varchar(10)   not null check (unit in ('MOIS','SEMAINE','FORFAIT')),
    country_group  int,
    sort_order     int           not null default 0
);
create index grant_amount_grant_idx on grant_amount (grant_id);

create table erasmus_country (
    id             bigserial primary key,
    name           varchar(120) not null,
    iso_code       varchar(2)   not null unique,
    country_group  int          not null check (country_group between 1 and 3),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

create table commission_date (
    id            bigserial primary key,
    subject       varchar(300) not null,
    meeting_date  date         not null,
    sort_order    int          not null default 0,
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

create table contact_point (
    id          bigserial primary key,
    area        varchar(20)  not null check (area in ('UNIVERSITE','ADMISSION','CAMPUS','EUNICE','MOBILITE','SERVICES')),
    service     varchar(200) not null,
    label       varchar(300) not null,
    email       varchar(200),
    phone       varchar(40),
    campus_id   bigint references campus (id),
    sort_order  int          not null default 0,
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    check (email is not null or phone is not null)
);

create table certification (
    id           bigserial primary key,
    name         varchar(200) not null,
    description  text         not null,
    frequency    varchar(200),
    sort_order   int          not null default 0,
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);

create table application_platform (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    audience    text         not null,
    programmes  text         not null,
    url         varchar(300),
    sort_order  int          not null default 0,
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table service_location (
    id          bigserial primary key,
    name        varchar(200) not null,
    service     varchar(200) not null,
    campus_id   bigint       not null references campus (id),
    location    varchar(300) not null,
    hours       varchar(300) not null,
    sort_order  int          not null default 0,
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create index service_location_campus_idx on service_location (campus_id);

-- English texts of the site, as data. One row per translated field of a row (a page's title, a campus's summary…),
-- holding the English text and the French text it translates, as that French read when the translation was written
-- or last marked up to date: when the French differs now, the translation is outdated and the site says so.
create table translation (
    id           bigserial primary key,
    object_type  varchar(40)  not null,
    object_id    bigint       not null,
    field        varchar(40)  not null,
    lang         varchar(5)   not null default 'en' check (lang in ('en')),
    text         text         not null,
    source_text  text         not null,
    html         text,
    updated_at   timestamptz  not null default now(),
    updated_by   varchar(60),
    version      bigint       not null default 0,
    unique (object_type, object_id, field, lang)
);

create trigger translation_changed after insert or update or delete or truncate on translation
    for each statement execute function uphf_content_changed();

-- Every French text that has an English counterpart: the table (object_type), the row, the field as the site's code
-- names it (Java property), its French text now and when its row last changed. The admin lists missing and outdated
-- translations from it; a test checks that every one of them is translated.
create view translatable_text as
          select 'page' as object_type, id as object_id, 'title' as field, title as french, updated_at from page
union all select 'page', id, 'description', description, updated_at from page
union all select 'page', id, 'bodyMarkdown', body_markdown, updated_at from page
union all select 'page', id, 'slug', slug, updated_at from page where slug <> ''
union all select 'campus', id, 'name', name, updated_at from campus
union all select 'campus', id, 'city', city, updated_at from campus
union all select 'campus', id, 'summary', summary, updated_at from campus
union all select 'key_figure', id, 'qualifier', qualifier, updated_at from key_figure where qualifier <> ''
union all select 'key_figure', id, 'value', value, updated_at from key_figure
union all select 'key_figure', id, 'label', label, updated_at from key_figure
union all select 'key_figure', id, 'asOf', as_of, updated_at from key_figure where as_of is not null
union all select 'timeline_event', id, 'body', body, updated_at from timeline_event
union all select 'ranking_result', id, 'ranking', ranking, updated_at from ranking_result
union all select 'ranking_result', id, 'goalLabel', goal_label, updated_at from ranking_result where goal_label is not null
union all select 'ranking_result', id, 'band', band, updated_at from ranking_result where band is not null
union all select 'eunice_partner', id, 'name', name, updated_at from eunice_partner
union all select 'eunice_partner', id, 'city', city, updated_at from eunice_partner
union all select 'eunice_partner', id, 'country', country, updated_at from eunice_partner
union all select 'mobility_grant', id, 'name', name, updated_at from mobility_grant
union all select 'mobility_grant', id, 'funder', funder, updated_at from mobility_grant
union all select 'mobility_grant', id, 'combinableNote', combinable_note, updated_at from mobility_grant where combinable_note <> ''
union all select 'grant_criterion', id, 'body', body, updated_at from grant_criterion
union all select 'grant_amount', id, 'label', label, updated_at from grant_amount
union all select 'erasmus_country', id, 'name', name, updated_at from erasmus_country
union all select 'commission_date', id, 'subject', subject, updated_at from commission_date
union all select 'contact_point', id, 'service', service, updated_at from contact_point
union all select 'contact_point', id, 'label', label, updated_at from contact_point
union all select 'certification', id, 'name', name, updated_at from certification
union all select 'certification', id, 'description', description, updated_at from certification
union all select 'certification', id, 'frequency', frequency, updated_at from certification where frequency is not null
union all select 'application_platform', id, 'name', name, updated_at from application_platform
union all select 'application_platform', id, 'audience', audience, updated_at from application_platform
union all select 'application_platform', id, 'programmes', programmes, updated_at from application_platform
union all select 'service_location', id, 'name', name, updated_at from service_location
union all select 'service_location', id, 'service', service, updated_at from service_location
union all select 'service_location', id, 'location', location, updated_at from service_location
union all select 'service_location', id, 'hours', hours, updated_at from service_location
union all select 'orientation_rule', id, 'name', name, updated_at from orientation_rule
union all select 'orientation_rule', id, 'explanation', explanation, updated_at from orientation_rule
union all select 'orientation_rule', id, 'steps', steps, updated_at from orientation_rule
union all select 'orientation_rule', id, 'contact', contact, updated_at from orientation_rule;

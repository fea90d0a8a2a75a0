-- The two guides of the site, whose rules are rows that staff edit like any other data:
--   * « Où candidater ? » (/admission/ou-candidater): orientation rules, seed lines 1–43 and 786;
--   * « Quelles aides pour ma mobilité ? » (/mobilite/estimer-mes-aides): the grant rules of an academic year,
--     seed lines 546 and 623–680. The amounts stay in grant_amount, so the published tables of
--     /mobilite/aides-financieres and the estimator always show the same figures.

-- ---------------------------------------------------------------------------------------------
-- Admissions: where to apply
-- ---------------------------------------------------------------------------------------------

-- The first rule, by sort_order then id, whose every non-null match column fits the candidate's answers wins.
-- route null: no platform of the UPHF applies; the explanation says what to do instead.
create table orientation_rule (
    id                bigserial    primary key,
    sort_order        int          not null,
    name              varchar(200) not null,
    programmes        varchar(20)[] check (programmes <@ array['LICENCE','LICENCE_PRO','BUT','DEUST','MASTER','MEEF',
                                                            'INGENIEUR','PREPA_CONCOURS','DOCTORAT']::varchar[]),
    year_min          int          check (year_min between 1 and 5),
    year_max          int          check (year_max between 1 and 5),
    apprenticeship    boolean,
    profile           varchar(20)  check (profile in ('LYCEEN','ETUDIANT','INTERNATIONAL','REPRISE_ETUDES')),
    lives_in_france   boolean,
    route             varchar(20)  check (route in ('PARCOURSUP','MON_MASTER','ECANDIDAT','INTERNATIONAL',
                                                    'ECOLE_DOCTORALE','FORMATION_CONTINUE')),
    explanation       text         not null,
    steps             text         not null,
    contact           varchar(300) not null,
    contact_point_id  bigint       references contact_point (id) on delete set null,
    updated_at        timestamptz  not null default now(),
    version           bigint       not null default 0,
    check (year_min is null or year_max is null or year_min <= year_max)
);
create index orientation_rule_order_idx on orientation_rule (sort_order, id);

-- steps: one step per line.
insert into orientation_rule (sort_order, name, programmes, year_min, year_max, apprenticeship, profile,
                              lives_in_france, route, explanation, steps, contact, contact_point_id) values
(10, 'Doctorat, candidat international', array['DOCTORAT'], null, null, null, 'INTERNATIONAL', null, 'ECOLE_DOCTORALE',
 'Pour préparer un doctorat à l’UPHF, vous ne passez par aucune plateforme nationale : vous suivez la procédure de l’École doctorale. Doctorant international, vous êtes accueilli par le Centre EURAXESS de l’UPHF, qui vous aide pour le visa, le titre de séjour, l’assurance maladie, le compte bancaire et le logement.',
 $steps$Candidater en suivant la procédure de l’École doctorale.
Préparer votre arrivée avec le Centre EURAXESS : visa, titre de séjour, assurance maladie, compte bancaire, logement.
Inscription administrative : suivre la procédure de l’École doctorale.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Centre EURAXESS de l’UPHF (doctorants et chercheurs internationaux)',
 (select id from contact_point where email = 'euraxess@uphf.fr')),

(20, 'Doctorat', array['DOCTORAT'], null, null, null, null, null, 'ECOLE_DOCTORALE',
 'Pour devenir doctorant à l’UPHF, vous ne passez par aucune plateforme nationale : vous suivez la procédure de l’École doctorale.',
 $steps$Candidater en suivant la procédure de l’École doctorale.
Inscription administrative : suivre la procédure de l’École doctorale.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'L’École doctorale de l’UPHF', null),

(30, 'Reprise d’études en 1re année de licence', array['LICENCE'], 1, 1, null, 'REPRISE_ETUDES', null, 'FORMATION_CONTINUE',
 'Candidat à la reprise d’études, vous prenez contact avec le Service Apprentissage et Formation Continue. Si vous êtes titulaire d’un diplôme équivalent au bac, comme le DAEU ou la Capacité en droit (pour une poursuite en licence 1ère année de droit uniquement), vous pouvez aussi candidater sur Parcoursup comme les bacheliers.',
 $steps$Prendre contact avec le Service Apprentissage et Formation Continue.
Titulaire du DAEU ou de la Capacité en droit visant la licence 1ère année de droit : candidater sur Parcoursup.
Inscription administrative : s’adresser au secrétariat de la formation concernée.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Service Apprentissage et Formation Continue de l’UPHF', null),

(40, 'Reprise d’études', null, null, null, null, 'REPRISE_ETUDES', null, 'FORMATION_CONTINUE',
 'Candidat à la reprise d’études, vous ne passez pas par les plateformes des étudiants en formation initiale : vous prenez contact avec le Service Apprentissage et Formation Continue.',
 $steps$Prendre contact avec le Service Apprentissage et Formation Continue.
Inscription administrative : s’adresser au secrétariat de la formation concernée.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Service Apprentissage et Formation Continue de l’UPHF', null),

(50, 'Étudiant international résidant hors de France', null, null, null, null, 'INTERNATIONAL', false, 'INTERNATIONAL',
 'Étudiant étranger résidant hors de France, vous candidatez dans le cadre d’un programme d’échange si votre établissement est partenaire de l’UPHF, ou à titre individuel sinon. eCandidat est réservé aux candidats qui résident en France.',
 $steps$Votre établissement est partenaire de l’UPHF : candidater dans le cadre du programme d’échange (mobilité entrante encadrée).
Sinon : candidater à titre individuel.
Inscription administrative : suivre la procédure des étudiants internationaux jamais inscrits à l’UPHF, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Pôle de relations internationales (mobilité entrante encadrée)',
 (select id from contact_point where email = 'international_in@uphf.fr')),

(60, 'Lycéen ou bachelier : 1re année', array['LICENCE','BUT','DEUST','INGENIEUR'], 1, 1, null, 'LYCEEN', null, 'PARCOURSUP',
 'Pour entrer en 1ère année après le bac, vous candidatez sur Parcoursup : c’est la plateforme des bacheliers de l’année et des titulaires d’un diplôme équivalent (ex : DAEU ou Capacité en droit pour une poursuite en licence 1ère année de droit uniquement).',
 $steps$Candidater sur Parcoursup.
Inscription administrative, à partir de juillet : les lycéens s’inscrivent en 1ère année.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat de la formation visée', null),

(70, 'Lycéen : formation hors 1re année', null, null, null, null, 'LYCEEN', null, null,
 'Après le bac, on candidate en 1ère année (licence, BUT, DEUST ou cycle ingénieur) sur Parcoursup. La formation que vous visez demande d’avoir déjà suivi des études supérieures : vérifiez ses conditions d’accès auprès de son secrétariat.',
 $steps$Consulter les conditions d’accès et les modalités de préinscription de la formation.
Contacter le secrétariat de la formation pour confirmer la procédure.$steps$,
 'Le secrétariat de la formation visée', null),

(80, 'Réorientation en 1re année', array['LICENCE','BUT','DEUST','INGENIEUR'], 1, 1, null, null, null, 'PARCOURSUP',
 'Vous êtes déjà étudiant et souhaitez vous réorienter en 1ère année : que vous soyez étudiant de l’Université Polytechnique Hauts-de-France ou d’une autre université, la candidature se fait sur Parcoursup.',
 $steps$Candidater sur Parcoursup.
Inscription administrative, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat de la formation visée', null),

(90, 'Master MEEF, 1re année', array['MEEF'], 1, 1, null, null, null, 'MON_MASTER',
 'Pour les masters MEEF dispensés à l’UPHF, la candidature doit être faite sur les masters MEEF de l’Université de Lille, sur Mon Master : la vignette de l’UPHF ne propose pas de candidature. Il faudra ensuite choisir l’UPHF, en tant que site souhaité pour l’enseignement.',
 $steps$Sur Mon Master, candidater au master MEEF de l’Université de Lille.
Choisir l’UPHF comme site souhaité pour l’enseignement.
Après l’admission : inscription administrative puis inscription pédagogique, selon les indications reçues.$steps$,
 'Le secrétariat du master MEEF visé', null),

(100, 'Master MEEF, 2e année', array['MEEF'], 2, 2, null, null, null, null,
 'Les masters MEEF dispensés à l’UPHF relèvent des masters MEEF de l’Université de Lille : la candidature se fait auprès de l’Université de Lille, en choisissant l’UPHF comme site souhaité pour l’enseignement. Mon Master ne concerne que la 1ère année : pour une entrée en 2ème année, renseignez-vous auprès de la formation.',
 $steps$Consulter les modalités de candidature en 2ème année des masters MEEF de l’Université de Lille.
Choisir l’UPHF comme site souhaité pour l’enseignement.$steps$,
 'Le secrétariat du master MEEF visé', null),

(110, 'Master 1re année', array['MASTER'], 1, 1, null, null, null, 'MON_MASTER',
 'Pour postuler en master 1, le dépôt de candidature s’effectue sur le site Mon Master. Masters co-accrédités par l’UPHF et l’INSA Hauts-de-France : seule la vignette de l’établissement en charge de leur mise en œuvre propose le bouton « Je candidate » ; s’il est absent de la vignette du master d’un établissement, candidatez en utilisant la vignette du master de l’autre établissement.',
 $steps$Candidater sur Mon Master, depuis la vignette du master qui propose le bouton « Je candidate ».
Inscription administrative, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat du master visé', null),

(120, 'Diplôme d’ingénieur en apprentissage, 3e et 4e années', array['INGENIEUR'], 3, 4, true, null, true, 'ECANDIDAT',
 'Vous résidez en France et visez la 3ème ou la 4ème année d’un diplôme d’ingénieur en apprentissage : la candidature se fait sur eCandidat.',
 $steps$Vérifier que la formation est proposée en apprentissage.
Déposer votre candidature sur eCandidat.
Prospecter auprès des entreprises dans le secteur d’activité correspondant à votre projet professionnel.
Valider avec le responsable de la formation et votre entreprise le contrat et les missions qui vous seront confiées dès l’admission dans la formation.$steps$,
 'Le secrétariat de la formation visée', null),

(130, 'Formation en alternance', null, null, null, true, null, null, 'ECANDIDAT',
 'Pour une formation en alternance (contrat d’apprentissage ou contrat de professionnalisation), vous déposez votre candidature sur eCandidat, puis cherchez une entreprise.',
 $steps$Vérifier si la formation est proposée en contrat d’apprentissage ou en contrat de professionnalisation.
Déposer votre candidature sur eCandidat.
Prospecter auprès des entreprises dans le secteur d’activité correspondant à votre projet professionnel.
Valider avec le responsable de la formation et votre entreprise le contrat et les missions qui vous seront confiées dès l’admission dans la formation.$steps$,
 'Le secrétariat de la formation visée', null),

(140, 'Licence ou BUT, 2e et 3e années', array['LICENCE','BUT'], 2, 3, null, null, true, 'ECANDIDAT',
 'Vous résidez en France et visez la 2ème ou la 3ème année d’une licence ou d’un BUT : la candidature se fait sur eCandidat.',
 $steps$Déposer votre candidature sur eCandidat.
Inscription administrative, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat de la formation visée', null),

(150, 'DEUST, 2e année', array['DEUST'], 2, 2, null, null, true, 'ECANDIDAT',
 'Vous résidez en France et visez la 2ème année de DEUST : la candidature se fait sur eCandidat.',
 $steps$Déposer votre candidature sur eCandidat.
Inscription administrative, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat de la formation visée', null),

(160, 'Licence professionnelle', array['LICENCE_PRO'], null, null, null, null, true, 'ECANDIDAT',
 'Vous résidez en France et visez une licence professionnelle : la candidature se fait sur eCandidat.',
 $steps$Déposer votre candidature sur eCandidat.
Inscription administrative, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat de la formation visée', null),

(170, 'Master 2e année', array['MASTER'], 2, 2, null, null, true, 'ECANDIDAT',
 'Vous résidez en France et visez la 2ème année d’un master : la candidature se fait sur eCandidat (Mon Master ne concerne que la 1ère année).',
 $steps$Déposer votre candidature sur eCandidat.
Inscription administrative, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat du master visé', null),

(180, 'Diplôme d’ingénieur, 4e année en formation initiale', array['INGENIEUR'], 4, 4, null, null, true, 'ECANDIDAT',
 'Vous résidez en France et visez la 4ème année d’un diplôme d’ingénieur en formation initiale : la candidature se fait sur eCandidat.',
 $steps$Déposer votre candidature sur eCandidat.
Inscription administrative, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat de la formation visée', null),

(190, 'Préparation aux concours administratifs', array['PREPA_CONCOURS'], null, null, null, null, true, 'ECANDIDAT',
 'Vous résidez en France et visez la Préparation aux Grands Concours Administratifs et Concours Administratifs Internes : la candidature se fait sur eCandidat.',
 $steps$Déposer votre candidature sur eCandidat.
Inscription administrative, à partir de juillet.
Inscription pédagogique : contacter directement la filière de formation concernée.$steps$,
 'Le secrétariat de la formation visée', null),

(200, 'Candidat ne résidant pas en France', null, null, null, null, null, false, null,
 'eCandidat est réservé aux candidats qui résident en France, et les procédures internationales aux étudiants étrangers. Aucune plateforme ne correspond à votre situation : contactez le secrétariat de la formation visée, qui vous indiquera comment candidater.',
 $steps$Consulter les modalités de préinscription de la formation.
Contacter le secrétariat de la formation pour connaître la procédure.$steps$,
 'Le secrétariat de la formation visée', null),

(1000, 'Tous les autres cas', null, null, null, null, null, null, null,
 'Votre situation ne correspond à aucun cas général : les modalités de préinscription dépendent de la formation. Contactez le secrétariat de la formation, qui vous indiquera comment candidater.',
 $steps$Consulter les modalités de préinscription de la formation.
Contacter le secrétariat de la formation pour connaître la procédure.$steps$,
 'Le secrétariat de la formation visée', null);

-- ---------------------------------------------------------------------------------------------
-- Mobility: grant rules of an academic year
-- ---------------------------------------------------------------------------------------------

-- The academic years whose grant rules are known; the published one is shown on the site and used by the estimator.
create table grant_year (
    id          bigserial   primary key,
    code        varchar(9)  not null unique check (code ~ '^[0-9]{4}-[0-9]{4}$'),
    published   boolean     not null default false,
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0
);
create unique index grant_year_one_published_idx on grant_year (published) where published;

-- The seeded grants are those of the commission of June 2022 (seed line 645): academic year 2022-2023.
insert into grant_year (code, published) values ('2022-2023', true);

-- Amounts, country groups and criteria belong to an academic year.
alter table grant_amount add column academic_year varchar(9) references grant_year (code);
update grant_amount set academic_year = '2022-2023';
alter table grant_amount alter column academic_year set not null;

-- What an amount is for: the main amount (per country group for Erasmus+), a monthly supplement for internships,
-- a supplement for students holding a needs-based grant, or a figure given for information only.
alter table grant_amount add column purpose varchar(20)
    check (purpose in ('BASE','SUPPLEMENT_STAGE','SUPPLEMENT_BOURSIER','INDICATIF'));
update grant_amount set purpose = case
    when unit = 'SEMAINE' then 'INDICATIF'
    when grant_id = (select id from mobility_grant where code = 'ERASMUS') and country_group is null then 'SUPPLEMENT_STAGE'
    when grant_id = (select id from mobility_grant where code = 'MERMOZ') and unit = 'FORFAIT' then 'SUPPLEMENT_BOURSIER'
    else 'BASE' end;
alter table grant_amount alter column purpose set not null;
alter table grant_amount add constraint grant_amount_purpose_unit_check
    check (purpose = 'INDICATIF' or unit in ('MOIS','FORFAIT'));
create index grant_amount_year_idx on grant_amount (academic_year);

alter table grant_criterion add column academic_year varchar(9) references grant_year (code);
update grant_criterion set academic_year = '2022-2023';
alter table grant_criterion alter column academic_year set not null;

alter table erasmus_country add column academic_year varchar(9) references grant_year (code);
update erasmus_country set academic_year = '2022-2023';
alter table erasmus_country alter column academic_year set not null;
alter table erasmus_country drop constraint erasmus_country_iso_code_key;
alter table erasmus_country add constraint erasmus_country_year_iso_key unique (academic_year, iso_code);

-- The rule of a grant for an academic year. Levels: L1, L2, L3, M1, M2, DOCTORAT, IUT, INGENIEUR.
-- travel_only_if_housed / travel_only_above_weekly_allowance: for an internship where the student is housed and fed,
-- or paid more than this per week, the grant is reduced to a travel contribution, for needs-based grant holders only.
create table grant_rule (
    id                                  bigserial     primary key,
    grant_id                            bigint        not null references mobility_grant (id) on delete cascade,
    academic_year                       varchar(9)    not null references grant_year (code),
    levels                              varchar(20)[] not null
        check (levels <@ array['L1','L2','L3','M1','M2','DOCTORAT','IUT','INGENIEUR']::varchar[]),
    boursier_required                   boolean       not null default false,
    quotient_ceiling                    numeric(10, 2),
    erasmus_countries_only              boolean       not null default false,
    amount_is_ceiling                   boolean       not null default false,
    tax_notice_required                 boolean       not null default false,
    travel_only_if_housed               boolean       not null default false,
    travel_only_above_weekly_allowance  numeric(8, 2),
    updated_at                          timestamptz   not null default now(),
    version                             bigint        not null default 0,
    unique (grant_id, academic_year)
);

-- The durations a grant accepts, in days (a month counts as 30 days, a week as 7), for a kind of stay and a
-- level, or for all when null. A grant covers only the kinds of stay it has durations for; the most specific
-- row wins (level before kind of stay). per_cycle: the maximum is per cycle of studies, earlier stays included.
create table grant_duration (
    id        bigserial   primary key,
    rule_id   bigint      not null references grant_rule (id) on delete cascade,
    stay_type varchar(10) check (stay_type in ('ETUDES','STAGE')),
    level     varchar(20) check (level in ('L1','L2','L3','M1','M2','DOCTORAT','IUT','INGENIEUR')),
    min_days  int         not null check (min_days > 0),
    max_days  int         not null,
    per_cycle boolean     not null default false,
    check (min_days <= max_days),
    unique nulls not distinct (rule_id, stay_type, level)
);
create index grant_duration_rule_idx on grant_duration (rule_id);

-- Whether two grants can be received for the same stay; a pair without a row is « à confirmer ».
create table grant_combination (
    id             bigserial   primary key,
    academic_year  varchar(9)  not null references grant_year (code),
    grant_a_id     bigint      not null references mobility_grant (id) on delete cascade,
    grant_b_id     bigint      not null references mobility_grant (id) on delete cascade,
    status         varchar(15) not null check (status in ('CUMULABLE','NON_CUMULABLE','A_CONFIRMER')),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0,
    check (grant_a_id <> grant_b_id),
    unique (academic_year, grant_a_id, grant_b_id)
);

insert into grant_rule (grant_id, academic_year, levels, boursier_required, quotient_ceiling, erasmus_countries_only,
                        amount_is_ceiling, tax_notice_required, travel_only_if_housed,
                        travel_only_above_weekly_allowance) values
-- Erasmus+: « Dès le niveau L1 », programme countries of the groups 1 to 3.
((select id from mobility_grant where code = 'ERASMUS'), '2022-2023',
 array['L1','L2','L3','M1','M2','DOCTORAT','IUT','INGENIEUR'], false, null, true, false, false, false, null),
-- Mermoz: L2 to M2, quotient ≤ 30 000 €, 400 €/month at most (degressive by quotient), French tax notice.
((select id from mobility_grant where code = 'MERMOZ'), '2022-2023',
 array['L2','L3','M1','M2','IUT','INGENIEUR'], false, 30000.00, false, true, true, true, 230.00),
-- AMI: needs-based grant holders.
((select id from mobility_grant where code = 'AMI'), '2022-2023',
 array['L1','L2','L3','M1','M2','DOCTORAT','IUT','INGENIEUR'], true, null, false, false, false, false, null),
-- UPHF flat contribution: L2 to M2, French tax notice.
((select id from mobility_grant where code = 'UPHF'), '2022-2023',
 array['L2','L3','M1','M2','IUT','INGENIEUR'], false, null, false, false, true, false, null);

insert into grant_duration (rule_id, stay_type, level, min_days, max_days, per_cycle) values
-- Erasmus+: 60 days at least; 12 months per cycle, 24 for engineering students.
((select r.id from grant_rule r join mobility_grant g on g.id = r.grant_id where g.code = 'ERASMUS'), null, null, 60, 360, true),
((select r.id from grant_rule r join mobility_grant g on g.id = r.grant_id where g.code = 'ERASMUS'), null, 'INGENIEUR', 60, 720, true),
-- Mermoz: studies 4 to 26 weeks; internships 12 to 26 weeks, 6 weeks at least for IUT students.
((select r.id from grant_rule r join mobility_grant g on g.id = r.grant_id where g.code = 'MERMOZ'), 'ETUDES', null, 28, 182, false),
((select r.id from grant_rule r join mobility_grant g on g.id = r.grant_id where g.code = 'MERMOZ'), 'STAGE', null, 84, 182, false),
((select r.id from grant_rule r join mobility_grant g on g.id = r.grant_id where g.code = 'MERMOZ'), 'STAGE', 'IUT', 42, 182, false),
-- AMI: 2 months (60 consecutive days) to 9 months.
((select r.id from grant_rule r join mobility_grant g on g.id = r.grant_id where g.code = 'AMI'), null, null, 60, 270, false),
-- UPHF: 8 to 26 weeks.
((select r.id from grant_rule r join mobility_grant g on g.id = r.grant_id where g.code = 'UPHF'), null, null, 56, 182, false);

-- « CUMULABLE AVEC LA BOURSE AMI OU MERMOZ » (Erasmus+), « CUMULABLE AVEC LA BOURSE ERASMUS+ UNIQUEMENT » (Mermoz,
-- AMI). The seed says nothing of the UPHF contribution: its pairs are « à confirmer ».
insert into grant_combination (academic_year, grant_a_id, grant_b_id, status) values
('2022-2023', (select id from mobility_grant where code = 'ERASMUS'), (select id from mobility_grant where code = 'MERMOZ'), 'CUMULABLE'),
('2022-2023', (select id from mobility_grant where code = 'ERASMUS'), (select id from mobility_grant where code = 'AMI'), 'CUMULABLE'),
('2022-2023', (select id from mobility_grant where code = 'MERMOZ'), (select id from mobility_grant where code = 'AMI'), 'NON_CUMULABLE'),
('2022-2023', (select id from mobility_grant where code = 'ERASMUS'), (select id from mobility_grant where code = 'UPHF'), 'A_CONFIRMER'),
('2022-2023', (select id from mobility_grant where code = 'MERMOZ'), (select id from mobility_grant where code = 'UPHF'), 'A_CONFIRMER'),
('2022-2023', (select id from mobility_grant where code = 'AMI'), (select id from mobility_grant where code = 'UPHF'), 'A_CONFIRMER');

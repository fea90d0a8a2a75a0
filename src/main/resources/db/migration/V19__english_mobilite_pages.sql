-- English translations of the MOBILITE pages accueil-international, euraxess, personnel, strategie-internationale and contacts (title, description, bodyMarkdown, slug).

-- /mobilite/accueil-international → /en/international/international-welcome
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Welcoming international students$en$, title from page where area = 'MOBILITE' and slug = 'accueil-international';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Studying at UPHF when you come from abroad: a welcome that holds the « Bienvenue en France » label, and useful contacts.$en$, description from page where area = 'MOBILITE' and slug = 'accueil-international';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$At UPHF, students find a wide range of high-level study opportunities, innovative research projects and attractive extracurricular activities.

The university does everything it can to make the time its students spend studying at UPHF, and their discovery of the region and of France, an unforgettable, enriching, high-quality experience.

## The « Bienvenue en France » label

UPHF holds the « Bienvenue en France » (Welcome to France) label for the quality of its welcome for international students: [find out more about the label](/en/university/bienvenue-en-france-label).

## International researchers and staff

Doctoral candidates, researchers, lecturers and staff who come to UPHF are supported by the [EURAXESS centre](/en/international/euraxess).

## Contact

For incoming mobility within an exchange framework, see [the contacts of the International Relations Office](/en/international/contacts).
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'accueil-international';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$international-welcome$en$, slug from page where area = 'MOBILITE' and slug = 'accueil-international';

-- /mobilite/euraxess → /en/international/euraxess
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$EURAXESS centre$en$, title from page where area = 'MOBILITE' and slug = 'euraxess';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$UPHF’s EURAXESS centre gives free support to international doctoral candidates, researchers, lecturers and trainees, and to their families, before, during and after their stay.$en$, description from page where area = 'MOBILITE' and slug = 'euraxess';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$## Our EURAXESS centre: your international mobility at UPHF

Are you planning an international mobility to UPHF as a doctoral candidate, researcher, lecturer, research engineer, foreign-language lecturer or trainee in research, teaching or administration? If so, you have access to a set of free assistance services: the EURAXESS services.

## What is EURAXESS?

EURAXESS is the name of the service whose task is to help people on international mobility settle in at higher education and research institutions, where they come to carry out research and/or to teach.

## Assistance before, during and after your stay

UPHF’s EURAXESS centre gives you and your family information and assistance on many aspects of your mobility and your stay.

### Before you arrive

Once UPHF has confirmed your mobility project:

- Register in the French database of international researchers. Registration is free and secure, and can be done in English or in French. The one and only postcode to enter is 59300.
- UPHF’s EURAXESS centre will contact you from the e-mail address <euraxess@uphf.fr> to discuss with you the essentials of your arrival, such as your visa/residence permit, health insurance, bank account and housing.
- As soon as you know your arrival date, let UPHF’s EURAXESS centre know by e-mailing the address above.

### When you arrive and during your stay

UPHF’s EURAXESS centre:

- Will help you open your bank account and complete the procedures for housing, your residence permit and health.
- Will remain available for any other question about your stay.
- Will e-mail you information about the services it offers and the events it organises.

### Before you leave

UPHF’s EURAXESS centre will help you with the formalities of leaving (ending your tenancy agreement, insurance contracts, etc.) and will refer you to the next EURAXESS centre if you wish to continue your research mobility at another institution that has one.

## Friendly events throughout the year

UPHF’s EURAXESS Centre also organises events for its international guests, to help them settle in outside the laboratory and discover their new cultural environment.

Museums and other places of cultural interest in the Hainaut area or in the Hauts-de-France region, friendly drinks receptions and other events await you and your family.

Do not hesitate to contact us at <euraxess@uphf.fr> for more information.
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'euraxess';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$euraxess$en$, slug from page where area = 'MOBILITE' and slug = 'euraxess';

-- /mobilite/personnel → /en/international/staff
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Erasmus+ staff mobility$en$, title from page where area = 'MOBILITE' and slug = 'personnel';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Erasmus+ teaching, training or combined mobility for all UPHF staff: funding, conditions and calls for applications.$en$, description from page where area = 'MOBILITE' and slug = 'personnel';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$## Staff on Erasmus+ mobility: teaching and training mobility

Whether you are a lecturer-researcher, a doctoral candidate, or a member of the library, engineering, administrative, technical, service and health staff (BIATSS, the French name for university staff who do not teach), permanent or non-permanent, on a contract or paid by the hour, at UPHF, you can go on a mobility in Europe or outside Europe thanks to the Erasmus+ programme.

The International Relations Office supports you before, during and after your mobility.

Going abroad has never been so easy!

- The option of teaching in French and/or in English
- Your choice of period and of teaching topic
- Mobility grants
- A warm welcome from the partners during the mobility
- Support from the International Relations Office throughout the procedures
- Discovering a new country
- A range of possible destinations (nearer or further away)

## The different types of mobility

### Teaching mobility

Lecturers and doctoral candidates can give classes that form part of the official programme of one of UPHF’s partner institutions, during a short stay.

Teaching mobility takes place at one of UPHF’s partner universities:

- You must teach at least 8 hours of classes (the number of hours is calculated pro rata for mobility periods longer than one week).

### Training mobility

The Erasmus+ programme gives all staff of the Université Polytechnique Hauts-de-France (teaching, administrative, technical staff, etc.) the opportunity to go on a training mobility at a higher education institution, a company or a training organisation in another European country.

Find the training offers of universities on the IMotion website.

The aim of training mobility is to gain knowledge or know-how from experience and good practice abroad, as well as practical skills that can help you in your current job and in your professional development.

### Combined mobility

Combined mobility lets you combine a teaching activity with a training activity. In this case, the required number of teaching hours is at least 4.

## Funding

The Erasmus+ mobility grant covers part of the additional costs of the mobility: subsistence allowance and travel costs. It is not intended to cover the full cost of the trip abroad.

- Subsistence costs are calculated according to the length of the activity and the destination country.
- Travel costs are calculated according to the distance in kilometres between the staff member’s place of administrative residence and the destination, up to the actual costs, for which proof must be given.

NB: Only the outward journey is counted in calculating the distance, but the corresponding rate covers the costs of the return trip.

To calculate the distance, use the calculator provided by the European Commission.

First of all, start by estimating the real cost of your mobility in travel and subsistence. If the estimated budget of your mobility exceeds the Erasmus+ grant described above, ask your department to contribute to funding your mobility.

As a beneficiary of the Erasmus+ programme, you cannot at the same time receive financial support under several EU programmes (JEAN MONNET, HORIZON 2020, etc) or for any activity supported by European Union funds (ERDF, Interreg, etc).

## The conditions for Erasmus+ mobility

- The mobility must last at least 2 days at the host institution in Europe, and at least 5 days outside Europe.
- The mobility may not exceed two months.

## Calls for applications

The International Relations Office runs several calls for applications during the academic year, available on the intranet.

Applications must be submitted by completing the online form for the type of mobility chosen (links to the forms are available during the calls)

After the call, a committee meets to examine your application for the possible award of financial support.

Priority will be given to:

- Staff who have never been on an Erasmus+ mobility.
- Mobility to the partners of the European University ([EUNICE](/en/eunice))
- Mobility with a direct impact on incoming student mobility (under the ERASMUS+ programme, or strengthening a partnership for the award of a joint degree).
- Junior academics, for training mobility.
- Training mobility devoted to teaching skills and programme design

Contact: <erasmus-staff@uphf.fr>
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'personnel';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$staff$en$, slug from page where area = 'MOBILITE' and slug = 'personnel';

-- /mobilite/strategie-internationale → /en/international/international-strategy
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$International strategy$en$, title from page where area = 'MOBILITE' and slug = 'strategie-internationale';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$The partnerships, the internationalisation goals and the principles of access to mobility of UPHF’s international policy.$en$, description from page where area = 'MOBILITE' and slug = 'strategie-internationale';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Taking part in European higher education since its beginnings is central to UPHF’s cooperation: Erasmus+ student and teaching staff mobility, double degrees, research, ...

The university’s geographical position particularly favours cross-border collaboration with partners in countries such as Belgium, Germany, the south of the United Kingdom, Italy and Spain.

At the same time, privileged networks have historically developed with French-speaking North and West Africa, as well as collaborations with emerging countries (South-East Asia, Latin America) where UPHF can support partner institutions and also strengthen its expertise in complementary fields of teaching and research (international mobility, jointly supervised PhDs, laboratory internships).

## The goals of the international policy

Besides the goal of encouraging the mobility of students and staff (lecturer-researchers, administrative staff), UPHF’s international policy is designed to:

- Strengthen the university’s attractiveness and consolidate an image of excellence internationally;
- Structure, coordinate and pool all international actions in synergy.

Taking part in the new [Erasmus+](/en/international/erasmus) programme confirms the University’s commitment to opening up internationally and to organising the institution to meet that aim. Consolidating lasting partnerships with European institutions and with institutions outside the European Union is a priority, while keeping them in perspective with UPHF’s structure and institutional strategy.

The institution’s goals for internationalisation and modernisation are:

- to assert its identity with its European and international partners;
- to promote the international dimension across all levels and all actors of the institution;
- to institutionalise collaborations and individual exchanges.

## Making mobility accessible

This international strategy, and in particular the promotion of the international dimension at all levels, will continue to respect the principles of non-discrimination, transparency and inclusion in the way it selects candidates for mobility (students and staff) and awards the related grants.

UPHF is also committed to making mobility possible for the people furthest from it.

This international institutional strategy enables UPHF, as a higher education institution, to drive job creation, economic growth and greater cohesion in its area, in line with the goal of building a European Education Area.
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'strategie-internationale';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$international-strategy$en$, slug from page where area = 'MOBILITE' and slug = 'strategie-internationale';

-- /mobilite/contacts → /en/international/contacts
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$International mobility contacts$en$, title from page where area = 'MOBILITE' and slug = 'contacts';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$The addresses of the International Relations Office, of the institutes’ international relations departments and of the other services that support international mobility.$en$, description from page where area = 'MOBILITE' and slug = 'contacts';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Depending on your question, contact the International Relations Office, your institute’s international relations department or the relevant service below.
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'contacts';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$contacts$en$, slug from page where area = 'MOBILITE' and slug = 'contacts';

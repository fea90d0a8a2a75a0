-- English translations of area UNIVERSITE: its 9 pages (title, description, body, slug) and every key figure, timeline event and ranking result.

-- Pages --------------------------------------------------------------------------------------
-- /universite -> /en/university
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$The university$en$, title from page where area = 'UNIVERSITE' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Overview of the Université Polytechnique Hauts-de-France: its polytechnic model, organisation, history, rankings, commitments and key figures.$en$, description from page where area = 'UNIVERSITE' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
A university on a human scale, UPHF is the very first “polytechnic” university in France. An experimental institution (a new form of university that French law allows on a trial basis) created on 9 September 2019, it is spread over [5 campuses](/en/campuses) and its programmes cover all levels of Licence (bachelor’s degree), Master and Doctorat (PhD).
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = '';

-- /universite/presentation -> /en/university/overview
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Overview$en$, title from page where area = 'UNIVERSITE' and slug = 'presentation';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$UPHF, the very first “polytechnic” university in France: two divisions, science and technology and the humanities, 4 major laboratories, 3 strategic hubs and 5 campuses.$en$, description from page where area = 'UNIVERSITE' and slug = 'presentation';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
A university on a human scale, UPHF is the very first “polytechnic” university in France.

## A polytechnic model

This new model of institutional structure is based on a reorganisation around two divisions: science and technology on the one hand, and the humanities on the other. The aim is to support each student in building a tailor-made course of study.

UPHF’s educational offer covers all levels of Licence (bachelor’s degree), Master and Doctorat (PhD) in many fields of study, while offering an innovative interdisciplinary approach to the course of study.

At UPHF, students also enjoy green campuses, with plenty of sports facilities and social spaces.

## Research

Research at UPHF is carried out in 4 major laboratories, including 2 UMR CNRS (joint research units with the CNRS, the French National Centre for Scientific Research).

The institution’s research strategy is defined by 3 strategic hubs addressing major societal challenges. The aim driving the polytechnic project is to develop interdisciplinarity and transdisciplinarity in both teaching and research.

## Five campuses

UPHF has [5 campuses](/en/campuses): Valenciennes - Mont Houy, Valenciennes - Les Tertiales-Ronzier, Cambrai, Maubeuge, Arenberg

## Cooperating with our partners

Acting together to propose new models of cooperation and organisation is an integral part of UPHF’s priorities and outlook.

With its partners, UPHF already envisages exploring and developing new approaches in research as well as in education and innovation.

Creating joint research laboratories and interdisciplinary chairs, defining and developing joint polytechnic degrees, creating polytechnic certification tools or setting up shared polytechnic platforms are all examples of this potential.
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = 'presentation';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$overview$en$, slug from page where area = 'UNIVERSITE' and slug = 'presentation';

-- /universite/pourquoi-l-uphf -> /en/university/why-uphf
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Why study at UPHF$en$, title from page where area = 'UNIVERSITE' and slug = 'pourquoi-l-uphf';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$A university on a human scale and the very first “polytechnic” university in France, UPHF offers an original model, a wide range of programmes and green campuses, in a dynamic region at the heart of Europe.$en$, description from page where area = 'UNIVERSITE' and slug = 'pourquoi-l-uphf';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
A university on a human scale, UPHF is the very first “polytechnic” university in France.

## An original model

This new model of institutional structure is based on a reorganisation around two divisions: science and technology on the one hand, and the humanities on the other. The aim is to support each student in building a tailor-made course of study, both transdisciplinary and international, and so to help them into employment later on.

## A wide range of programmes

UPHF’s educational offer covers all levels of Licence (bachelor’s degree), Master and Doctorat (PhD) in many fields of study, while offering an innovative interdisciplinary approach to the course of study. So you will find the programme you are looking for!

There are also many opportunities to improve your language skills, both locally and through stays with our partners abroad.

Everything about our programmes is available on the website: [formations.uphf.fr/fr/formations.html](https://formations.uphf.fr/fr/formations.html)

## An environmentally friendly university

UPHF is also a university of reasonable size, spread over 5 campuses, that respects the environment.

It is engaged in continuous sustainable development action, measuring its impact on the environment with the Bilan Carbone method (a carbon footprint assessment) proposed by ADEME (the French agency for ecological transition).

Discover the university’s commitments to [sustainable development and social responsibility](/en/university/sustainability).

## Green campuses

UPHF also has green and friendly campuses!

Many sports facilities and picnic areas are available to students on these campuses, which are well served by public transport.

Discover [UPHF’s five campuses](/en/campuses).

## A dynamic region at the heart of Europe

Hauts-de-France, the region in the north of France where UPHF is located, is a dynamic region! If you like sport, culture and leisure, you will not get bored!

UPHF’s location makes it easy to reach: it lies at the heart of Europe, with five airports nearby, a railway station and several bus companies.

You will also be able to travel to other cities in France!
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = 'pourquoi-l-uphf';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$why-uphf$en$, slug from page where area = 'UNIVERSITE' and slug = 'pourquoi-l-uphf';

-- /universite/statut-et-organisation -> /en/university/status-and-organisation
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Status and organisation$en$, title from page where area = 'UNIVERSITE' and slug = 'statut-et-organisation';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$UPHF, an experimental institution created on 9 September 2019: its founding institutions, teaching and research components, strategic vision, governance and councils, directory.$en$, description from page where area = 'UNIVERSITE' and slug = 'statut-et-organisation';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
The Université Polytechnique Hauts-de-France is an experimental institution created on 9 September 2019 under Ordinance No. 2018-1131 of 12 December 2018 on experimenting with new ways of grouping higher education and research institutions.

## A university formed from 2 pre-existing institutions

It brings together 2 pre-existing higher education institutions:

- The Université de Valenciennes, a public scientific, cultural and professional institution (EPSCP, the legal status of French universities);
- The Ecole Supérieure d’Art et de Communication de Cambrai (ESAC, Cambrai School of Art and Communication), a public cultural cooperation institution with a higher education and research mission.

## Teaching and research reorganised

As an experimental institution, the Université Polytechnique Hauts-de-France brings together:

**2 component institutions:**

- The Institut National des Sciences Appliquées Hauts-de-France (INSA Hauts-de-France, an engineering school)
- The Ecole Supérieure d’Art et de Communication de Cambrai

**2 teaching components:**

- The Institut Universitaire de Technologie (IUT, a university institute of technology)
- The Institut Sociétés et Humanités (Institute of Societies and Humanities)

**4 research components (including 2 UMR CNRS, joint research units with the French National Centre for Scientific Research):**

- LAMIH, UMR CNRS 8201
- IEMN, Valenciennes site, UMR CNRS 8520
- CERAMATHS
- LARSH

The Université Polytechnique Hauts-de-France is organised into 2 teaching components, 3 component institutions for teaching and 4 research components, spread over 5 campuses.

[5 university campuses](/en/campuses): Valenciennes (Mont Houy and Tertiales), Cambrai, Maubeuge, Arenberg

## A strategic vision

The newly created university encourages cross-fertilisation between science, technology and the humanities. It thus offers multidisciplinary courses of study: polytechnic programmes, and polytechnic modules included in single-subject courses.

## Governance and councils

> "The President of the university through his decisions, the board of directors through its deliberations and the academic council through its deliberations and opinions ensure the administration of the university." (Article L712-1rt. 45 of the Code de l’Education, the French Education Code).

In charge of steering the institution, the governance team is made up of the President of the University and the Vice-Presidents.

- The board of directors sets the institution’s policy and takes the major decisions.
- The council for education and student life takes decisions on programmes and on student life.
- The research council gives its opinion on research projects and takes decisions on the statutes of the laboratories.

## Directory

To look for a contact, a directory is available on the website [uphf.fr/annuaire](https://www.uphf.fr/annuaire)
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = 'statut-et-organisation';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$status-and-organisation$en$, slug from page where area = 'UNIVERSITE' and slug = 'statut-et-organisation';

-- /universite/histoire -> /en/university/history
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$History$en$, title from page where area = 'UNIVERSITE' and slug = 'histoire';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$From the embryonic university created in Valenciennes in the early sixties to the Université Polytechnique Hauts-de-France: the history of the university and its key dates.$en$, description from page where area = 'UNIVERSITE' and slug = 'histoire';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
To support economic conversion and open up access to higher education, Valenciennes, well before other French universities, played the card of vocational programmes built on fundamental and applied research.

## The origins

In the early sixties, Valenciennes, then France’s 13th largest urban area, was trying to escape the danger of a coal-and-steel monoculture.

To attract new industries, train their managerial staff and allow young people from modest families to enter higher education, the first embryonic university was created in Valenciennes by the then Dean of the Faculty of Sciences of Lille.

Dean Parreau’s attention had indeed been drawn to Valenciennes, with its very dense population that was under-equipped in terms of education. In higher education he saw a large pool of talent among the young people of Valenciennes, and therefore a hope of economic conversion.

## The rapid development of the embryonic university in the 1970s

The embryonic university developed rapidly with vocationally oriented second-cycle (1971) and third-cycle (1975) programmes (the former French names for the later undergraduate years and for postgraduate studies), created from young research laboratories linked to industry and to national business circles.

A network of research laboratories and high-performing technology transfer workshops allowed the Université de Valenciennes to take an active part in the economic conversion of Hainaut-Cambrésis (the Valenciennes and Cambrai area).

The 1970s also saw the opening of the university library and the installation of the laboratory of the “fluid mechanics” research centre. In 1978 the Faculté de Droit, d’Economie et de Gestion (FDEG, Faculty of Law, Economics and Management) was created.

## New campuses and institutes

The university’s development continued in 1982 with the creation of the Cambrai branch and of the Institut de Préparation à l’Administration Générale (IPAG, an institute preparing students for careers in public administration), followed by the opening of the Maubeuge branch in 1983.

In 1995, the Tertiales campus opened, housing the Institut d’Administration des Entreprises (IAE, the university’s business school) and the IPAG.

In 2013, the new Maubeuge university campus and the Campus International sur la Sécurité et l’Intermodalité dans les Transports (CISIT, International Campus on Safety and Intermodality in Transport), the first building of the Transalley technology park, were inaugurated.

In 2019, on the Mont Houy campus, the Institut International des Mobilités (IIM, International Institute of Mobility) came into being. It houses the Institut d’Administration des Entreprises (IAE - ISH) and the Institut des Mobilités et Transports Durables (Institute of Mobility and Sustainable Transport).
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = 'histoire';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$history$en$, slug from page where area = 'UNIVERSITE' and slug = 'histoire';

-- /universite/classements -> /en/university/rankings
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Rankings$en$, title from page where area = 'UNIVERSITE' and slug = 'classements';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$UPHF in the Times Higher Education World University Rankings 2022 and in the Times Higher Education Impact Ranking 2021, which assesses universities against the UN Sustainable Development Goals.$en$, description from page where area = 'UNIVERSITE' and slug = 'classements';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
## UPHF ranked in the Times Higher Education World University Rankings 2022

This first participation in the Times Higher Education (THE) World University Rankings 2022 is a success for UPHF.

The ranking includes 1,662 universities (2,100 applied) across 99 countries and territories, making it the largest and most diverse university ranking to date.

### The ranking criteria

Institutions must meet three essential criteria to appear in the ranking:

- Publish a sufficient number of academic papers over a 5-year period - a threshold of 1,000 papers.
- Teach undergraduate students
- Work across a wide range of subjects

3 sources of information are used to compile the Times Higher Education World University Rankings:

- Institutional data provided directly by the higher education institutions,
- Bibliometric data provided by their partner Elsevier from its bibliometric database 'Scopus',
- The THE academic reputation survey, sent directly to academics. This survey examines the perceived prestige of institutions in teaching and research.

The result is based on 13 indicators that measure an institution’s performance in five areas: teaching (30%), research (30%), knowledge transfer and research influence (30%), international outlook (7.5%) and innovation (2.5%).

### French institutions

The THE 2022 ranking includes 39 French institutions. France ranks 7th in the world, gaining one place compared with the previous ranking, with 3 institutions in the TOP 100 and 1 in the TOP 50.

4 French institutions entered the ranking: Arts et Métiers (801-1000), Université Polytechnique Hauts-de-France (1001-1200), Université de Pau (1201+) and Jean Moulin Université - Lyon 3 (1201+).

Within the Hauts-de-France Region, UPHF is one of the 3 institutions ranked in the THE World University Rankings 2022.

## UPHF ranked in the Times Higher Education – Impact ranking 2021

### International recognition

A second successful participation for UPHF in the Times Higher Education (THE) 2021 ranking, which assesses universities on their economic and social impact against the United Nations Sustainable Development Goals.

1,115 institutions from 94 countries appear in this third edition of the THE University Impact Ranking. 18 French institutions are ranked in it, and the Université Polytechnique Hauts-de-France submitted a response on 8 goals.

### The Sustainable Development Goals

The ranking is indeed based on the UN’s 17 Sustainable Development Goals, which came into force on 1 January 2016, and highlights the institutions whose policies do the most in this direction.

To appear in the overall ranking, institutions must provide data for Goal 17 — partnerships for the goals — and choose at least three other goals.

These data are: the quality of research in the field (automatic query) and the figures and actions implemented (data provided by the institution).

A university’s final score is calculated by combining its score in Sustainable Development Goal 17 with its three best scores among the remaining 16 goals. Goal 17 accounts for 22% of the overall score, while the others are each weighted at 26%.

Here are the UN’s 17 Sustainable Development Goals taken into account by THE, including those chosen by UPHF for this first participation:

- Goal 1: no poverty;
- Goal 2: zero hunger;
- Goal 3: good health and well-being;
- **Goal 4: quality education;** goal chosen by UPHF
- **Goal 5: gender equality;** goal chosen by UPHF
- Goal 6: clean water and sanitation;
- **Goal 7: affordable and clean energy;** goal chosen by UPHF
- Goal 8: decent work and economic growth;
- **Goal 9: industry, innovation and infrastructure;** goal chosen by UPHF
- **Goal 10: reduced inequalities;** goal chosen by UPHF
- **Goal 11: sustainable cities and communities;** goal chosen by UPHF
- Goal 12: responsible consumption and production;
- **Goal 13: climate action;** goal chosen by UPHF
- Goal 14: life below water;
- Goal 15: life on land;
- Goal 16: peace, justice and strong institutions;
- **Goal 17 (compulsory): partnerships for the goals;** goal chosen by UPHF

The highest scores, which determined UPHF’s final ranking, were obtained on the following 4 goals:

- Goal 13: climate action
- Goal 17 (compulsory): partnerships for the goals
- Goal 4: quality education
- Goal 10: reduced inequalities

What next? Analysing our indicators on each of the 8 goals we responded to, in order to identify levers for action to progress in the next ranking. Comparing how our scores have changed on the 4 goals we had chosen in our first application in 2020. Also analysing our potential for action on the other goals of the THE ranking, to which we had decided not to respond in this 2021 application.

UPHF’s results in these two rankings (rank band, number of participants and, where applicable, score out of 100) are detailed below.
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = 'classements';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$rankings$en$, slug from page where area = 'UNIVERSITE' and slug = 'classements';

-- /universite/developpement-durable -> /en/university/sustainability
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Sustainable development and social responsibility$en$, title from page where area = 'UNIVERSITE' and slug = 'developpement-durable';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$UPHF aims to become a socially responsible university by 2030: its ambition, its actions, its Sustainable Development and Social Responsibility unit and the DDEP Club Charter.$en$, description from page where area = 'UNIVERSITE' and slug = 'developpement-durable';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
**A sustainable and inclusive university.**

The Université Polytechnique Hauts-de-France aims to become a socially responsible university by 2030.

## The ambition

Through carrying out the university’s missions, the aim is at the same time to:

- Preserve our environment
- Foster social cohesion
- Promote a responsible economy (with a positive environmental and social impact)

## The actions

The actions of the Université Polytechnique Hauts-de-France are structured around several areas:

- governance and a strategy that systematically include Sustainable Development and Social Responsibility issues in its decisions, its communication and its purchasing policy
- raising the awareness of the community, and training suited to students’ needs in Sustainable Development and Social Responsibility
- setting up ethical research that measures its impact and its effects in terms of public policy
- drawing up a mobility plan, sorting and reducing waste, measuring greenhouse gas emissions, preserving biodiversity
- implementing a social and inclusive policy towards all members of the community

## How it works

The Université Polytechnique Hauts-de-France acts through its Sustainable Development and Social Responsibility unit. The unit supports the implementation of the institution’s actions and works thanks to the participation of the whole university community and of external partners.

To contact the unit, use the address given below.

## The DDEP Club Charter

In December 2022, the university signed the Charter of the Sustainable Development Club of Public Institutions and Public Companies (Club DDEP).

By doing so, the institution undertakes to:

- Carry out strategic reflection on sustainable development to identify its own issues, share them and set its objectives within its specific areas of competence,
- Translate this reflection into its policy (define its projects, its management and the way it reports, involve its staff and the various stakeholders and interested parties),
- Draw up a strategic sustainable development document setting out its commitments, circulated widely both internally and externally, and report on the social and environmental consequences of its activities in its annual report,
- Build and steer an action plan within the framework of its strategic document, making it possible to integrate the governance and implementation principles defined beforehand.
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = 'developpement-durable';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$sustainability$en$, slug from page where area = 'UNIVERSITE' and slug = 'developpement-durable';

-- /universite/qualite -> /en/university/quality
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Quality approach$en$, title from page where area = 'UNIVERSITE' and slug = 'qualite';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Since July 2021, UPHF has been certified under the Qualiopi national quality framework for the scope Training Actions / VAE (accreditation of prior experiential learning): what this certification guarantees.$en$, description from page where area = 'UNIVERSITE' and slug = 'qualite';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
Through its certifications, UPHF makes known and recognised its quality approach, which puts the satisfaction of its users and stakeholders at the heart of its concerns and of its continuous improvement process.

## Our Qualiopi certification

Since July 2021, the Université Polytechnique Hauts-de-France (UPHF) has been certified under the RNQ QUALIOPI national framework (Référentiel national qualité, the French national quality standard; Decree No. 2019-565 of 6 June 2019) for the scope Training Actions / VAE (validation des acquis de l’expérience, the accreditation of prior experiential learning).

This certification is compulsory for vocational training organisations funded by public or pooled funds.

Valid for 3 years, it guarantees:

- The conditions under which the public is informed;
- The precise identification of the objectives of the services;
- Adaptation to the groups who benefit from them;
- The suitability of the teaching resources;
- The qualification of staff and the development of their knowledge and skills;
- The provider’s involvement and investment in its professional environment;
- The collection and consideration of the feedback and complaints made by the stakeholders in the services delivered.
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = 'qualite';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$quality$en$, slug from page where area = 'UNIVERSITE' and slug = 'qualite';

-- /universite/label-bienvenue-en-france -> /en/university/bienvenue-en-france-label
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$« Bienvenue en France » label$en$, title from page where area = 'UNIVERSITE' and slug = 'label-bienvenue-en-france';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Since 20 May 2021, UPHF has held the level 2 « Bienvenue en France » (“Welcome to France”) label, a mark of quality for the way it welcomes international students, confirmed at the end of 2023.$en$, description from page where area = 'UNIVERSITE' and slug = 'label-bienvenue-en-france';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$
On 20 May 2021, the university was awarded the level 2 « Bienvenue en France » (“Welcome to France”) label for a period of 4 years, and is one of the 120 institutions awarded the label out of the 191 taking part in the process.

The quality of the welcome given to international students is a fundamental issue for the internationalisation and attractiveness of the Université Polytechnique Hauts-de-France as a higher education institution; 12% of UPHF students are international students.

The « Bienvenue en France » label, validated by an independent committee, is a mark of quality for the arrangements the university has put in place to welcome international students.

## What the label assesses

It shows the actions taken by higher education institutions to meet the needs of this target group in the following areas:

- Quality and accessibility of information
- Quality and accessibility of welcome arrangements
- Accessibility of teaching and support in studies
- Housing and quality of campus life
- Quality of follow-up after graduation

## Level 2 of the label

Being awarded level 2 out of 3 of the label reflects UPHF’s efforts in recent years to develop services and actions for these students: a welcome desk at the Maison des Services à l’Etudiant (the student services building), integration events, an enrolment process, a housing platform, sessions held by the sous-préfecture (the local state office that deals with residence permits), etc.

Reaching level 3 will depend on improving the existing arrangements: accessibility of the website and of the programme catalogue, a student mentoring scheme, etc. At the end of 2023, the label was confirmed for UPHF at level 2.

Obtaining this label is a real tool for promotion and outreach: the institutions that obtain it gain visibility on all the websites, tools and communication media of the Campus France agency (the French national agency that promotes French higher education abroad).

Information useful to international students is gathered in the [International mobility](/en/international) section.
$en$, body_markdown from page where area = 'UNIVERSITE' and slug = 'label-bienvenue-en-france';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$bienvenue-en-france-label$en$, slug from page where area = 'UNIVERSITE' and slug = 'label-bienvenue-en-france';

-- Key figures (shown as: qualifier, value, label, (as of)) ----------------------------------
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'qualifier', $en$more than$en$, qualifier from key_figure where code = 'students';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$14,500$en$, value from key_figure where code = 'students';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$students$en$, label from key_figure where code = 'students';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'asOf', $en$September 2021$en$, as_of from key_figure where code = 'students';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$5$en$, value from key_figure where code = 'campuses';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$campuses$en$, label from key_figure where code = 'campuses';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$160$en$, value from key_figure where code = 'programmes';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$programmes$en$, label from key_figure where code = 'programmes';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$250$en$, value from key_figure where code = 'doctoral-candidates';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$doctoral candidates$en$, label from key_figure where code = 'doctoral-candidates';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$2,000$en$, value from key_figure where code = 'staff';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$staff$en$, label from key_figure where code = 'staff';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$€124M$en$, value from key_figure where code = 'budget';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$budget$en$, label from key_figure where code = 'budget';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$55 ha$en$, value from key_figure where code = 'surface';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$in area$en$, label from key_figure where code = 'surface';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'qualifier', $en$nearly$en$, qualifier from key_figure where code = 'international-students';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$1,700$en$, value from key_figure where code = 'international-students';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$foreign students$en$, label from key_figure where code = 'international-students';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'qualifier', $en$more than$en$, qualifier from key_figure where code = 'partnerships';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$200$en$, value from key_figure where code = 'partnerships';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$partnerships worldwide$en$, label from key_figure where code = 'partnerships';

insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'value', $en$12%$en$, value from key_figure where code = 'international-share';
insert into translation (object_type, object_id, field, text, source_text)
select 'key_figure', id, 'label', $en$international students$en$, label from key_figure where code = 'international-share';

-- Timeline ---------------------------------------------------------------------------------
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Creation of the Centre d’Enseignement Supérieur Scientifique (Centre for Scientific Higher Education), today the Institut des Sciences et Techniques de Valenciennes (ISTV)$en$, body from timeline_event where year = 1964 and sort_order = 1;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Creation of the Institut Universitaire de Technologie (IUT, a university institute of technology) – opening of the Mechanical Engineering department (« Génie Mécanique »)$en$, body from timeline_event where year = 1967 and sort_order = 2;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Opening of the Sales and Marketing department (« Techniques de Commercialisation »)$en$, body from timeline_event where year = 1968 and sort_order = 3;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Completion of the first buildings on Mont Houy. First research laboratory, in opto-acousto-electronics, today DOAE-IEMN-CNRS. Opening of a department of physical education and sport studies, a university restaurant and a university hall of residence. Opening of legal studies at the Collège du Hainaut: the capacité en droit (a university law diploma open to students without the baccalauréat).$en$, body from timeline_event where year = 1969 and sort_order = 4;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Status of Centre Universitaire (university centre) and creation of the Collège Littéraire Universitaire Langues et Arts (FLLASH, university college of literature, languages and arts) and of the shared continuing education service$en$, body from timeline_event where year = 1970 and sort_order = 5;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Opening of the university library and of a first-cycle programme (the first two years of university) in fine arts$en$, body from timeline_event where year = 1972 and sort_order = 6;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Opening of a first-cycle programme in applied foreign languages and creation of the Laboratoire d’Automatique Industrielle et Humaine (LAIH, laboratory of industrial and human automation)$en$, body from timeline_event where year = 1973 and sort_order = 7;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Installation of the laboratory of the “fluid mechanics” research centre$en$, body from timeline_event where year = 1974 and sort_order = 8;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Creation of the Faculté de Droit, d’Economie et de Gestion (FDEG, Faculty of Law, Economics and Management)$en$, body from timeline_event where year = 1978 and sort_order = 9;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$University status and creation of the Ecole Nationale Supérieure d’Ingénieurs de mécanique Energétique de Valenciennes (ENSIMEV, a graduate school of mechanical and energy engineering)$en$, body from timeline_event where year = 1979 and sort_order = 10;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Creation of the Cambrai branch and of the Institut de Préparation à l’Administration Générale (IPAG, an institute preparing students for careers in public administration)$en$, body from timeline_event where year = 1982 and sort_order = 11;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Opening of the Maubeuge branch$en$, body from timeline_event where year = 1983 and sort_order = 12;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Creation in Maubeuge of the Centre Régional d’Innovation et de Transfert de Technologie Céramiques Fines (CRITT, regional centre for innovation and technology transfer in fine ceramics)$en$, body from timeline_event where year = 1986 and sort_order = 13;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Creation of Valuval: a unit for the commercial development of research$en$, body from timeline_event where year = 1989 and sort_order = 14;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Creation of the Ecole d’Ingénieurs en Génie Informatique et Productique (EIGIP, a school of computer and production engineering), of the Institut Supérieur Industriel de Valenciennes (ISIV) in partnership with the Union des Industries Métallurgiques (the metal industries’ federation), of the branch of the Institut Universitaire de Formation des Maîtres (IUFM, a teacher training institute) and of the Laboratoire d’Automatique, de Mécanique et d’informatique Industrielles et Humaines (laboratory of industrial and human automation, mechanics and computer science)$en$, body from timeline_event where year = 1992 and sort_order = 15;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Opening of the Tertiales campus, which houses the Institut d’Administration des Entreprises (IAE, the university’s business school) and the IPAG, of the Faculté des Sciences et des Métiers du Sport (FSMS, Faculty of Sport Sciences and Professions) and of the Centre Technologique en Transports Terrestres (C3T, land transport technology centre)$en$, body from timeline_event where year = 1995 and sort_order = 16;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Valutec SA: creation of the university’s subsidiary to promote technology transfer$en$, body from timeline_event where year = 1999 and sort_order = 17;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Creation of the Ecole Nationale Supérieure d’Ingénieurs en Informatique, Automatique, Mécanique, Energétique et Electronique (ENSIAME, a graduate engineering school): merger of ENSIMEV and EIGIP. The university is one of the first in Europe to harmonise its degrees within the LMD framework (Licence-Master-Doctorat, the European bachelor-master-doctorate structure)$en$, body from timeline_event where year = 2002 and sort_order = 18;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Inauguration of the tramway and its 3 stops on the university campus$en$, body from timeline_event where year = 2006 and sort_order = 19;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$“Sustainable transport” innovative campus label$en$, body from timeline_event where year = 2008 and sort_order = 20;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Setting-up of the Hubhouse business creation space on the Mont Houy campus$en$, body from timeline_event where year = 2012 and sort_order = 21;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Inauguration of the new Maubeuge university campus and of the Campus International sur la Sécurité et l’Intermodalité dans les Transports (CISIT, International Campus on Safety and Intermodality in Transport), the first building of the Transalley technology park$en$, body from timeline_event where year = 2013 and sort_order = 22;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$Laying of the foundation stone of the business centre of the Transalley technology park, « Mobilium », and of the future centre of excellence in digital images and media, « creative mine », on the Arenberg site$en$, body from timeline_event where year = 2014 and sort_order = 23;
insert into translation (object_type, object_id, field, text, source_text)
select 'timeline_event', id, 'body', $en$On the Mont Houy campus, the Institut International des Mobilités (IIM, International Institute of Mobility) comes into being. It houses the Institut d’Administration des Entreprises (IAE - ISH) and the Institut des Mobilités et Transports Durables (Institute of Mobility and Sustainable Transport).$en$, body from timeline_event where year = 2019 and sort_order = 24;

-- Rankings (the widget groups results by ranking name and year: one English name per ranking) --
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education World University Rankings$en$, ranking from ranking_result where year = 2022 and goal_number is null;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$1001-1200$en$, band from ranking_result where year = 2022 and goal_number is null;

insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education – Impact ranking$en$, ranking from ranking_result where year = 2021 and goal_number = 4;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'goalLabel', $en$quality education$en$, goal_label from ranking_result where year = 2021 and goal_number = 4;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$301-400$en$, band from ranking_result where year = 2021 and goal_number = 4;

insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education – Impact ranking$en$, ranking from ranking_result where year = 2021 and goal_number = 5;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'goalLabel', $en$gender equality$en$, goal_label from ranking_result where year = 2021 and goal_number = 5;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$401-600$en$, band from ranking_result where year = 2021 and goal_number = 5;

insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education – Impact ranking$en$, ranking from ranking_result where year = 2021 and goal_number = 7;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'goalLabel', $en$affordable and clean energy$en$, goal_label from ranking_result where year = 2021 and goal_number = 7;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$401+$en$, band from ranking_result where year = 2021 and goal_number = 7;

insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education – Impact ranking$en$, ranking from ranking_result where year = 2021 and goal_number = 9;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'goalLabel', $en$industry, innovation and infrastructure$en$, goal_label from ranking_result where year = 2021 and goal_number = 9;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$401-600$en$, band from ranking_result where year = 2021 and goal_number = 9;

insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education – Impact ranking$en$, ranking from ranking_result where year = 2021 and goal_number = 10;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'goalLabel', $en$reduced inequalities$en$, goal_label from ranking_result where year = 2021 and goal_number = 10;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$101-200$en$, band from ranking_result where year = 2021 and goal_number = 10;

insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education – Impact ranking$en$, ranking from ranking_result where year = 2021 and goal_number = 11;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'goalLabel', $en$sustainable cities and communities$en$, goal_label from ranking_result where year = 2021 and goal_number = 11;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$401-600$en$, band from ranking_result where year = 2021 and goal_number = 11;

insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education – Impact ranking$en$, ranking from ranking_result where year = 2021 and goal_number = 13;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'goalLabel', $en$climate action$en$, goal_label from ranking_result where year = 2021 and goal_number = 13;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$301-400$en$, band from ranking_result where year = 2021 and goal_number = 13;

insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'ranking', $en$Times Higher Education – Impact ranking$en$, ranking from ranking_result where year = 2021 and goal_number = 17;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'goalLabel', $en$partnerships for the goals$en$, goal_label from ranking_result where year = 2021 and goal_number = 17;
insert into translation (object_type, object_id, field, text, source_text)
select 'ranking_result', id, 'band', $en$401-600$en$, band from ranking_result where year = 2021 and goal_number = 17;

-- English translations (table translation) of the CAMPUS and EUNICE pages and of every row of campus and eunice_partner (issue 12).
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Our campuses$en$, title from page where area = 'CAMPUS' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$UPHF's five sites: Valenciennes – Mont Houy, Valenciennes – Les Tertiales-Ronzier, Cambrai, Maubeuge and Arenberg; green campuses, equipped for sport and served by public transport.$en$, description from page where area = 'CAMPUS' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$UPHF welcomes its students on five sites: two campuses in Valenciennes, Mont Houy and Les Tertiales-Ronzier, the Cambrai and Maubeuge campuses, and the Arenberg site, in Wallers-Arenberg.

These are green campuses, with many sports facilities and picnic areas, served by public transport; the Mont Houy campus has had its own tramway since 2006. For everything about student life, the campuses and the university's location at the heart of Europe, see [why study at UPHF](/en/university/why-uphf).

Below you will find the page of each campus.$en$, body_markdown from page where area = 'CAMPUS' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$The EUNICE alliance$en$, title from page where area = 'EUNICE' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$UPHF is a member of EUNICE, an alliance of ten European universities co-funded by Erasmus+: its ambitions, its status as an AISBL (international non-profit association) and the opportunities it offers to students, staff and partners.$en$, description from page where area = 'EUNICE' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Université Polytechnique Hauts-de-France is a member of EUNICE, an alliance of ten European higher education institutions working to build a new European university. The aim of this alliance is to bring about a paradigm shift from traditional higher education to personalised and flexible higher education, through inter-university mobility.

EUNICE aims to be innovative, committed, open and multicultural.

## A European University since 2020

Since 9 July 2020, Université Polytechnique Hauts-de-France has been part of the very exclusive club of European Universities through the EUNICE project (European UNIversity for Customised Education), selected by the European Commission.

## Ten universities, shared values

EUNICE is an alliance of ten European higher education institutions working together to become a new European university. It promotes European values and identity in order to foster the quality and competitiveness of European higher education.

These ten universities share the same European values and the belief that a strong and open Europe is where the next generations will be ready to face and solve global challenges. These universities are committed to educating their students and to the sustainable economic development of their respective regions, as well as to cutting-edge research at European and international level.

Discover [the ten partner universities](/en/eunice/partners).

## Network, status and funding

The alliance is driven by the intellectual and infrastructural contribution of the partner universities, including Université Polytechnique Hauts-de-France. The result is a strong network of interactions between the institutions, industry and business partners, as well as other social, cultural, artistic and sporting actors.

Since November 2022, the alliance has officially had the status of an AISBL (association internationale sans but lucratif, an international non-profit association). It is co-funded by the European Union's Erasmus+ programme.

## EUNICE opportunities

As a member institution of the EUNICE alliance of European universities, UPHF offers its students, staff and partners many opportunities.

Opportunities for everyone:

- **[Students](/en/eunice/students)**: Many possibilities are open to the alliance's students: study and internships abroad, online and in-person courses, sports and cultural activities...
- **[Staff](/en/eunice/staff)**: Teaching and administrative staff can take advantage of various EUNICE opportunities: language courses, MOOCs, Erasmus+ mobility at a partner university...
- **International relations**: The Peer-IR-View project developed by the alliance aims to improve knowledge management in the field of international relations in higher education…
- **[Research](/en/eunice/business-and-research)**: REUNICE, the alliance's research project, aims to promote cooperation between universities and with other sectors, through various tools and events.$en$, body_markdown from page where area = 'EUNICE' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Business and research$en$, title from page where area = 'EUNICE' and slug = 'entreprises-et-recherche';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$The EUNICE alliance's network of partners, the recruitment of European students by companies, and the scientific events of the Reunice project.$en$, description from page where area = 'EUNICE' and slug = 'entreprises-et-recherche';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$business-and-research$en$, slug from page where area = 'EUNICE' and slug = 'entreprises-et-recherche';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$## Partners and businesses

The EUNICE university alliance benefits from a strong network of European partners made up of companies and players from industry and research, but also other social, cultural, artistic and sporting actors. All of these partners can benefit from the strength of the EUNICE network.

## Recruiting European students

UPHF's partner companies can submit their internship offers on the EUNICE international internship platform. This gives them visibility across Europe and so helps them attract candidates with a wide range of skills and backgrounds.

## Research events

In October 2021, EUNICE launched Reunice (EUNICE Research), a project funded by the European Union's H2020 research and innovation programme to align research and innovation agendas within the EUNICE alliance.

This project aims to promote cooperation between the universities and with other sectors in order to improve the quality and competitiveness of the activities developed within EUNICE. Find out more about Reunice.

As part of Reunice, each university hosts one or more scientific dissemination events at its institution. UPHF thus hosted, from 27 to 29 June 2023, the Workshop for Multi-Functional Materials, organised by the Pôle Matériaux Transfrontalier UMONS-UPHF (the cross-border materials research centre of UMONS, the University of Mons, and UPHF) and open to the partners of the EUNICE alliance.$en$, body_markdown from page where area = 'EUNICE' and slug = 'entreprises-et-recherche';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Opportunities for students$en$, title from page where area = 'EUNICE' and slug = 'etudiants';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Study and intensive programmes at a partner university, EUNICE Weeks, European online courses, the internship portal and entrepreneurship challenges: what the EUNICE alliance offers UPHF students.$en$, description from page where area = 'EUNICE' and slug = 'etudiants';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$students$en$, slug from page where area = 'EUNICE' and slug = 'etudiants';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$EUNICE offers students of the partner universities the opportunity to personalise their studies by including European online and on-site modules, mobility periods (internship or study), and cultural, sporting and entrepreneurial activities.

## Studying at a European partner

Whatever their level of study, UPHF students can spend one or two semesters at one of the partner universities and receive financial aid for their mobility. [Find out more](/en/international/study-abroad).

Every year, the EUNICE alliance also offers its students various Erasmus+ Blended Intensive Programmes (BIP) on a range of topics. These programmes, which include a virtual learning phase and an on-site phase of 5 to 30 days, allow students to take part in short mobility periods at a partner university.

## Sports and cultural activities

Every year the EUNICE Weeks are organised: a series of cultural events, conferences, sports tournaments and mobility fairs, in which students and, more broadly, the whole university community are invited to take part.

This academic year, the EUNICE Weeks took place from 23 October to 30 November 2023. More information on the programme of the 2023 edition.

## European online courses

Each semester, the EUNICE course catalogue is renewed to include many online modules on various topics: foreign languages, science and technology, management, business... See the course catalogue.

There are three formats of online EUNICE courses:

- Online live course
- Online self-study course
- Massive Open Online Course (MOOC) \*

Each module is worth a variable number of ECTS credits (the European credits that measure study workload). These credits may be awarded to students under certain conditions and with the prior agreement of their academic supervisor.

Any student wishing to apply for a EUNICE course should read the Study Guide available on the relevant page of the EUNICE website.

\* The MOOC on “Introduction to Global Studies” will be open to students and to the general public until 15 June 2024. Find out more.

Applications for EUNICE courses for the second semester of 2023-2024 are now closed. The next registration session will open in September 2024 for the EUNICE modules of the 2024-2025 academic year.

## Internship in a partner company

The EUNICE international internship portal presents more than 200 internship and thesis offers to the alliance's students. Go to the portal.

UPHF students can apply for the offers on the portal (excluding internships in France).

## Entrepreneurship activities and challenges

The EUNICE alliance regularly offers its students the opportunity to take part in inter-university entrepreneurship challenges. The aim of these competitions is to bring together students from the EUNICE universities by giving them experience of teamwork and coordination in an interdisciplinary and multicultural environment.$en$, body_markdown from page where area = 'EUNICE' and slug = 'etudiants';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$The partner universities$en$, title from page where area = 'EUNICE' and slug = 'partenaires';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$The ten European universities of the EUNICE alliance, with their city and country.$en$, description from page where area = 'EUNICE' and slug = 'partenaires';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$partners$en$, slug from page where area = 'EUNICE' and slug = 'partenaires';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$The ten European partner universities are:$en$, body_markdown from page where area = 'EUNICE' and slug = 'partenaires';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Opportunities for staff$en$, title from page where area = 'EUNICE' and slug = 'personnel';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Erasmus+ mobility to the alliance's universities, training modules open to staff, and the call for proposals for EUNICE courses or events.$en$, description from page where area = 'EUNICE' and slug = 'personnel';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$staff$en$, slug from page where area = 'EUNICE' and slug = 'personnel';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$## Erasmus+ mobility

As members of the UPHF university community, academic and administrative staff also have access to many EUNICE benefits: Erasmus+ mobility, multidisciplinary modules, the possibility of proposing a EUNICE course or activity...

UPHF staff can go on a mobility period in Europe (or outside Europe) through the Erasmus+ programme.

During the academic year, the International Relations Office (Pôle de Relations Internationales) runs several calls for applications, available on the intranet. As the EUNICE member universities are privileged partners of UPHF, staff Erasmus+ mobility to one of these institutions is strongly encouraged.

Types of mobility, funding and conditions: see the page [Erasmus+ mobility for staff](/en/international/staff).

## Modules open to staff

Staff of the EUNICE alliance are also invited to train or strengthen certain skills through dedicated modules.

In this 2023-2024 academic year, most language courses were open to staff members (see the EUNICE 2023-2024 course catalogue).

In addition, EUNICE offers staff of the ten partner universities the opportunity to take certain online modules, such as the MOOC (Massive Open Online Course) Introduction to Global Studies, available online until 15 June 2024.

## Call for proposals

Do you teach at UPHF and would like to co-create a course with a partner of the alliance? Are you organising an event and would like to invite colleagues from the EUNICE member universities?

The EUNICE team can help you get in touch with partners of the alliance.

For any proposal, please contact the EUNICE team at <eunice@uphf.fr>. We will get back to you as soon as possible.$en$, body_markdown from page where area = 'EUNICE' and slug = 'personnel';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'name', $en$Valenciennes – Mont Houy campus$en$, name from campus where slug = 'mont-houy';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'city', $en$Valenciennes$en$, city from campus where slug = 'mont-houy';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'summary', $en$The Mont Houy campus, in Valenciennes, is home to the university's first buildings (1969), the tramway and its three stops, the Hubhouse (the university's entrepreneurship centre) and the Institut International des Mobilités (International Institute for Mobility).$en$, summary from campus where slug = 'mont-houy';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'name', $en$Valenciennes – Les Tertiales-Ronzier campus$en$, name from campus where slug = 'tertiales-ronzier';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'city', $en$Valenciennes$en$, city from campus where slug = 'tertiales-ronzier';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'summary', $en$The Tertiales campus, in Valenciennes, opened in 1995, is home in particular to the Institut d'Administration des Entreprises (IAE, the university's school of management) and IPAG (Institut de Préparation à l'Administration Générale, which prepares students for careers in public administration).$en$, summary from campus where slug = 'tertiales-ronzier';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'name', $en$Cambrai campus$en$, name from campus where slug = 'cambrai';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'city', $en$Cambrai$en$, city from campus where slug = 'cambrai';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'summary', $en$The Cambrai branch campus was created in 1982.$en$, summary from campus where slug = 'cambrai';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'name', $en$Maubeuge campus$en$, name from campus where slug = 'maubeuge';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'city', $en$Maubeuge$en$, city from campus where slug = 'maubeuge';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'summary', $en$The Maubeuge branch campus opened in 1983; the new Maubeuge university campus was inaugurated in 2013.$en$, summary from campus where slug = 'maubeuge';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'name', $en$Arenberg site$en$, name from campus where slug = 'arenberg';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'city', $en$Wallers-Arenberg$en$, city from campus where slug = 'arenberg';
insert into translation (object_type, object_id, field, text, source_text)
select 'campus', id, 'summary', $en$The Arenberg site is home to the future centre of excellence in digital images and media, “creative mine”.$en$, summary from campus where slug = 'arenberg';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$Poznan University of Technology$en$, name from eunice_partner where country_code = 'PL';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Poznań$en$, city from eunice_partner where country_code = 'PL';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Poland$en$, country from eunice_partner where country_code = 'PL';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$University of Vaasa$en$, name from eunice_partner where country_code = 'FI';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Vaasa$en$, city from eunice_partner where country_code = 'FI';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Finland$en$, country from eunice_partner where country_code = 'FI';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$University of Cantabria$en$, name from eunice_partner where country_code = 'ES';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Santander$en$, city from eunice_partner where country_code = 'ES';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Spain$en$, country from eunice_partner where country_code = 'ES';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$University of Catania$en$, name from eunice_partner where country_code = 'IT';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Catania$en$, city from eunice_partner where country_code = 'IT';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Italy$en$, country from eunice_partner where country_code = 'IT';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$University of Mons$en$, name from eunice_partner where country_code = 'BE';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Mons$en$, city from eunice_partner where country_code = 'BE';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Belgium$en$, country from eunice_partner where country_code = 'BE';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$Université Polytechnique Hauts-de-France$en$, name from eunice_partner where country_code = 'FR';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Valenciennes$en$, city from eunice_partner where country_code = 'FR';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$France$en$, country from eunice_partner where country_code = 'FR';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$Brandenburg University of Technology Cottbus-Senftenberg$en$, name from eunice_partner where country_code = 'DE';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Cottbus$en$, city from eunice_partner where country_code = 'DE';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Germany$en$, country from eunice_partner where country_code = 'DE';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$University of the Peloponnese$en$, name from eunice_partner where country_code = 'GR';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Tripoli$en$, city from eunice_partner where country_code = 'GR';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Greece$en$, country from eunice_partner where country_code = 'GR';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$Polytechnic Institute of Viseu$en$, name from eunice_partner where country_code = 'PT';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Viseu$en$, city from eunice_partner where country_code = 'PT';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Portugal$en$, country from eunice_partner where country_code = 'PT';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'name', $en$Karlstad University$en$, name from eunice_partner where country_code = 'SE';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'city', $en$Karlstad$en$, city from eunice_partner where country_code = 'SE';
insert into translation (object_type, object_id, field, text, source_text)
select 'eunice_partner', id, 'country', $en$Sweden$en$, country from eunice_partner where country_code = 'SE';

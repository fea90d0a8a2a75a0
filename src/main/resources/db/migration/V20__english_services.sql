-- English translations of the SERVICES area: its 9 pages, the contact directory (contact_point), certifications and the language resource centres (service_location).

-- Pages of the area SERVICES
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Student services$en$, title from page where area = 'SERVICES' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Languages and certifications, disability support, student entrepreneurship, recruitment and the contact directory: the services offered to UPHF students.$en$, description from page where area = 'SERVICES' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$This section presents the services offered to UPHF students:

- [the Languages and Certifications Platform](/en/services/languages) and its [two Language Resource Centres](/en/services/language-resource-centres), at Mont Houy and at the Tertiales;
- [disability support](/en/services/disability) and the Relais Handicap (the university's disability support office);
- [student entrepreneurship](/en/services/entrepreneurship): student entrepreneur status, [the Hubhouse](/en/services/hubhouse) and [the "entrepreneurship" elective module](/en/services/entrepreneurship-module);
- [recruitment](/en/services/recruitment);
- [the contact directory](/en/services/contacts), which brings together the e-mail addresses and phone numbers of the services.
$en$, body_markdown from page where area = 'SERVICES' and slug = '';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$The Languages and Certifications Platform$en$, title from page where area = 'SERVICES' and slug = 'langues';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Since 2016, the Languages and Certifications Platform has been developing language learning at UPHF: elective modules, language resource centres and certifications (Linguaskill, Bright, Voltaire, TOEIC).$en$, description from page where area = 'SERVICES' and slug = 'langues';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$languages$en$, slug from page where area = 'SERVICES' and slug = 'langues';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Since 2016, the Languages and Certifications Platform has been promoting more consistent language teaching, enriched by the sharing of skills.

## A major body in language learning

The Languages and Certifications Platform has existed within the university since 2016.

It enables students to build their career plans and to train in languages “throughout their studies”.

Since then, it has been promoting more consistent language teaching, enriched by the sharing of skills, and has enabled UPHF students to build their career plans and to train in languages “throughout their studies”.

The Languages and Certifications Platform is part of an educational and scientific strategy that falls within the policy of the university's strategic plan, as part of the harmonisation of language learning at UPHF requested by the Ministry of Higher Education and Research.

For both initial education and continuing education, the Languages and Certifications Platform is the main place where a language teaching policy and a teaching approach in this field are put into practice.

## Elective modules

The Languages and Certifications Platform runs several of the elective modules offered by UPHF: LSCMI (learning Chinese, Japanese, Russian, Dutch, Arabic, Italian, Portuguese, German), Preparation for the Voltaire certification, Preparation for the TOEIC, TOEIC and You, Ch’ti Picard (the regional language of northern France), Improve your English skills online, Learning FLE (French as a foreign language), American civilisation...

The Languages and Certifications Platform also sets up language courses open to the business world.

## Two Language Resource Centres (CRL)

Students work there on the languages of their choice and take part in conversation workshops: locations and opening hours are on the [Language Resource Centres](/en/services/language-resource-centres) page.

## Certifications

The missions of the Languages and Certifications Platform are to develop the learning of foreign languages, to help learners strengthen their knowledge and to register them for the various certifications offered by UPHF.
$en$, body_markdown from page where area = 'SERVICES' and slug = 'langues';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Language resource centres$en$, title from page where area = 'SERVICES' and slug = 'centres-de-ressources-en-langues';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$The two Language Resource Centres (CRL) of the Languages and Certifications Platform, at Mont Houy and at the Tertiales: personalised programmes, conversation workshops, opening hours and locations.$en$, description from page where area = 'SERVICES' and slug = 'centres-de-ressources-en-langues';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$language-resource-centres$en$, slug from page where area = 'SERVICES' and slug = 'centres-de-ressources-en-langues';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$The Languages and Certifications Platform houses two Language Resource Centres (CRL, from the French « Centres de Ressources en Langues »), where students are welcomed every day from 8.30am to 4pm: one CRL on the Mont Houy site and one on the Tertiales site. In the CRLs, students can work on the modern languages of their choice and follow a personalised programme to perfect their language skills according to the Common European Framework of Reference for Languages (CEFR).

## Conversation workshops

Students can also take part in conversation workshops: a fun and lively way to practise languages with energetic and skilled tutors. These conversation workshops cover current affairs, cinema or any other topic raised during the discussions.

## Opening hours and access

The Language Resource Centres are open access from Monday 8.30am to Thursday 4.30pm without a break.

- The Mont Houy CRL is in the Matisse building, on the ground floor (opposite lecture theatre 150)
- The Tertiales CRL is in the Tertiales building, on the second floor.

The certifications on offer are presented on the page of [the Languages and Certifications Platform](/en/services/languages).
$en$, body_markdown from page where area = 'SERVICES' and slug = 'centres-de-ressources-en-langues';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Disability support$en$, title from page where area = 'SERVICES' and slug = 'handicap';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Personalised support for students with disabilities at UPHF: the Relais Handicap (disability support office), the support plan for students with disabilities (« Plan d'Accompagnement de l'Etudiant en situation de Handicap », PAEH), the student guide and re-enrolment.$en$, description from page where area = 'SERVICES' and slug = 'handicap';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$disability$en$, slug from page where area = 'SERVICES' and slug = 'handicap';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$UPHF is committed to welcoming its students with disabilities and giving them personalised support throughout their studies.

## Getting help from the Relais Handicap

Students with disabilities can benefit from various adjustments, for classes, the programme of study and/or examinations. The adjustments are personalised and are intended to compensate for their disability.

Any student enrolled at the Université Polytechnique Hauts-de-France who has a disability or health difficulties, whatever their nature (motor, psychological, sensory, disabling, ...) and duration, can get help from the Relais Handicap (the university's disability support office) with the procedures, and in particular with declaring their disability, if they wish and in complete confidentiality.

To do so, students should contact the Relais Handicap as soon as possible (before, during or after enrolment, from the start of the academic year), in order to start their application for a PAEH (« Plan d'Accompagnement de l'Etudiant en situation de Handicap », a support plan for students with disabilities).

Once the application has been examined, the disability officer of the student's faculty or institute will put the agreed adjustments in place.

## Guide for students with disabilities at UPHF

This guide has several parts:

- Definition of disability
- The people who are there to listen to you
- Personalised support from admission onwards (before enrolment and throughout the programme)
- Adjustments to give you every chance of success (studies and examinations)
- Easier access to knowledge (university library, digital platform, accessibility of buildings)
- Life on campus
- Support in approaching your first job

## Re-enrolment

Any student who has had adjustments in previous years at UPHF must request their renewal at the start of each new academic year.

Students who have a PAEH valid for their whole programme must also report to the Relais Handicap at the start of the year. This validity will allow the student to benefit from the adjustments without seeing the doctor of the SSU (student health service) again, unless changes require the adjustments to be modified.

If the student changes programme, however, they will have to renew their PAEH completely.

## Contacting the Relais Handicap

The Relais Handicap coordinates the various actions in support of students with disabilities. It ensures continuity with the faculties and institutes.
$en$, body_markdown from page where area = 'SERVICES' and slug = 'handicap';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Student entrepreneurship$en$, title from page where area = 'SERVICES' and slug = 'entrepreneuriat';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Starting or taking over a business during your studies: the National Student Entrepreneur Status (SNEE), the Student Entrepreneur Diploma (D2E), the Hubhouse and the "entrepreneurship" elective module.$en$, description from page where area = 'SERVICES' and slug = 'entrepreneuriat';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$entrepreneurship$en$, slug from page where area = 'SERVICES' and slug = 'entrepreneuriat';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$To start or take over a business during your studies, UPHF offers you the student entrepreneur status and diploma presented below, support from the [Hubhouse](/en/services/hubhouse) (the university's student entrepreneurship centre) and the ["entrepreneurship" elective module](/en/services/entrepreneurship-module).

## The National Student Entrepreneur Status (SNEE) and the Student Entrepreneur Diploma (D2E)

Student entrepreneur status promotes the entrepreneurial spirit among students and helps them build their path towards carrying out an entrepreneurial project.

### The status

The National Student Entrepreneur Status (« Statut National Étudiant Entrepreneur », SNEE) encourages entrepreneurship among students and recent graduates, and is available everywhere in France through one of the PEPITE centres (student hubs for innovation, technology transfer and entrepreneurship).

This status allows any student to build and develop their entrepreneurial project with tailored support. It is open to students and recent graduates from baccalauréat level (the French secondary-school leaving qualification) upwards.

### The diploma

The Student Entrepreneur Diploma (« Diplôme Étudiant Entrepreneur », D2E) enables students to carry out their project with as much security and visibility as possible. The D2E takes one academic year.

More information: [www.pepite-france.fr](https://www.pepite-france.fr)

### Two tutors

Throughout the programme, the student is supervised by 2 tutors:

- the academic tutor, a teacher or teacher-researcher, gives the student methodological help;
- the professional tutor, an entrepreneur or an expert in starting or taking over businesses, encourages the student in their entrepreneurial project and shares their skills and experience with them.
$en$, body_markdown from page where area = 'SERVICES' and slug = 'entrepreneuriat';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$The Hubhouse$en$, title from page where area = 'SERVICES' and slug = 'hubhouse';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$The Hubhouse informs, raises awareness among and supports students and recent graduates who want to start or take over a business, with a network of partners in Hauts-de-France.$en$, description from page where area = 'SERVICES' and slug = 'hubhouse';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$hubhouse$en$, slug from page where area = 'SERVICES' and slug = 'hubhouse';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Do you want to start or take over a business?

## Raising awareness

The Hubhouse informs and welcomes students and teaching and administrative staff, and raises their awareness of taking the initiative and of entrepreneurship. It supports and advises students and recent graduates.

- Information on the entrepreneurial ecosystem; help with the procedures for setting up a business.
- Awareness: opening minds to economic initiative by developing entrepreneurial skills.
- Introduction: taking part in a project-based activity to learn how to put ideas into shape.

## Support

The Hubhouse supports student entrepreneurs.

1. First contact: information on the support and schemes available in the region.
2. Individual support: defining a roadmap to give the project a methodical structure.
3. Training & group workshops: acquiring the knowledge and skills needed to develop an entrepreneurial mindset.
4. Networking: building, developing and networking to seize opportunities.
5. Guidance: access to the regional and national network of professionals who support business start-ups.
6. Workspace: referral to workspaces and networking spaces.

Students can also apply for [student entrepreneur status](/en/services/entrepreneurship) and take the ["entrepreneurship" elective module](/en/services/entrepreneurship-module).

## A network of partners

The Hubhouse has developed an internal and external network of business partners, teachers and teacher-researchers across Hainaut-Cambrésis and the Hauts-de-France region.

The Hubhouse has developed internal networks of “contacts in the teaching and research faculties and institutes” by identifying contact people who relay student activities and projects.

The creation of the National Student Entrepreneur Status (SNEE) also helps to raise staff awareness of entrepreneurship, through the academic tutoring of student entrepreneurs.

This is why we have set up training for staff, so that they can pass on information and refer project leaders directly to the Hubhouse.

Business partners and business-support experts from the Hauts-de-France region work together within the Hubhouse to pass on knowledge of the entrepreneurial world.

This collaborative work is a mark of trust that strengthens the Hubhouse in its missions within its area and identifies it as a key player in student entrepreneurship.

The Hubhouse is always looking for professionals to tutor our student entrepreneurs.
$en$, body_markdown from page where area = 'SERVICES' and slug = 'hubhouse';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$The "entrepreneurship" elective module$en$, title from page where area = 'SERVICES' and slug = 'module-entrepreneuriat';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$An awareness module open from Licence (bachelor's degree) to Doctorat (PhD) level, to discover the business world and starting or taking over a business, and to test your entrepreneurial spirit with the Hubhouse.$en$, description from page where area = 'SERVICES' and slug = 'module-entrepreneuriat';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$entrepreneurship-module$en$, slug from page where area = 'SERVICES' and slug = 'module-entrepreneuriat';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$This awareness module aims to introduce students to the business world and how it works, to starting or taking over a business and its different stages, and to let them test their entrepreneurial spirit.

## Skills to be acquired

- Being able to understand how a business is organised and how it operates.
- Being able to set up a project to start a business.
- Being able to carry out a market study and draw up an operating budget.

## Target audience and prerequisites

All programmes of all faculties and institutes, from Licence (bachelor's degree) to Doctorat (PhD), every semester.

## Conditions

Course enrolment takes place at the start of each university semester. It is only possible once administrative enrolment has been completed.

The student must take part in the activities run by the [Hubhouse](/en/services/hubhouse), the university's student entrepreneurship centre (conferences, challenges, creativity sessions, ...). Depending on the period, it is possible to sign up for activities organised at regional level (equivalent to 18 hours).

To obtain the credits, the student will write a report on these entrepreneurial activities.

They must show their entrepreneurial path during this module: skills acquired, degree of initiative... and draw up a project to start or take over a business.
$en$, body_markdown from page where area = 'SERVICES' and slug = 'module-entrepreneuriat';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Recruitment$en$, title from page where area = 'SERVICES' and slug = 'recrutement';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Job vacancies at the Université Polytechnique Hauts-de-France are published on the page uphf.fr/universite/recrutements.$en$, description from page where area = 'SERVICES' and slug = 'recrutement';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$recruitment$en$, slug from page where area = 'SERVICES' and slug = 'recrutement';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$For recruitment, please see the following page: [uphf.fr/universite/recrutements](https://www.uphf.fr/universite/recrutements)
$en$, body_markdown from page where area = 'SERVICES' and slug = 'recrutement';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Contact directory$en$, title from page where area = 'SERVICES' and slug = 'contacts';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$All the e-mail addresses and phone numbers of UPHF's services, sorted by service.$en$, description from page where area = 'SERVICES' and slug = 'contacts';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$contacts$en$, slug from page where area = 'SERVICES' and slug = 'contacts';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$This directory brings together all the e-mail addresses and phone numbers published on this site, sorted by service.
$en$, body_markdown from page where area = 'SERVICES' and slug = 'contacts';

-- Contact points (each e-mail address is unique); the same French service always gets the same English name
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$Sustainable Development and Social Responsibility Unit$en$, service from contact_point where email = 'ddrs@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$The university's approach to sustainable development and social responsibility$en$, label from contact_point where email = 'ddrs@uphf.fr';

insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$Student Administration – transfers$en$, service from contact_point where email = 'transfert-scolarite@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Further information on transferring your university file$en$, label from contact_point where email = 'transfert-scolarite@uphf.fr';

insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$Relais Handicap (disability support office)$en$, service from contact_point where email = 'relaishandicap@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Declaring a disability, adjustments and the support plan for students with disabilities (PAEH)$en$, label from contact_point where email = 'relaishandicap@uphf.fr';

insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$EUNICE office$en$, service from contact_point where email = 'eunice@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Proposals for courses or events with the alliance's partner universities$en$, label from contact_point where email = 'eunice@uphf.fr';

insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International Relations Office$en$, service from contact_point where email = 'international_out@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Information on outgoing mobility within exchange programmes$en$, label from contact_point where email = 'international_out@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International Relations Office$en$, service from contact_point where email = 'international_in@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Information on incoming mobility within exchange programmes$en$, label from contact_point where email = 'international_in@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International Relations Office$en$, service from contact_point where email = 'erasmus@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Information on Erasmus+ agreements$en$, label from contact_point where email = 'erasmus@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International Relations Office$en$, service from contact_point where email = 'erasmus-staff@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Information on staff mobility$en$, label from contact_point where email = 'erasmus-staff@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International Relations Office$en$, service from contact_point where email = 'pri@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Information on agreements outside Europe and other agreements$en$, label from contact_point where email = 'pri@uphf.fr';

insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International relations offices in the institutes$en$, service from contact_point where email = 'international@insa-hdf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$National Institute of Applied Sciences – INSA Hauts-de-France$en$, label from contact_point where email = 'international@insa-hdf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International relations offices in the institutes$en$, service from contact_point where email = 'iut-ri@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$University Institute of Technology – IUT$en$, label from contact_point where email = 'iut-ri@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International relations offices in the institutes$en$, service from contact_point where email = 'ish.mobilites.dap@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Institute of Societies and Humanities – ISH: Law and Public Administration academic unit (UA)$en$, label from contact_point where email = 'ish.mobilites.dap@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International relations offices in the institutes$en$, service from contact_point where email = 'ish.mobilites.iae@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Institute of Societies and Humanities – ISH: IAE academic unit (UA, school of management)$en$, label from contact_point where email = 'ish.mobilites.iae@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International relations offices in the institutes$en$, service from contact_point where email = 'ish.mobilites.lla@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Institute of Societies and Humanities – ISH: Literature, Languages and Arts academic unit (UA)$en$, label from contact_point where email = 'ish.mobilites.lla@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$International relations offices in the institutes$en$, service from contact_point where email = 'ish.mobilites.ehgs@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Institute of Societies and Humanities – ISH: Economics, History, Geography and Societies academic unit (UA)$en$, label from contact_point where email = 'ish.mobilites.ehgs@uphf.fr';

insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$Careers and Employment Office (BAIP)$en$, service from contact_point where email = 'stage-emploi@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Internship agreement for an internship abroad$en$, label from contact_point where email = 'stage-emploi@uphf.fr';

insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'service', $en$UPHF EURAXESS Centre$en$, service from contact_point where email = 'euraxess@uphf.fr';
insert into translation (object_type, object_id, field, text, source_text)
select 'contact_point', id, 'label', $en$Welcome for international doctoral students, researchers and teaching staff: visa, residence permit, health insurance, bank account, accommodation$en$, label from contact_point where email = 'euraxess@uphf.fr';

-- Certifications
insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'name', $en$Cambridge Linguaskill$en$, name from certification where name = 'Cambridge Linguaskill';
insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'description', $en$Workplace language test and flexible, multilingual assessment tool; in English only$en$, description from certification where name = 'Cambridge Linguaskill';
insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'frequency', $en$One session every month$en$, frequency from certification where name = 'Cambridge Linguaskill';

insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'name', $en$Bright$en$, name from certification where name = 'Bright';
insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'description', $en$Level assessment test, in 11 languages$en$, description from certification where name = 'Bright';
insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'frequency', $en$One session every month$en$, frequency from certification where name = 'Bright';

insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'name', $en$Voltaire$en$, name from certification where name = 'Voltaire';
insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'description', $en$Spelling certification whose aim is to certify the level of mastery of the difficulties of the French language$en$, description from certification where name = 'Voltaire';

insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'name', $en$TOEIC$en$, name from certification where name = 'TOEIC';
insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'description', $en$Certification serving as a common reference for assessing and comparing the workplace language skills of people whose native language is not English$en$, description from certification where name = 'TOEIC';
insert into translation (object_type, object_id, field, text, source_text)
select 'certification', id, 'frequency', $en$Several sessions are held during the year$en$, frequency from certification where name = 'TOEIC';

-- Language resource centres (service_location)
insert into translation (object_type, object_id, field, text, source_text)
select 'service_location', id, 'name', $en$Mont Houy CRL$en$, name from service_location where name = 'CRL du Mont Houy';
insert into translation (object_type, object_id, field, text, source_text)
select 'service_location', id, 'service', $en$Languages and Certifications Platform$en$, service from service_location where name = 'CRL du Mont Houy';
insert into translation (object_type, object_id, field, text, source_text)
select 'service_location', id, 'location', $en$Matisse building, ground floor (opposite lecture theatre 150)$en$, location from service_location where name = 'CRL du Mont Houy';
insert into translation (object_type, object_id, field, text, source_text)
select 'service_location', id, 'hours', $en$Staffed every day from 8.30am to 4pm; open access from Monday 8.30am to Thursday 4.30pm without a break$en$, hours from service_location where name = 'CRL du Mont Houy';

insert into translation (object_type, object_id, field, text, source_text)
select 'service_location', id, 'name', $en$Tertiales CRL$en$, name from service_location where name = 'CRL des Tertiales';
insert into translation (object_type, object_id, field, text, source_text)
select 'service_location', id, 'service', $en$Languages and Certifications Platform$en$, service from service_location where name = 'CRL des Tertiales';
insert into translation (object_type, object_id, field, text, source_text)
select 'service_location', id, 'location', $en$Tertiales building, second floor$en$, location from service_location where name = 'CRL des Tertiales';
insert into translation (object_type, object_id, field, text, source_text)
select 'service_location', id, 'hours', $en$Staffed every day from 8.30am to 4pm; open access from Monday 8.30am to Thursday 4.30pm without a break$en$, hours from service_location where name = 'CRL des Tertiales';

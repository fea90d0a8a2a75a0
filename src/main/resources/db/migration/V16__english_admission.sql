-- English translations (issue 12) of the admission pages (area ADMISSION), the application platforms and the rules of the « Où candidater ? » guide.

-- Pages of area ADMISSION

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Apply and enrol$en$, title from page where area = 'ADMISSION' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$The three steps to join UPHF: application, administrative enrolment and course enrolment, as well as the transfer of your university file and work-study training.$en$, description from page where area = 'ADMISSION' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Enrolment or transfer procedure: this section presents each step of your arrival at UPHF, the request to [transfer your university file](/en/admissions/transfer) to another university, and [work-study training](/en/admissions/work-study).

## The three steps to join UPHF

- STEP 1: [Application or pre-registration](/en/admissions/platforms) with the institute that runs the programme - from December to September depending on the programme
- STEP 2: [Administrative enrolment](/en/admissions/administrative-enrolment) - from July
- STEP 3: [Course enrolment](/en/admissions/course-enrolment) with the programme's administrative office.$en$, body_markdown from page where area = 'ADMISSION' and slug = '';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Application platforms$en$, title from page where area = 'ADMISSION' and slug = 'plateformes';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Parcoursup, Mon Master, eCandidat, applications from international students, doctoral candidates and people returning to study: which platform to apply on, depending on your situation and the programme you are aiming for.$en$, description from page where area = 'ADMISSION' and slug = 'plateformes';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Applying is the first of the [three steps to join UPHF](/en/admissions). You apply on a platform that depends on your situation and on the programme you are aiming for: the table at the bottom of the page presents each application platform, the applicants concerned and the programmes.

## STEP 1: Application

- Applying for the first year after the Bac (the baccalauréat, the French secondary-school leaving diploma): [Parcoursup](https://www.parcoursup.fr) (the national platform for admission to the first year of higher education)
- Students: check the pre-registration arrangements for each programme
- International students: apply as part of an exchange programme or as an individual applicant
- Doctoral candidates: follow the procedure of the Doctoral School (« École doctorale »)
- Applicants returning to study: contact the Apprenticeship and Continuing Education Service (« Service Apprentissage et Formation Continue »)

## Mon Master

Applications are submitted on the Mon Master website (the national platform for applications to Master's programmes). Applicants must go directly to the platform to apply for the first year of a Master (Master 1).

### Masters co-accredited by UPHF and INSA HdF

Université Polytechnique Hauts-de-France is an experimental institution (« établissement expérimental », a status under French law). As an experimental institution, it brings together component institutions, including the Institut National des Sciences Appliquées Hauts-de-France (INSA HdF, a national institute of applied sciences).

Because of this particular feature, both UPHF and INSA HdF offer you co-accredited Masters. However, only the listing of the institution in charge of running a Master offers the « Je candidate » ("I apply") button.

So, if the « Je candidate » button is missing from one institution's listing for a Master, you can apply using the other institution's listing for that Master.

### MEEF Masters

Likewise, for the MEEF Masters (Master's degrees in teaching, education and training) taught at UPHF, you must apply for the MEEF Masters of the University of Lille. You will then need to choose UPHF as your preferred teaching site.$en$, body_markdown from page where area = 'ADMISSION' and slug = 'plateformes';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$platforms$en$, slug from page where area = 'ADMISSION' and slug = 'plateformes';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Administrative enrolment$en$, title from page where area = 'ADMISSION' and slug = 'inscription-administrative';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Administrative enrolment, the second step to join UPHF, from July: secondary-school students, re-enrolment, students from another institution, international students, doctoral candidates, continuing education.$en$, description from page where area = 'ADMISSION' and slug = 'inscription-administrative';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Administrative enrolment is the second of the [three steps to join UPHF](/en/admissions); it takes place from July, after the [application](/en/admissions/platforms).

## STEP 2: Administrative enrolment

- Secondary-school students: enrol in the first year
- UPHF students re-enrolling
- Students at another institution
- You are an international student and have never been enrolled at Université Polytechnique Hauts-de-France
- You wish to become a doctoral candidate: follow the procedure of the Doctoral School (« École doctorale »)
- Continuing education: contact the administrative office of the programme concerned

The next step is [course enrolment](/en/admissions/course-enrolment).$en$, body_markdown from page where area = 'ADMISSION' and slug = 'inscription-administrative';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$administrative-enrolment$en$, slug from page where area = 'ADMISSION' and slug = 'inscription-administrative';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Course enrolment$en$, title from page where area = 'ADMISSION' and slug = 'inscription-pedagogique';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Course enrolment, the last step to join UPHF, is done by contacting the programme concerned directly.$en$, description from page where area = 'ADMISSION' and slug = 'inscription-pedagogique';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Course enrolment is the third of the [three steps to join UPHF](/en/admissions), after [administrative enrolment](/en/admissions/administrative-enrolment).

## STEP 3: Course enrolment

The last step will be course enrolment, by contacting the programme concerned directly.$en$, body_markdown from page where area = 'ADMISSION' and slug = 'inscription-pedagogique';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$course-enrolment$en$, slug from page where area = 'ADMISSION' and slug = 'inscription-pedagogique';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Transfer of your university file$en$, title from page where area = 'ADMISSION' and slug = 'transfert';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Continuing your studies at another French university: the request to transfer your university file is made online and requires a digital approval from the President of UPHF.$en$, description from page where area = 'ADMISSION' and slug = 'transfert';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Students who wish to continue their studies at another French university must request the transfer of their university file.

A transfer is generally made for enrolment for the academic year; a transfer during the year is exceptional.

## The online request

An online interface is available to you to make your departure from Université Polytechnique Hauts-de-France effective.

This online interface allows you to:

- make your request online
- receive information by e-mail on the progress of your request
- obtain a favourable or unfavourable opinion issued by the President of Université Polytechnique Hauts-de-France, in the form of a digital approval (« visa numérique »)
- print your transfer request as a PDF, once this approval has been obtained

## Validation of your file

The validation of your transfer file guarantees that you have no outstanding obligations towards Université Polytechnique Hauts-de-France (library clearance, payment of fees…) and allows the receiving institution to enrol you.

## Further information

For any question about the transfer of your file, write to the service below.$en$, body_markdown from page where area = 'ADMISSION' and slug = 'transfert';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$transfer$en$, slug from page where area = 'ADMISSION' and slug = 'transfert';

insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Work-study training$en$, title from page where area = 'ADMISSION' and slug = 'alternance';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Work-study training at UPHF: why become a work-study student, who can sign an apprenticeship contract or a professionalisation contract, and the steps to follow.$en$, description from page where area = 'ADMISSION' and slug = 'alternance';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Work-study training (« alternance ») is a training pattern that lets you develop theoretical and practical skills (in training) and apply them in the professional world (in a company).

## Why become a work-study student?

- To prepare a recognised diploma and gain a professional qualification
- To develop new skills linked to the job you are aiming for
- To make it easier to find work after your studies
- To be paid while preparing your diploma

## Who can become a work-study student?

### With an apprenticeship contract

- Young people aged 16 to 29 inclusive;
- Some groups can start an apprenticeship after the age of 29: apprentices preparing a diploma or qualification higher than the one they already hold, disabled workers, people planning to start up or take over a business, and high-level athletes.

### With a professionalisation contract

- Young people aged 16 to 25;
- Jobseekers aged 26 and over;
- Recipients of the active solidarity income (RSA), the specific solidarity allowance (ASS) or the allowance for disabled adults (AAH);
- People who have had a subsidised employment contract (« contrat aidé »).

## What are the steps to follow?

1. Check whether the programme is offered with an apprenticeship contract or a professionalisation contract.
2. Submit your application on [eCandidat](/en/admissions/platforms)
3. Approach companies in the sector of activity that matches your career plan
4. Agree with the programme director and your company on the contract and the tasks you will be given as soon as you are admitted to the programme.$en$, body_markdown from page where area = 'ADMISSION' and slug = 'alternance';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$work-study$en$, slug from page where area = 'ADMISSION' and slug = 'alternance';

-- Application platforms

insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'name', $en$Parcoursup$en$, name from application_platform where code = 'PARCOURSUP';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'audience', $en$Holders of the 2024 baccalauréat (the French secondary-school leaving diploma) or of an equivalent diploma (e.g. DAEU, a university entrance diploma, or Capacité en droit, a university law certificate, for continuing into the first year of the Licence (bachelor's degree) in law only); students of Université Polytechnique Hauts-de-France wishing to change course; students from another university wishing to change course$en$, audience from application_platform where code = 'PARCOURSUP';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'programmes', $en$First year after the baccalauréat$en$, programmes from application_platform where code = 'PARCOURSUP';

insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'name', $en$Mon Master$en$, name from application_platform where code = 'MON_MASTER';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'audience', $en$Applicants for the first year of a Master (Master 1)$en$, audience from application_platform where code = 'MON_MASTER';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'programmes', $en$Master 1, including the Masters co-accredited by UPHF and INSA HdF; MEEF Masters (teaching, education and training) taught at UPHF: apply for the MEEF Masters of the University of Lille$en$, programmes from application_platform where code = 'MON_MASTER';

insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'name', $en$eCandidat$en$, name from application_platform where code = 'ECANDIDAT';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'audience', $en$Applicants living in France$en$, audience from application_platform where code = 'ECANDIDAT';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'programmes', $en$Second year of DEUST (a two-year university diploma in science and technology), BUT (Bachelor universitaire de technologie) second or third year, Licences (bachelor's degrees) second or third year, Licences professionnelles (professional bachelor's degrees), Master second year, diplômes d'ingénieur (engineering degrees): fourth year in initial education and third and fourth years as an apprenticeship, Preparation for the Major Civil-Service Competitive Examinations and Internal Civil-Service Examinations$en$, programmes from application_platform where code = 'ECANDIDAT';

insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'name', $en$International student from a partner institution$en$, name from application_platform where code = 'ETRANGER_PARTENAIRE';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'audience', $en$International students coming from a partner institution$en$, audience from application_platform where code = 'ETRANGER_PARTENAIRE';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'programmes', $en$UPHF programmes, as part of an exchange programme$en$, programmes from application_platform where code = 'ETRANGER_PARTENAIRE';

insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'name', $en$International student applying individually$en$, name from application_platform where code = 'ETRANGER_INDIVIDUEL';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'audience', $en$International students applying as individual applicants$en$, audience from application_platform where code = 'ETRANGER_INDIVIDUEL';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'programmes', $en$UPHF programmes, as an individual applicant$en$, programmes from application_platform where code = 'ETRANGER_INDIVIDUEL';

insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'name', $en$Doctoral student$en$, name from application_platform where code = 'DOCTORANT';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'audience', $en$Doctoral candidates$en$, audience from application_platform where code = 'DOCTORANT';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'programmes', $en$Doctorat (PhD): procedure of the Doctoral School (« École doctorale »)$en$, programmes from application_platform where code = 'DOCTORANT';

insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'name', $en$Returning to study$en$, name from application_platform where code = 'REPRISE_ETUDES';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'audience', $en$Applicants returning to study$en$, audience from application_platform where code = 'REPRISE_ETUDES';
insert into translation (object_type, object_id, field, text, source_text)
select 'application_platform', id, 'programmes', $en$Continuing education: Apprenticeship and Continuing Education Service (« Service Apprentissage et Formation Continue »)$en$, programmes from application_platform where code = 'REPRISE_ETUDES';

-- Rules of the guide « Où candidater ? » (explanation, steps and contact are the answer shown to the visitor)

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Doctorat, international applicant$en$, name from orientation_rule where name = 'Doctorat, candidat international';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$To prepare a Doctorat (PhD) at UPHF, you do not go through any national platform: you follow the procedure of the Doctoral School (« École doctorale »). As an international doctoral candidate, you are welcomed by the UPHF EURAXESS Centre, which helps you with your visa, residence permit, health insurance, bank account and accommodation.$en$, explanation from orientation_rule where name = 'Doctorat, candidat international';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Apply by following the procedure of the Doctoral School.
Prepare your arrival with the EURAXESS Centre: visa, residence permit, health insurance, bank account, accommodation.
Administrative enrolment: follow the procedure of the Doctoral School.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Doctorat, candidat international';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$UPHF EURAXESS Centre (international doctoral candidates and researchers)$en$, contact from orientation_rule where name = 'Doctorat, candidat international';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Doctorat$en$, name from orientation_rule where name = 'Doctorat';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$To become a doctoral candidate at UPHF, you do not go through any national platform: you follow the procedure of the Doctoral School (« École doctorale »).$en$, explanation from orientation_rule where name = 'Doctorat';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Apply by following the procedure of the Doctoral School.
Administrative enrolment: follow the procedure of the Doctoral School.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Doctorat';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The UPHF Doctoral School$en$, contact from orientation_rule where name = 'Doctorat';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Returning to study in the first year of a Licence$en$, name from orientation_rule where name = 'Reprise d’études en 1re année de licence';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$As an applicant returning to study, you contact the Apprenticeship and Continuing Education Service (« Service Apprentissage et Formation Continue »). If you hold a diploma equivalent to the baccalauréat (the French secondary-school leaving diploma), such as the DAEU (a university entrance diploma) or the Capacité en droit (a university law certificate; for continuing into the first year of the Licence, or bachelor's degree, in law only), you can also apply on Parcoursup (the national admissions platform) like baccalauréat holders.$en$, explanation from orientation_rule where name = 'Reprise d’études en 1re année de licence';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Contact the Apprenticeship and Continuing Education Service.
If you hold the DAEU or the Capacité en droit and are aiming for the first year of the Licence in law: apply on Parcoursup.
Administrative enrolment: contact the administrative office of the programme concerned.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Reprise d’études en 1re année de licence';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$UPHF Apprenticeship and Continuing Education Service$en$, contact from orientation_rule where name = 'Reprise d’études en 1re année de licence';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Returning to study$en$, name from orientation_rule where name = 'Reprise d’études';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$As an applicant returning to study, you do not go through the platforms for students in initial education (who have not interrupted their studies): you contact the Apprenticeship and Continuing Education Service (« Service Apprentissage et Formation Continue »).$en$, explanation from orientation_rule where name = 'Reprise d’études';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Contact the Apprenticeship and Continuing Education Service.
Administrative enrolment: contact the administrative office of the programme concerned.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Reprise d’études';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$UPHF Apprenticeship and Continuing Education Service$en$, contact from orientation_rule where name = 'Reprise d’études';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$International student living outside France$en$, name from orientation_rule where name = 'Étudiant international résidant hors de France';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$As an international student living outside France, you apply as part of an exchange programme if your institution is a partner of UPHF, or as an individual applicant otherwise. eCandidat (the university's online application platform) is reserved for applicants who live in France.$en$, explanation from orientation_rule where name = 'Étudiant international résidant hors de France';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$If your institution is a partner of UPHF: apply as part of the exchange programme (incoming mobility under an exchange agreement).
Otherwise: apply as an individual applicant.
Administrative enrolment: follow the procedure for international students who have never been enrolled at UPHF, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Étudiant international résidant hors de France';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$International Relations Office (incoming mobility under exchange agreements)$en$, contact from orientation_rule where name = 'Étudiant international résidant hors de France';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Secondary-school student or baccalauréat holder: first year$en$, name from orientation_rule where name = 'Lycéen ou bachelier : 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$To enter the first year after the baccalauréat (the French secondary-school leaving diploma), you apply on Parcoursup: it is the platform for this year's baccalauréat holders and for holders of an equivalent diploma (e.g. the DAEU, a university entrance diploma, or the Capacité en droit, a university law certificate, for continuing into the first year of the Licence (bachelor's degree) in law only).$en$, explanation from orientation_rule where name = 'Lycéen ou bachelier : 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Apply on Parcoursup.
Administrative enrolment, from July: as a secondary-school student, you enrol in the first year.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Lycéen ou bachelier : 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Lycéen ou bachelier : 1re année';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Secondary-school student: programme beyond the first year$en$, name from orientation_rule where name = 'Lycéen : formation hors 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$After the baccalauréat (the French secondary-school leaving diploma), you apply for a first year (a Licence or bachelor's degree, a BUT or Bachelor universitaire de technologie, a DEUST or two-year university diploma in science and technology, or an engineering programme) on Parcoursup. The programme you are aiming for requires you to have already done some higher-education studies: check its admission requirements with its administrative office.$en$, explanation from orientation_rule where name = 'Lycéen : formation hors 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Check the admission requirements and the pre-registration arrangements of the programme.
Contact the programme's administrative office to confirm the procedure.$en$, steps from orientation_rule where name = 'Lycéen : formation hors 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Lycéen : formation hors 1re année';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Change of course into the first year$en$, name from orientation_rule where name = 'Réorientation en 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$You are already a student and wish to change course into a first year: whether you are a student at Université Polytechnique Hauts-de-France or at another university, you apply on Parcoursup (the national platform for admission to the first year of higher education).$en$, explanation from orientation_rule where name = 'Réorientation en 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Apply on Parcoursup.
Administrative enrolment, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Réorientation en 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Réorientation en 1re année';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$MEEF Master, first year$en$, name from orientation_rule where name = 'Master MEEF, 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$For the MEEF Masters (Master's degrees in teaching, education and training) taught at UPHF, you must apply for the MEEF Masters of the University of Lille, on Mon Master (the national platform for applications to Master's programmes): UPHF's listing does not offer an application. You will then need to choose UPHF as your preferred teaching site.$en$, explanation from orientation_rule where name = 'Master MEEF, 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$On Mon Master, apply for the MEEF Master of the University of Lille.
Choose UPHF as your preferred teaching site.
After admission: administrative enrolment, then course enrolment, following the instructions you receive.$en$, steps from orientation_rule where name = 'Master MEEF, 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the MEEF Master you are aiming for$en$, contact from orientation_rule where name = 'Master MEEF, 1re année';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$MEEF Master, second year$en$, name from orientation_rule where name = 'Master MEEF, 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$The MEEF Masters (Master's degrees in teaching, education and training) taught at UPHF come under the MEEF Masters of the University of Lille: you apply to the University of Lille, choosing UPHF as your preferred teaching site. Mon Master (the national platform for applications to Master's programmes) only covers the first year: to enter the second year, ask the programme for information.$en$, explanation from orientation_rule where name = 'Master MEEF, 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Check the application arrangements for the second year of the MEEF Masters of the University of Lille.
Choose UPHF as your preferred teaching site.$en$, steps from orientation_rule where name = 'Master MEEF, 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the MEEF Master you are aiming for$en$, contact from orientation_rule where name = 'Master MEEF, 2e année';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Master, first year$en$, name from orientation_rule where name = 'Master 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$To apply for the first year of a Master (Master 1), you submit your application on the Mon Master website (the national platform for applications to Master's programmes). Masters co-accredited by UPHF and INSA Hauts-de-France: only the listing of the institution in charge of running them offers the « Je candidate » ("I apply") button; if it is missing from one institution's listing for the Master, apply using the other institution's listing for that Master.$en$, explanation from orientation_rule where name = 'Master 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Apply on Mon Master, from the listing of the Master that offers the « Je candidate » button.
Administrative enrolment, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Master 1re année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the Master you are aiming for$en$, contact from orientation_rule where name = 'Master 1re année';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Diplôme d'ingénieur as an apprenticeship, third and fourth years$en$, name from orientation_rule where name = 'Diplôme d’ingénieur en apprentissage, 3e et 4e années';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$You live in France and are aiming for the third or fourth year of a diplôme d'ingénieur (engineering degree) as an apprenticeship: you apply on eCandidat (the university's online application platform).$en$, explanation from orientation_rule where name = 'Diplôme d’ingénieur en apprentissage, 3e et 4e années';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Check that the programme is offered as an apprenticeship.
Submit your application on eCandidat.
Approach companies in the sector of activity that matches your career plan.
Agree with the programme director and your company on the contract and the tasks you will be given as soon as you are admitted to the programme.$en$, steps from orientation_rule where name = 'Diplôme d’ingénieur en apprentissage, 3e et 4e années';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Diplôme d’ingénieur en apprentissage, 3e et 4e années';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Work-study training$en$, name from orientation_rule where name = 'Formation en alternance';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$For a work-study programme (apprenticeship contract or professionalisation contract), you submit your application on eCandidat (the university's online application platform), then look for a company.$en$, explanation from orientation_rule where name = 'Formation en alternance';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Check whether the programme is offered with an apprenticeship contract or a professionalisation contract.
Submit your application on eCandidat.
Approach companies in the sector of activity that matches your career plan.
Agree with the programme director and your company on the contract and the tasks you will be given as soon as you are admitted to the programme.$en$, steps from orientation_rule where name = 'Formation en alternance';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Formation en alternance';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Licence or BUT, second and third years$en$, name from orientation_rule where name = 'Licence ou BUT, 2e et 3e années';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$You live in France and are aiming for the second or third year of a Licence (bachelor's degree) or a BUT (Bachelor universitaire de technologie): you apply on eCandidat (the university's online application platform).$en$, explanation from orientation_rule where name = 'Licence ou BUT, 2e et 3e années';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Submit your application on eCandidat.
Administrative enrolment, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Licence ou BUT, 2e et 3e années';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Licence ou BUT, 2e et 3e années';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$DEUST, second year$en$, name from orientation_rule where name = 'DEUST, 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$You live in France and are aiming for the second year of a DEUST (a two-year university diploma in science and technology): you apply on eCandidat (the university's online application platform).$en$, explanation from orientation_rule where name = 'DEUST, 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Submit your application on eCandidat.
Administrative enrolment, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'DEUST, 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'DEUST, 2e année';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Licence professionnelle$en$, name from orientation_rule where name = 'Licence professionnelle';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$You live in France and are aiming for a Licence professionnelle (professional bachelor's degree): you apply on eCandidat (the university's online application platform).$en$, explanation from orientation_rule where name = 'Licence professionnelle';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Submit your application on eCandidat.
Administrative enrolment, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Licence professionnelle';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Licence professionnelle';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Master, second year$en$, name from orientation_rule where name = 'Master 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$You live in France and are aiming for the second year of a Master: you apply on eCandidat, the university's online application platform (Mon Master only covers the first year).$en$, explanation from orientation_rule where name = 'Master 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Submit your application on eCandidat.
Administrative enrolment, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Master 2e année';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the Master you are aiming for$en$, contact from orientation_rule where name = 'Master 2e année';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Diplôme d'ingénieur, fourth year in initial education$en$, name from orientation_rule where name = 'Diplôme d’ingénieur, 4e année en formation initiale';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$You live in France and are aiming for the fourth year of a diplôme d'ingénieur (engineering degree) in initial education (as a student, not as an apprentice): you apply on eCandidat (the university's online application platform).$en$, explanation from orientation_rule where name = 'Diplôme d’ingénieur, 4e année en formation initiale';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Submit your application on eCandidat.
Administrative enrolment, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Diplôme d’ingénieur, 4e année en formation initiale';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Diplôme d’ingénieur, 4e année en formation initiale';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Preparation for civil-service competitive examinations$en$, name from orientation_rule where name = 'Préparation aux concours administratifs';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$You live in France and are aiming for the Preparation for the Major Civil-Service Competitive Examinations and Internal Civil-Service Examinations: you apply on eCandidat (the university's online application platform).$en$, explanation from orientation_rule where name = 'Préparation aux concours administratifs';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Submit your application on eCandidat.
Administrative enrolment, from July.
Course enrolment: contact the programme concerned directly.$en$, steps from orientation_rule where name = 'Préparation aux concours administratifs';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Préparation aux concours administratifs';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$Applicant not living in France$en$, name from orientation_rule where name = 'Candidat ne résidant pas en France';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$eCandidat (the university's online application platform) is reserved for applicants who live in France, and the international procedures for foreign students. No platform matches your situation: contact the administrative office of the programme you are aiming for, which will tell you how to apply.$en$, explanation from orientation_rule where name = 'Candidat ne résidant pas en France';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Check the pre-registration arrangements of the programme.
Contact the programme's administrative office to find out the procedure.$en$, steps from orientation_rule where name = 'Candidat ne résidant pas en France';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Candidat ne résidant pas en France';

insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'name', $en$All other cases$en$, name from orientation_rule where name = 'Tous les autres cas';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'explanation', $en$Your situation does not match any general case: the pre-registration arrangements depend on the programme. Contact the programme's administrative office, which will tell you how to apply.$en$, explanation from orientation_rule where name = 'Tous les autres cas';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'steps', $en$Check the pre-registration arrangements of the programme.
Contact the programme's administrative office to find out the procedure.$en$, steps from orientation_rule where name = 'Tous les autres cas';
insert into translation (object_type, object_id, field, text, source_text)
select 'orientation_rule', id, 'contact', $en$The administrative office of the programme you are aiming for$en$, contact from orientation_rule where name = 'Tous les autres cas';

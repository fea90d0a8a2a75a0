-- English translations of the MOBILITE index, study-abroad, internship-abroad, financial-aid and Erasmus+ pages, and of the mobility grants, their criteria and amounts, the Erasmus+ countries and the commission dates.

-- Page: Mobilité internationale (index, /en/international)
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$International mobility$en$, title from page where area = 'MOBILITE' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Studying or doing an internship abroad, funding your mobility, coming to UPHF as a student, researcher or staff member: international mobility at UPHF.$en$, description from page where area = 'MOBILITE' and slug = '';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$UPHF has nearly 1,700 international students and more than 200 partnerships around the world.

## Going abroad

The Université Polytechnique Hauts-de-France offers its students many opportunities to go abroad, whether for an internship or a period of study, from their very first year of higher education.

Spending a period abroad during your studies lets you discover new ways of learning or of working, meet another culture and a new environment, improve your command of foreign languages and learn more about yourself.

Discover the destinations, how to apply and the funding available.

- [Studying abroad](/en/international/study-abroad)
- [Doing an internship abroad](/en/international/internship-abroad)
- [Financial aid](/en/international/financial-aid)
- [The Erasmus+ programme](/en/international/erasmus)

## Coming to UPHF

- [Welcoming international students](/en/international/international-welcome)
- [EURAXESS Centre](/en/international/euraxess): doctoral candidates, researchers, teaching staff and other staff coming to UPHF

## Staff and partners

- [Erasmus+ staff mobility](/en/international/staff)
- [International strategy](/en/international/international-strategy)
- [Contacts](/en/international/contacts)
$en$, body_markdown from page where area = 'MOBILITE' and slug = '';

-- Page: Etudier à l'étranger (/en/international/study-abroad)
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Studying abroad$en$, title from page where area = 'MOBILITE' and slug = 'etudier-a-l-etranger';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Erasmus+, BCI, exchange agreements or double degrees: the options for a period of study at a partner institution, and their advantages.$en$, description from page where area = 'MOBILITE' and slug = 'etudier-a-l-etranger';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$study-abroad$en$, slug from page where area = 'MOBILITE' and slug = 'etudier-a-l-etranger';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$As part of your university studies at UPHF, you have the opportunity to spend a period abroad, in particular a period of study at a partner institution.

## Several options

Several options are open to you for a period of study abroad:

- Go to Europe with [Erasmus+](/en/international/erasmus)
- Go to Quebec with the BCI (Bureau de coopération interuniversitaire, the exchange programme of the Quebec universities)
- Go to a partner university with which an exchange agreement has been signed
- Go abroad to study for a double degree.

### The double degree

The double degree is a particularly attractive form of exchange, for several reasons:

- You obtain two degrees: the UPHF degree and that of the partner university.
- You may find it easier to work in the partner country.

To study abroad under an international double-degree partnership, the specific conditions of the agreement concluded apply; they vary from one partnership to another.

## Why go abroad to study?

Exchange programmes let you study at a foreign partner university for a set period.

- During your stay abroad, you remain a student of UPHF / INSA Hauts-de-France and you are exempt from tuition fees at the host university (other fees may apply)
- You study subjects similar to those you would have taken in France, so that, provided you pass your exams, you can validate your French degree when you return.
- You benefit from a privileged welcome and simplified procedures.
- You may be eligible for [financial aid](/en/international/financial-aid).

## Building your mobility project

Below are the key steps for building your mobility project.

- Do not hesitate to attend the various information sessions held throughout the academic year.
- If you are already enrolled at the university, check the news on the ENT (the university's digital workspace) or the Moodle course dedicated to international mobility
- For any question about going abroad, see [the contacts of the International Relations Office (Pôle de relations internationales)](/en/international/contacts).
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'etudier-a-l-etranger';

-- Page: Effectuer un stage à l'étranger (/en/international/internship-abroad)
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Doing an internship abroad$en$, title from page where area = 'MOBILITE' and slug = 'stage-a-l-etranger';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Preparing your internship abroad, drawing up the internship agreement, declaring your mobility, planning your budget and accommodation, then the steps to take during and after the internship.$en$, description from page where area = 'MOBILITE' and slug = 'stage-a-l-etranger';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$internship-abroad$en$, slug from page where area = 'MOBILITE' and slug = 'stage-a-l-etranger';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$As part of your programme at UPHF, you can do an internship in a company abroad from your first year of higher education.

Once validated, it counts towards your French degree. An internship abroad is also an asset for the host company abroad: students bring new perspectives and expertise in their own language, for example for negotiating new markets internationally.

## 1. Preparing your internship abroad

An internship abroad is a valuable experience to highlight on your CV as a student. Here is our advice for finding one from France:

- visit the [EUNICE international internship portal](/en/eunice/students), which presents more than 200 internship and thesis offers to the students of the alliance;
- read our advice and the steps for going abroad on an internship, at the bottom of this page.

## 2. Drawing up your internship agreement for abroad

For internships taking place in one of the countries participating in the ERASMUS+ programme, we recommend completing the European template of the ERASMUS+ learning agreement for traineeships.

For internships taking place in another country (outside the Erasmus+ programme), the French national template must be completed: it is available on your ENT (the university's digital workspace), under « P-Stage ».

The countries known as "Erasmus+ programme countries" are the member states of the European Union, plus Iceland, Liechtenstein, Norway, Turkey, North Macedonia and Serbia.

For more information on drawing up your agreement, contact the Bureau d’Aide à l’Insertion professionnelle (BAIP, the university's internship and careers office): <stage-emploi@uphf.fr> or 03 27 51 10 23

## 3. Putting together your file to declare your mobility

You must complete the online internship form on the international mobility portal (Portail de la mobilité internationale); this is compulsory, before you leave for abroad.

The following documents must be uploaded to it:

- Internship agreement signed by all three parties (as applicable: the European template, or the national P-Stage template on your ENT)
- Sworn statement (attestation sur l’honneur) specifying the pay you receive, in cash or in kind, in the local currency of your host organisation
- Bank or postal account details (RIB) in your name, for an account held in France, with BIC and IBAN
- Copy of your latest tax assessment notice (avis d’imposition)
- Certificate of enrolment from the Université Polytechnique Hauts-de-France
- Only for internships taking place in a higher education institution (for example in a university laboratory hosting an engineering sciences student): a certificate on official letterhead, signed by the head of the host unit, stating the professional nature of the internship

## 4. Finding out about financial aid and planning your budget

The Université Polytechnique Hauts-de-France offers financial aid for international mobility undertaken as part of internships. This aid comes from Europe, the French State, the Hauts-de-France Region and the university's own funds.

Each of these grants has its own criteria, presented on the [Financial aid](/en/international/financial-aid) page.

You apply for financial aid by filling in the online form (see 3.). There is nothing else you need to do: your mobility file is sent to the university committee, which ensures the fair allocation and distribution of funding for the possible award of financial aid.

Financial aid is not intended to cover all your costs. You therefore need to check the cost of living at your destination and find out about the cost of travel and, where applicable, of a visa. (e.g. https://www.lecoutdelexpat.com/)

## 5. Finding accommodation for your international mobility

The Université Polytechnique Hauts-de-France does not find accommodation for you during your international mobility.

Look at the accommodation offered by outside organisations; here is a selection: Erasmusu, Erasmus inn, Uniplaces, Couchsurfing

## 6. During your mobility

Whatever your international mobility, you must stay in touch with the International Relations Office (Pôle de relations internationales).

At the start of your mobility, a certificate of arrival must be filled in and sent, using the template that will be e-mailed to you.

If changes have to be made to your initial ERASMUS+ learning agreement for traineeships, you must draw up an amendment to your agreement. The changes must be accepted by the host organisation as quickly as possible.

If the changes concern an extension of the mobility programme, the trainee must make the request no later than one month before the planned end date.

At the end of your mobility, to close your administrative file and receive any balance of your financial aid, with the actual dates of your mobility, and for an Erasmus+ internship: complete your report and your OLS test no. 2 (Online Linguistic Support, the Erasmus+ online language assessment)

## 7. After your internship

Your internship will be validated as laid down by your institute. You will receive the balance of your funding once you have sent your certificate of attendance to the International Relations Office.

And to make even more of your mobility:

- Send a testimonial to the International Relations Office
- Become a student tutor
- Become a member of the ESN Valenciennes association (Erasmus Student Network)

## Advice and steps for going abroad on an internship

An international mobility needs to be prepared well in advance. It must be thought through and budgeted for. It is important to bear in mind that taking out insurance, finding accommodation or applying for visas are sometimes necessary and must be planned ahead.

The International Relations Office can advise you on these steps; however, they remain personal steps for which the student is responsible.
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'stage-a-l-etranger';

-- Page: Les aides financières (/en/international/financial-aid)
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$Financial aid$en$, title from page where area = 'MOBILITE' and slug = 'aides-financieres';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$Grants for students' international mobility (Erasmus+, Mermoz, AMI international mobility grant, UPHF contribution): criteria, amounts, Erasmus+ countries and committee dates.$en$, description from page where area = 'MOBILITE' and slug = 'aides-financieres';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$financial-aid$en$, slug from page where area = 'MOBILITE' and slug = 'aides-financieres';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$The Université Polytechnique Hauts-de-France offers its students financial aid for international mobility undertaken as part of their university programme, funded by the French State, Europe, the Hauts-de-France Region and the university's own funds.

Each of these grants has its own criteria. You apply for financial aid by submitting your application on the international mobility portal (Portail de la mobilité internationale).

This application lets you apply for the various types of funding described below (for information only and subject to change), within the limits of the available quotas, with no further steps to take.

## The award committee

The committee that awards financial aid meets several times a year. It examines all complete applications and ensures the fair allocation and distribution of funding among all students.

The criteria taken into account when awarding financial aid, within the limits of the available funds, are:

- Type of mobility: study or internship (note: an "internship" at a university is considered a period of study, unless the professional nature of the internship is certified).
- Funding already obtained for other international mobilities
- The student's social status (holder of a means-tested grant from the CROUS, the regional student services agency)
- The student's taxable income: the quotient familial (the household's taxable income divided by its number of tax shares) on the tax assessment notice for the previous year, N-1 (for the regional MERMOZ grant)
- Co-funding of the mobility, company pay, other grants
- Destination (Europe / outside Europe), cost of living in the country
- Length of stay
- Other international mobility planned by the student

## After the committee

Once the committee has examined your mobility project, the International Relations Office (Pôle de relations internationales) informs you by e-mail of the aid awarded and sends you the financial agreement that you must conclude with the Université Polytechnique Hauts-de-France.

The financial aid is paid provided your file is complete. Please note: the financial agreement must be returned as soon as possible, and if possible before you leave for abroad, so as not to delay payment.
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'aides-financieres';

-- Page: Le programme Erasmus+ (/en/international/erasmus)
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'title', $en$The Erasmus+ programme$en$, title from page where area = 'MOBILITE' and slug = 'erasmus';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'description', $en$UPHF's participation in the Erasmus+ 2021-2027 programme and its Erasmus Charter for Higher Education (Erasmus code, OID and commitments).$en$, description from page where area = 'MOBILITE' and slug = 'erasmus';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'slug', $en$erasmus$en$, slug from page where area = 'MOBILITE' and slug = 'erasmus';
insert into translation (object_type, object_id, field, text, source_text)
select 'page', id, 'bodyMarkdown', $en$Following on from the Erasmus+ 2014-2020 programme, and in order to achieve the objectives of its institutional strategy, the Université Polytechnique Hauts-de-France takes part in several actions of the new Erasmus+ 2021-2027 programme.

UPHF thus takes part in:

- the [EUNICE](/en/eunice) European University project;
- Erasmus+ intra-European mobility projects for around 230 outgoing participants each year: students and staff (study and internships, teaching and training);
- strategic partnership projects;
- capacity-building projects.

In addition, UPHF takes part in the Erasmus Days every year, to make everyone at the university (teaching staff, researchers, doctoral candidates, students, administrative staff) aware of the opportunities offered by the Erasmus+ programme

## The Erasmus+ Charter

The Université Polytechnique Hauts-de-France holds the ERASMUS+ Charter for Higher Education (ECHE - 2021/2027), awarded by the European Commission

- ERASMUS code: 999884537
- OID: E10209014

As an Erasmus+ Charter holder, the Université Polytechnique Hauts-de-France undertakes to:

- Fully respect the principles of non-discrimination, transparency and inclusion set out in the programme.
- Ensure equal and equitable access and opportunities to current and prospective participants from all backgrounds, paying particular attention to the inclusion of those with fewer opportunities.
- Ensure the fully automatic recognition of all credits (based on the European Credit Transfer and Accumulation System – ECTS) gained for learning outcomes satisfactorily achieved during a period of study / training abroad, including during blended mobility.
- Charge no fees, in the case of credit mobility, to incoming mobile students for tuition, registration, examinations or access to laboratory and library facilities.
- Ensure the quality of the mobility activities and of the cooperation projects throughout the application and implementation phases.
- Implement the priorities of the programme:
  - By undertaking the necessary steps to implement digital mobility management in line with the technical standards of the European Student Card Initiative.
  - By promoting environmentally friendly practices in all activities related to the programme.
  - By encouraging the participation of individuals with fewer opportunities in the programme.
  - By promoting civic engagement and encouraging students and staff to get involved as active citizens before, during and after their participation in a mobility or project.

## Contact us

Erasmus+ contact: <erasmus@uphf.fr>
$en$, body_markdown from page where area = 'MOBILITE' and slug = 'erasmus';

-- Mobility grants
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'name', $en$Erasmus+ grant$en$, name from mobility_grant where code = 'ERASMUS';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'funder', $en$European Union$en$, funder from mobility_grant where code = 'ERASMUS';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'combinableNote', $en$Can be combined with the AMI or Mermoz grant$en$, combinable_note from mobility_grant where code = 'ERASMUS';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'name', $en$Mermoz grant$en$, name from mobility_grant where code = 'MERMOZ';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'funder', $en$Hauts-de-France Region$en$, funder from mobility_grant where code = 'MERMOZ';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'combinableNote', $en$Can be combined with the Erasmus+ grant only$en$, combinable_note from mobility_grant where code = 'MERMOZ';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'name', $en$International mobility grant (AMI)$en$, name from mobility_grant where code = 'AMI';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'funder', $en$French State$en$, funder from mobility_grant where code = 'AMI';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'combinableNote', $en$Can be combined with the Erasmus+ grant only$en$, combinable_note from mobility_grant where code = 'AMI';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'name', $en$UPHF flat-rate contribution$en$, name from mobility_grant where code = 'UPHF';
insert into translation (object_type, object_id, field, text, source_text)
select 'mobility_grant', id, 'funder', $en$UPHF's own funds$en$, funder from mobility_grant where code = 'UPHF';

-- Grant criteria (grant code, academic year, sort order)
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Carry out a period of study or internship of at least 60 days$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'ERASMUS' and c.academic_year = '2022-2023' and c.sort_order = 1;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$From first-year undergraduate level (L1, the first year of the Licence, i.e. bachelor's degree) onwards$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'ERASMUS' and c.academic_year = '2022-2023' and c.sort_order = 2;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$A maximum of 12 months of mobility per cycle of study - a maximum of 24 months of mobility per cycle for engineering students.$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'ERASMUS' and c.academic_year = '2022-2023' and c.sort_order = 3;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Be enrolled in initial education (not continuing education), from L2 to M2 level (second year of the Licence to second year of the Master).$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'MERMOZ' and c.academic_year = '2022-2023' and c.sort_order = 1;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Income ceiling: the quotient familial (the household's taxable income divided by its number of tax shares) must not exceed €30,000.$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'MERMOZ' and c.academic_year = '2022-2023' and c.sort_order = 2;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Provide the French tax assessment notice (avis d’imposition) of the household to which the student belongs for tax purposes.$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'MERMOZ' and c.academic_year = '2022-2023' and c.sort_order = 3;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$For study mobility: eligible duration: 4 to 26 consecutive weeks.$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'MERMOZ' and c.academic_year = '2022-2023' and c.sort_order = 4;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$For internship mobility: eligible duration: 12 to 26 consecutive weeks for Licence, Master and Doctorat students (L, M, D) / 6 weeks for IUT students (university institutes of technology)$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'MERMOZ' and c.academic_year = '2022-2023' and c.sort_order = 5;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$The maximum amount is €400 per month, i.e. €92.40 per week, then decreasing according to the quotient familial, plus a maximum of €300 for means-tested grant holders, on supporting documents.$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'MERMOZ' and c.academic_year = '2022-2023' and c.sort_order = 6;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$NB: if the student is given board and lodging during the internship and/or receives internship pay of more than €230 per week, they only receive the contribution to travel costs, and only if they hold a means-tested grant.$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'MERMOZ' and c.academic_year = '2022-2023' and c.sort_order = 7;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Hold a means-tested grant (bourse sur critères sociaux).$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'AMI' and c.academic_year = '2022-2023' and c.sort_order = 1;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Mobility duration: from 2 months (60 consecutive days) to 9 months$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'AMI' and c.academic_year = '2022-2023' and c.sort_order = 2;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Carry out a mobility period of 8 to 26 weeks.$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'UPHF' and c.academic_year = '2022-2023' and c.sort_order = 1;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Be enrolled in initial education (not continuing education), from L2 to M2 level (second year of the Licence to second year of the Master).$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'UPHF' and c.academic_year = '2022-2023' and c.sort_order = 2;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_criterion', c.id, 'body', $en$Provide the French tax assessment notice (avis d’imposition) of the household to which the student belongs for tax purposes.$en$, c.body
from grant_criterion c join mobility_grant g on g.id = c.grant_id where g.code = 'UPHF' and c.academic_year = '2022-2023' and c.sort_order = 3;

-- Grant amounts (grant code, academic year, sort order)
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Group 3 countries$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'ERASMUS' and a.academic_year = '2022-2023' and a.sort_order = 1;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Group 2 countries$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'ERASMUS' and a.academic_year = '2022-2023' and a.sort_order = 2;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Group 1 countries$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'ERASMUS' and a.academic_year = '2022-2023' and a.sort_order = 3;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Monthly supplement for internship mobility$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'ERASMUS' and a.academic_year = '2022-2023' and a.sort_order = 4;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Maximum amount$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'MERMOZ' and a.academic_year = '2022-2023' and a.sort_order = 1;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Maximum amount per week$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'MERMOZ' and a.academic_year = '2022-2023' and a.sort_order = 2;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Maximum for means-tested grant holders, on supporting documents$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'MERMOZ' and a.academic_year = '2022-2023' and a.sort_order = 3;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Monthly amount$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'AMI' and a.academic_year = '2022-2023' and a.sort_order = 1;
insert into translation (object_type, object_id, field, text, source_text)
select 'grant_amount', a.id, 'label', $en$Flat-rate amount$en$, a.label
from grant_amount a join mobility_grant g on g.id = a.grant_id where g.code = 'UPHF' and a.academic_year = '2022-2023' and a.sort_order = 1;

-- Erasmus+ countries (ISO code, academic year)
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Denmark$en$, name from erasmus_country where iso_code = 'DK' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Finland$en$, name from erasmus_country where iso_code = 'FI' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$United Kingdom$en$, name from erasmus_country where iso_code = 'GB' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Ireland$en$, name from erasmus_country where iso_code = 'IE' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Iceland$en$, name from erasmus_country where iso_code = 'IS' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Liechtenstein$en$, name from erasmus_country where iso_code = 'LI' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Luxembourg$en$, name from erasmus_country where iso_code = 'LU' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Norway$en$, name from erasmus_country where iso_code = 'NO' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Sweden$en$, name from erasmus_country where iso_code = 'SE' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Austria$en$, name from erasmus_country where iso_code = 'AT' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Belgium$en$, name from erasmus_country where iso_code = 'BE' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Cyprus$en$, name from erasmus_country where iso_code = 'CY' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Germany$en$, name from erasmus_country where iso_code = 'DE' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Spain$en$, name from erasmus_country where iso_code = 'ES' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Greece$en$, name from erasmus_country where iso_code = 'GR' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Italy$en$, name from erasmus_country where iso_code = 'IT' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Malta$en$, name from erasmus_country where iso_code = 'MT' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Netherlands$en$, name from erasmus_country where iso_code = 'NL' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Portugal$en$, name from erasmus_country where iso_code = 'PT' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Bulgaria$en$, name from erasmus_country where iso_code = 'BG' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Czech Republic$en$, name from erasmus_country where iso_code = 'CZ' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Estonia$en$, name from erasmus_country where iso_code = 'EE' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Croatia$en$, name from erasmus_country where iso_code = 'HR' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Hungary$en$, name from erasmus_country where iso_code = 'HU' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Lithuania$en$, name from erasmus_country where iso_code = 'LT' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Latvia$en$, name from erasmus_country where iso_code = 'LV' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$North Macedonia$en$, name from erasmus_country where iso_code = 'MK' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Poland$en$, name from erasmus_country where iso_code = 'PL' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Romania$en$, name from erasmus_country where iso_code = 'RO' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Slovenia$en$, name from erasmus_country where iso_code = 'SI' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Slovakia$en$, name from erasmus_country where iso_code = 'SK' and academic_year = '2022-2023';
insert into translation (object_type, object_id, field, text, source_text)
select 'erasmus_country', id, 'name', $en$Turkey$en$, name from erasmus_country where iso_code = 'TR' and academic_year = '2022-2023';

-- Commission dates (sort order, meeting date)
insert into translation (object_type, object_id, field, text, source_text)
select 'commission_date', id, 'subject', $en$Internships starting after 14 February 2022$en$, subject from commission_date where sort_order = 1 and meeting_date = date '2022-01-31';
insert into translation (object_type, object_id, field, text, source_text)
select 'commission_date', id, 'subject', $en$Internships starting after 28 March 2022$en$, subject from commission_date where sort_order = 2 and meeting_date = date '2022-03-13';
insert into translation (object_type, object_id, field, text, source_text)
select 'commission_date', id, 'subject', $en$Internships starting after 15 May 2022$en$, subject from commission_date where sort_order = 3 and meeting_date = date '2022-05-01';
insert into translation (object_type, object_id, field, text, source_text)
select 'commission_date', id, 'subject', $en$Studies in academic year 2022/2023 (semester 1 or full year) & internships starting after 12 June 2022$en$, subject from commission_date where sort_order = 4 and meeting_date = date '2022-06-05';

-- EUNICE (/eunice) and international mobility (/mobilite): pages and their structured facts.
-- Seed lines 89–114, 286–288, 312–409, 504–680, 682–763
-- (src/test/resources/seed/uphf-seed.txt).
-- Lines shown by a widget rather than the body are listed in
-- src/test/resources/seed-coverage/eunice-mobilite.tsv.

-- =====================================================================================
-- EUNICE
-- =====================================================================================

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('EUNICE', '', null, 0,
 'L''alliance EUNICE',
 'L’UPHF est membre d''EUNICE, alliance de dix universités européennes cofinancée par Erasmus+ : ses ambitions, son statut d’AISBL et les opportunités qu''elle offre aux étudiants, au personnel et aux partenaires.',
 $md$L’Université Polytechnique Hauts-de-France est membre d'EUNICE, alliance de dix établissements d'enseignement supérieur européens travaillant pour la mise en œuvre d’une nouvelle université européenne. L’objectif de cette alliance est d’opérer un changement de paradigme de l’enseignement supérieur traditionnel vers un enseignement supérieur personnalisé et flexible grâce à la mobilité interuniversitaire.

EUNICE se veut innovante, engagée, ouverte et multiculturelle.

## Une université européenne depuis 2020

L’Université Polytechnique Hauts-de-France fait partie depuis le 9 juillet 2020 du club très fermé des universités européennes via le projet EUNICE (European UNIversity for Customised Education) sélectionné par la Commission européenne.

## Dix universités, des valeurs communes

EUNICE est une alliance de dix établissements d'enseignement supérieur européens travaillant ensemble pour devenir une nouvelle université européenne. Elle promeut les valeurs et l’identité européenne pour favoriser la qualité et la compétitivité de l’enseignement supérieur européen.

Ces dix universités partagent les mêmes valeurs européennes et l'idée qu'une Europe forte et ouverte est le lieu où les prochaines générations seront prêtes à affronter et à résoudre les défis mondiaux. Ces universités sont engagées dans la formation de leurs étudiants et dans le développement économique durable de leurs régions respectives ainsi que dans des recherches de pointe au niveau européen et international.

Découvrez [les dix universités partenaires](/eunice/partenaires).

## Réseau, statut et financement

L'alliance est nourrie par la contribution intellectuelle et infrastructurelle des universités partenaires, dont l’Université Polytechnique Hauts-de-France. En résulte un solide réseau d'interactions entre les établissements, l'industrie et les partenaires commerciaux, ainsi que d'autres acteurs sociaux, culturels, artistiques et sportifs.

Depuis novembre 2022, l’alliance dispose officiellement du statut d’AISBL (association internationale sans but lucratif). Elle est cofinancée par le programme Erasmus+ de l'Union Européenne.

## Les opportunités EUNICE

En tant qu'établissement membre de l'alliance d'universités européennes EUNICE, l'UPHF propose à ses étudiants, personnel et partenaires de nombreuses opportunités.

Des opportunités pour tous:

- **[Étudiants](/eunice/etudiants)**: De nombreuses possibilités s'ouvrent aux étudiants de l'alliance : études et stages à l'étranger, cours en ligne et en présentiel, activités sportives et culturelles...
- **[Personnel](/eunice/personnel)**: Le personnel enseignant et administratif peut profiter de diverses opportunités EUNICE : cours de langues, MOOC, mobilité Erasmus+ dans une université partenaire...
- **Relations internationales**: Le projet Peer-IR-View développé par l'alliance vise à l'amélioration du management de la connaissance dans le domaine des relations internationales de l'enseignement supérieur…
- **[Recherche](/eunice/entreprises-et-recherche)**: REUNICE, le projet de recherche de l'alliance, vise à promouvoir la coopération entre les universités et avec d'autres secteurs, à travers divers outils et événements.
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('EUNICE', 'partenaires', (select id from page where area = 'EUNICE' and slug = ''), 1,
 'Les universités partenaires',
 'Les dix universités européennes de l''alliance EUNICE, avec leur ville et leur pays.',
 $md$Les dix universités européennes partenaires sont :
$md$,
 'PARTNERS'),

('EUNICE', 'etudiants', (select id from page where area = 'EUNICE' and slug = ''), 2,
 'Opportunités pour les étudiants',
 'Études et programmes intensifs chez un partenaire, EUNICE Weeks, cours européens en ligne, portail des stages et challenges d''entrepreneuriat : ce que l''alliance EUNICE offre aux étudiants de l''UPHF.',
 $md$EUNICE offre aux étudiants des universités partenaires l'opportunité de personnaliser leur formation, en y intégrant des modules européens en ligne et sur place, des périodes de mobilité (stage ou études), ainsi que des activités culturelles, sportives, et entrepreneuriales.

## Etudes chez un partenaire européen

Quel que soit leur niveau d'études, les étudiants de l'UPHF ont la possibilité d'effectuer un ou deux semestres dans l'une des universités partenaires et de bénéficier d'aides financières pour réaliser leur mobilité. [En savoir plus](/mobilite/etudier-a-l-etranger).

Chaque année, l'alliance EUNICE propose également à ses étudiants divers programmes intensifs hybrides Erasmus+ (Blended Intensive Programmes - BIP) sur des thématiques variées. Ces programmes, qui comprennent une phase d'apprentissage virtuelle et une phase de 5 à 30 jours sur place, permettent aux étudiants de réaliser des mobilités courtes au sein d'une université partenaire.

## Activités sportives et culturelles

Chaque année sont organisées les EUNICE Weeks, une série d'événements culturels, de conférences, de tournois sportifs et de forums mobilité, auxquels les étudiants et, plus globalement la communauté universitaire, sont invités à participer.

Cette année universitaire, les EUNICE Weeks se sont déroulées du 23 octobre au 30 novembre 2023. Plus d'informations sur le programme de l'édition 2023.

## Cours européens en ligne

Chaque semestre, le catalogue des cours EUNICE est renouvelé, pour y intégrer de nombreux modules en ligne sur diverses thématiques : langues étrangères, sciences et techniques, management, business... Consulter le catalogue de cours.

Il existe trois formats de cours EUNICE en ligne :

- Module en ligne en direct ("online live course")
- Module en ligne en auto-apprentissage ("online self-study course")
- Massive Open Online Course (MOOC) \*

À chaque module est attribué un nombre variable d'ECTS. Ces crédits peuvent être délivrés aux étudiants sous certaines conditions et sur accord préalable de leur responsable pédagogique.

Chaque étudiant souhaitant postuler à un cours EUNICE est invité à consulter le guide d'études ("Study Guide") disponible sur la page correspondante du site EUNICE.

\* Le MOOC sur le thème « Introduction to Global Studies » sera ouvert aux étudiants et à tous publics jusqu'au 15 juin 2024. En savoir plus.

Les candidatures pour les cours EUNICE du second semestre 2023-2024 sont désormais closes. Une prochaine session d'inscription débutera en septembre 2024 pour les modules EUNICE de l'année 2024-2025.

## Stage dans une entreprise partenaire

Le portail des stages à l'international EUNICE présente plus de 200 offres de stage et de thèse aux étudiants de l'alliance. Accéder au portail.

Les étudiants de l'UPHF ont la possibilité de postuler aux offres présentes sur le portail (à l'exclusion des stages en France).

## Activités et challenges d'entrepreneuriat

L'alliance EUNICE offre régulièrement à ses étudiants la possibilité de participer à des challenges d'entrepreneuriat interuniversitaires. L'objectif de ces compétitions est de réunir les étudiants des universités EUNICE en leur proposant des expériences de travail d'équipe et de coordination dans un environnement interdisciplinaire et multiculturel.
$md$,
 null),

('EUNICE', 'personnel', (select id from page where area = 'EUNICE' and slug = ''), 3,
 'Opportunités pour le personnel',
 'Mobilité Erasmus+ vers les universités de l''alliance, modules de formation ouverts au personnel et appel à propositions de cours ou d''événements EUNICE.',
 $md$## Mobilité Erasmus+

En tant que membres de la communauté universitaire UPHF, le personnel académique et administratif a lui aussi accès à de nombreux avantages EUNICE : mobilité Erasmus+, modules pluridisciplinaire, possibilité de proposer un cours ou une activité EUNICE...

Le personnel de l'UPHF a la possibilité de réaliser une mobilité en Europe (ou hors Europe), grâce au programme Erasmus+.

Au cours de l'année académique, le Pôle de Relations Internationales organise plusieurs appels à candidature disponibles sur l’intranet. Les universités membres d'EUNICE étant des partenaires privilégiés de l'UPHF, les mobilités Erasmus+ du personnel vers l'un de ces établissements sont fortement encouragées.

Types de mobilité, financement et conditions : voir la page [Mobilité Erasmus+ du personnel](/mobilite/personnel).

## Modules d'ouverture au personnel

Le personnel de l'alliance EUNICE est également invité à se former ou à renforcer certaines compétences grâce à des modules dédiés.

Cette année universitaire 2023-2024, la plupart des cours de langues étaient ouverts aux membres du personnel (consulter le catalogue de cours EUNICE 2023-2024).

En outre, EUNICE offre au personnel des dix universités partenaires la possibilité de suivre certains modules en ligne, comme le MOOC (Massive Online Open Course) Introduction to Global Studies, accessible en ligne jusqu'au 15 juin 2024.

## Appel à propositions

Vous êtes enseignant à l'UPHF et vous souhaitez cocréer un cours avec un partenaire de l'alliance ? Vous organisez un événement et souhaitez y convier des collègues des universités membres d'EUNICE ?

La cellule EUNICE peut vous aider à faciliter la mise en contact avec des partenaires de l'alliance.

Pour toute proposition, merci de contacter la cellule EUNICE à l'adresse <eunice@uphf.fr>. Vous serez recontacté dans les meilleurs délais.
$md$,
 'CONTACTS'),

('EUNICE', 'entreprises-et-recherche', (select id from page where area = 'EUNICE' and slug = ''), 4,
 'Entreprises et recherche',
 'Le réseau de partenaires de l''alliance EUNICE, le recrutement d''étudiants européens par les entreprises et les événements scientifiques du projet Reunice.',
 $md$## Partenaires et entreprises

L'alliance d'universités EUNICE bénéficie d'un solide réseau de partenaires européens composé d'entreprises, d'acteurs de l'industrie et de la recherche, mais également d'autres acteurs sociaux, culturels, artistiques et sportifs. L'ensemble de ces partenaires peut profiter de la force du réseau EUNICE.

## Recrutement d'étudiants européens

Les entreprises partenaires de l'UPHF peuvent soumettre leur offre de stage sur la plateforme des stages à l'international EUNICE. Cela leur permet de profiter d'une visibilité en Europe et d'ainsi attirer des profils aux compétences et parcours variés.

## Événements de recherche

EUNICE a lancé en octobre 2021 Reunice (EUNICE Research), un projet financé par le programme de recherche et d'innovation H2020 de l'Union Européenne pour aligner les agendas de recherche et d'innovation au sein de l'alliance EUNICE.

Ce projet vise à promouvoir la coopération entre les universités et avec d'autres secteurs afin d'améliorer la qualité et la compétitivité des activités développées au sein d'EUNICE. En savoir plus sur Reunice.

Dans le cadre de Reunice, chaque université propose au sein de son établissement un ou plusieurs événements de dissémination scientifique. L'UPHF a ainsi accueilli du 27 au 29 juin 2023 le Workshop for Multi-Functional Materials, organisé par le Pôle Matériaux Transfrontalier UMONS-UPHF, et ouvert aux partenaires de l'alliance EUNICE.
$md$,
 null);

-- The ten partner universities (seed lines 98–107), in seed order.
insert into eunice_partner (name, city, country, country_code, sort_order) values
('Université de Technologie de Poznan',                            'Poznań',       'Pologne',   'PL', 1),
('Université de Vaasa',                                            'Vaasa',        'Finlande',  'FI', 2),
('Université de Cantabria',                                        'Santander',    'Espagne',   'ES', 3),
('Université de Catania',                                          'Catania',      'Italie',    'IT', 4),
('Université de Mons',                                             'Mons',         'Belgique',  'BE', 5),
('Université Polytechnique Hauts-de-France',                       'Valenciennes', 'France',    'FR', 6),
('Université Technologique de Brandenburg Cottbus-Senftenberg',    'Cottbus',      'Allemagne', 'DE', 7),
('Université du Péloponnèse',                                      'Tripoli',      'Grèce',     'GR', 8),
('Institut Polytechnique de Viseu',                                'Viseu',        'Portugal',  'PT', 9),
('Université de Karlstad',                                         'Karlstad',     'Suède',     'SE', 10);

-- Seed line 731.
insert into contact_point (area, service, label, email, phone, campus_id, sort_order) values
('EUNICE', 'Cellule EUNICE',
 'Propositions de cours ou d''événements avec les universités partenaires de l''alliance',
 'eunice@uphf.fr', null, null, 1);

-- =====================================================================================
-- MOBILITE
-- =====================================================================================

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('MOBILITE', '', null, 0,
 'Mobilité internationale',
 'Partir étudier ou faire un stage à l’étranger, financer sa mobilité, venir à l’UPHF comme étudiant, chercheur ou membre du personnel : la mobilité internationale à l’UPHF.',
 $md$L’UPHF compte près de 1 700 étudiants étrangers et plus de 200 partenariats à travers le monde.

## Partir à l’étranger

L’Université Polytechnique Hauts-de-France offre à ses étudiants de nombreuses possibilités de partir à l’étranger, que ce soit pour un stage ou un séjour d’études, et ce dès la première année d’études supérieures.

Effectuer une mobilité internationale au cours de sa formation permet de découvrir de nouvelles méthodes d'apprentissage ou de nouvelles façons de travailler, de rencontrer une autre culture et un nouvel environnement, d’améliorer sa maitrise des langues étrangères et d’en apprendre plus sur soi-même.

Découvrez les destinations, les modalités de candidature et les financements disponibles.

- [Etudier à l’étranger](/mobilite/etudier-a-l-etranger)
- [Effectuer un stage à l’étranger](/mobilite/stage-a-l-etranger)
- [Les aides financières](/mobilite/aides-financieres)
- [Le programme Erasmus+](/mobilite/erasmus)

## Venir à l’UPHF

- [Accueil des étudiants internationaux](/mobilite/accueil-international)
- [Centre EURAXESS](/mobilite/euraxess) : doctorants, chercheurs, enseignants et personnels en mobilité vers l’UPHF

## Personnel et partenaires

- [Mobilité Erasmus+ du personnel](/mobilite/personnel)
- [Stratégie internationale](/mobilite/strategie-internationale)
- [Contacts](/mobilite/contacts)
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('MOBILITE', 'etudier-a-l-etranger', (select id from page where area = 'MOBILITE' and slug = ''), 1,
 'Etudier à l’étranger',
 'Erasmus+, BCI, accords d’échange ou double diplôme : les possibilités de séjour d’études dans un établissement partenaire et leurs avantages.',
 $md$Dans le cadre de votre parcours universitaire à l’UPHF, vous avez l’opportunité d’effectuer une période de mobilité à l’international et notamment une mobilité d’études chez un établissement partenaire.

## Plusieurs choix

Plusieurs choix s’offrent à vous dans le cadre d’un séjour d’études à l’étranger :

- Partir en Europe avec [Erasmus+](/mobilite/erasmus)
- Partir au Québec avec le BCI
- Partir dans une université partenaire avec laquelle un accord d’échange a été signé
- Partir pour effectuer des études en double diplôme.

### Le double diplôme

Le double diplôme est une modalité d’échange particulièrement intéressante pour plusieurs raisons :

- Vous obtenez deux diplômes, celui de l’UPHF et celui de l’Université partenaire.
- Potentiellement, vous pourrez travailler plus facilement dans le pays partenaire.

Pour partir étudier dans le cadre d'un partenariat international de double diplôme, les conditions spécifiques de l'accord conclu sont appliquées et varient d'un partenariat à un autre.

## Pourquoi partir en mobilité d’études ?

Les programmes d’échange permettent d’étudier à l’étranger pendant une période définie dans une université étrangère partenaire.

- Durant votre séjour à l’étranger, vous demeurez étudiant de l’UPHF/ INSA et vous êtes exonéré des frais d’inscription dans l’université d’accueil (des frais autres peuvent s’appliquer)
- Vous étudiez des matières similaires à celles que vous auriez suivies en France, ce qui vous permet, sous réserve de réussite aux examens, de valider votre diplôme français à votre retour.
- Vous bénéficiez d’un accueil privilégié, de démarches simplifiées.
- Vous pouvez prétendre à [une aide financière](/mobilite/aides-financieres).

## Construire votre projet de mobilité

Retrouvez ci-dessous les étapes clés pour construire votre projet de mobilité.

- N’hésitez pas également à participer aux différentes sessions d’informations organisées tout au long de l’année académique.
- Pour les étudiants déjà inscrits à l’université, consultez les actualités ENT ou le Moodle dédié à la mobilité internationale
- Pour toute question sur la mobilité sortante, consultez [les contacts du Pôle de relations internationales](/mobilite/contacts).
$md$,
 null),

('MOBILITE', 'stage-a-l-etranger', (select id from page where area = 'MOBILITE' and slug = ''), 2,
 'Effectuer un stage à l’étranger',
 'Préparer son stage à l’étranger, établir la convention, déclarer sa mobilité, prévoir son budget et son logement, puis les démarches pendant et après le stage.',
 $md$Dans le cadre de votre formation à l’UPHF, vous pouvez réaliser une mobilité de stage en entreprise à l’étranger dès votre première année d’études supérieures.

Sa validation compte pour l’obtention de votre diplôme français. La mobilité stage à l’étranger constitue une plus-value également pour l’entreprise d’accueil à l’étranger : les étudiants apportent de nouvelles perspectives et une expertise dans leur langue pour, par exemple, la négociation de nouveaux marchés à l’international.

## 1. Préparer votre stage à l'étranger

Un stage effectué à l'étranger constitue une bonne expérience à valoriser sur un CV lorsque vous êtes étudiant. Voici nos conseils pour le dénicher depuis la France :

- consultez le [portail des stages à l'international EUNICE](/eunice/etudiants), qui présente plus de 200 offres de stage et de thèse aux étudiants de l'alliance ;
- lisez nos conseils et démarches pour partir en mobilité de stage, en bas de cette page.

## 2. Etablir votre convention de stage à l'étranger

Pour les stages se déroulant dans un des pays participants au programme ERASMUS+, il est recommandé de compléter le modèle européen du contrat de formation pour stage ERASMUS+.

Pour les stages se déroulant dans un autre pays (hors programme Erasmus+) le modèle national français doit être complété: il est disponible sur votre ENT à la rubrique "P-Stage" sur votre ENT.

Les pays appelés "pays du programme Erasmus+" sont les pays membres de l'Union européenne et l'Islande, le Liechtenstein, la Norvège, la Turquie, la Macédoine du Nord et la Serbie.

Pour plus d’informations sur l'établissement de votre convention, contactez le Bureau d’Aide à l’Insertion professionnelle (BAIP): <stage-emploi@uphf.fr> ou 03 27 51 10 23

## 3. Constituer votre dossier pour déclarer votre mobilité

Vous devez compléter le formulaire en ligne pour stage via le Portail de la mobilité internationale obligatoirement avant votre départ à l'étranger.

Devront y être téléchargés les documents suivants :

- Convention de stage signée par les trois parties (selon le cas: le modèle européen ou le modèle national P-stage sur votre ENT)
- Attestation sur l'honneur précisant la gratification financière en espèce ou en nature dans la monnaie locale de votre organisme d'accueil
- Relevé d'identité bancaire/postal à votre nom d'un compte domicilié en France avec BIC et IBAN
- Copie du dernier avis d'imposition
- Certificat de scolarité de l'Université Polytechnique Hauts-de-France
- Uniquement pour les stages se déroulant en établissement d'enseignement supérieur (par exemple dans un laboratoire universitaire accueillant un étudiant en sciences de l'ingénieur): une attestation sur papier à en-tête officiel comportant la signature du responsable de la structure d'accueil et qui précise la situation professionnelle du stage

## 4. Se renseigner sur les aides financières et prévoir son budget

L'Université Polytechnique Hauts-de-France dispose d'aides financières à la mobilité internationale, effectuée dans le cadre des stages. Ces aides proviennent de l'Europe, de l'État français, de la Région Hauts-de-France et des fonds propres de l'établissement.

Chacune de ces aides a ses propres critères, présentés sur la page [« Aides financières »](/mobilite/aides-financieres).

La demande d'aide financière se fait via la saisie du formulaire en ligne (voir 3.). Vous n'avez pas de démarche supplémentaire à effectuer ; votre dossier de mobilité est transmis à la commission universitaire qui permet la répartition et distribution équitable des financements pour attribution éventuelle d'une aide financière.

Les aides financières ne visent pas à couvrir l'ensemble des frais. Il est donc nécessaire de vérifier le coût de la vie sur place et de se renseigner sur le coût du voyage et du visa, cas échéant. (ex : https://www.lecoutdelexpat.com/)

## 5. Trouvez un logement pour votre mobilité internationale

L'Université Polytechnique Hauts-de-France ne vous trouve pas de logement pendant votre mobilité internationale.

Consultez les offres de logements d'organismes extérieurs, voici une sélection : Erasmusu, Erasmus inn, Uniplaces, Couchsurfing

## 6. Pendant votre mobilité

Pour toute mobilité internationale, il est indispensable que vous restiez en contact avec le Pôle de Relations Internationales.

Au début de votre mobilité, une attestation d’arrivée est à faire remplir et à transmettre selon le modèle qui vous sera fourni par mail.

Si des modifications doivent être apportées à votre contrat initial de formation pour stage ERASMUS+, vous devez établir un avenant à votre contrat. Les changements doivent être acceptés dans les meilleurs délais par l'organisme d'accueil.

Dans le cas où les modifications concernent  une prolongation de la durée du programme de mobilité, la demande devra être faite par le stagiaire au plus tard un mois avant la date de fin prévue.

A la fin de votre mobilité, afin de clore votre dossier administratif et de percevoir le solde éventuel de votre aide financière, avec date réelles de votre mobilité et en cas de mobilité de stage Erasmus+; effectuer votre rapport et votre test OLS n°2

## 7. Au retour de votre stage

Votre stage sera validé selon les modalités prévues par votre institut. Vous percevrez le solde de votre financement après envoi de votre attestation de présence au Pôle de Relations Internationales.

Et pour valoriser davantage votre mobilité :

- Envoyez un témoignage au Pôle de Relations Internationales
- Devenez étudiant-tuteur
- Devenez membre de l'association ESN Valenciennes

## Conseils et démarches pour partir en mobilité de stage

Une mobilité internationale se prépare bien en amont. Elle doit être réfléchie et budgétée. En effet, il est important de prendre en compte que des démarches d’assurance, de recherche de logement ou encore de demande de visas sont parfois nécessaires et doivent être anticipée.

Le Pôle des Relations Internationales peut vous conseiller dans ces démarches, toutefois elles restent des démarches personnelles à la charge de l’étudiant.
$md$,
 null),

('MOBILITE', 'aides-financieres', (select id from page where area = 'MOBILITE' and slug = ''), 3,
 'Les aides financières',
 'Les aides à la mobilité internationale des étudiants (Erasmus+, Mermoz, aide à la mobilité internationale, contribution UPHF) : critères, montants, pays Erasmus+ et dates des commissions.',
 $md$L'Université Polytechnique Hauts-de-France dispose d'aides financières à la mobilité internationale pour ses étudiants, effectuée dans le cadre de la formation universitaire, en provenance de l'État français, de l'Europe, de la Région Hauts-de-France et sur fonds propres de l'établissement.

Chacune de ces aides a ses propres critères. La demande d'aide financière se fait via la saisie de votre candidature sur le Portail de la mobilité internationale.

Ce dossier vous permet de candidater aux divers financements dont vous trouverez les descriptifs ci-dessous (à titre indicatif et susceptible de changements), dans la limite des contingents disponibles sans autre démarche complémentaire.

## La commission d'attribution

La commission d'attribution des aides financières qui se réunit plusieurs fois par an étudie tous les dossiers complets et permet la répartition et la distribution équitable des financements entre tous.

Les critères pris en compte pour l'attribution d'une aide financière dans la limite des crédits disponibles, sont :

- Type de mobilité : études ou stage (attention, le « stage » en université est considéré comme séjour d'études, sauf si le caractère professionnel du stage est attesté).
- Financement antérieur obtenu pour d'autres mobilités internationales
- Statut social de l'étudiant (boursier sur critères sociaux du CROUS)
- Revenus imposables de l'étudiant : le quotient familial de l'avis d'imposition N-1 (pour la bourse régionale MERMOZ)
- Cofinancements de la mobilité, gratifications d'entreprise, autres bourses
- Destination (Europe/hors Europe), coût de la vie dans le pays
- Durée du séjour
- Autre mobilité internationale projetée par l'étudiant

## Après la commission

Après passage en commission de votre projet de mobilité, le Pôle de Relations Internationales vous informe par courriel de l'aide attribuée et transmet le contrat financier que vous devez conclure avec l'Université Polytechnique Hauts-de-France.

Le versement de l'aide financière est effectué à condition que votre dossier soit complet. Attention, le contrat financier est à retourner dans les plus brefs délais et si possible avant votre départ à l'étranger, afin de ne pas retarder le paiement.
$md$,
 'GRANTS'),

('MOBILITE', 'erasmus', (select id from page where area = 'MOBILITE' and slug = ''), 4,
 'Le programme Erasmus+',
 'La participation de l’UPHF au programme Erasmus+ 2021-2027 et sa Charte Erasmus+ pour l’Enseignement Supérieur (code Erasmus, OID et engagements).',
 $md$L’Université Polytechnique Hauts-de-France, dans la lignée du programme Erasmus+ 2014-2020, et dans le but d’atteinte des objectifs de sa stratégie institutionnelle, participe à plusieurs actions du nouveau programme Erasmus+ 2021-2027.

L’UPHF participe ainsi :

- au projet d’Université Européenne [EUNICE](/eunice);
- à des projets de mobilités intra-européens Erasmus+ pour environ 230 participants sortants chaque année ; étudiants et personnels (études et stage, enseignement et formation) ;
- à des projets de partenariats stratégiques ;
- à des projets de renforcement des capacités.

En outre, l’UPHF participe tous les ans aux Erasmus Days afin de sensibiliser tous les acteurs de l’université ; enseignants, chercheurs, doctorants, étudiants, personnel administratif, aux opportunités offertes par le programme Erasmus+

## La charte Erasmus +

L'Université Polytechnique Hauts-de-France est titulaire de la Charte ERASMUS+ pour l'Enseignement Supérieur (ECHE - 2021/2027) délivrée par la Commission Européenne

- Code ERASMUS : 999884537
- OID : E10209014

En tant que détenteur d’une charte Erasmus+, l’Université Polytechnique Hauts-de-France s’engage à :

- Respecter pleinement les principes de non-discrimination, de transparence et d'inclusion énoncés dans le programme.
- Assurer un accès et des opportunités égales et équitables aux participants actuels et potentiels de tous horizons, en accordant une attention particulière à l'inclusion de ceux qui ont moins d'opportunités.
- Garantir la reconnaissance entièrement automatique de tous les crédits (basés sur le système européen de transfert et d'accumulation de crédits - ECTS) obtenus pour les résultats d'apprentissage obtenus de manière satisfaisante pendant une période d'études / formation à l'étranger, y compris pendant une mobilité mixte.
- Ne facturer aucun frais, en cas de mobilité de crédit, aux étudiants mobiles entrants pour les frais de scolarité, l'inscription, les examens ou l'accès aux installations de laboratoire et de bibliothèque.
- Assurer la qualité des activités de mobilité et des projets de coopération tout au long des phases de candidature et de mise en œuvre.
- Mettre en œuvre les priorités du programme :
  - En prenant les mesures nécessaires pour mettre en œuvre la gestion de la mobilité numérique conformément aux normes techniques de l'initiative de la carte d'étudiant européenne.
  - En promouvant des pratiques respectueuses de l'environnement dans toutes les activités liées au programme.
  - En encourageant la participation au programme de ceux qui ont moins d’opportunités.
  - En promouvant l'engagement civique et en encourageant les étudiants et le personnel à s'impliquer en tant que citoyens actifs avant, pendant et après leur participation à une mobilité ou un projet.

## Nous contacter

Contact Erasmus+ : <erasmus@uphf.fr>
$md$,
 null),

('MOBILITE', 'accueil-international', (select id from page where area = 'MOBILITE' and slug = ''), 5,
 'Accueil des étudiants internationaux',
 'Étudier à l’UPHF quand on vient de l’étranger : un accueil labellisé « Bienvenue en France » et les contacts utiles.',
 $md$Les étudiants trouvent à l'UPHF des possibilités d’études variées et de haut niveau, des projets de recherche innovants et des activités parascolaires attrayantes.

L’université met tout en œuvre pour que le temps passé à étudier à l’UPHF ainsi que la découverte de la région et de la France constituent une expérience inoubliable, enrichissante et de grande qualité pour ses étudiants.

## Le label « Bienvenue en France »

L’UPHF est labellisée « Bienvenue en France » pour la qualité de son accueil des étudiants internationaux : [en savoir plus sur le label](/universite/label-bienvenue-en-france).

## Chercheurs et personnels internationaux

Les doctorants, chercheurs, enseignants et personnels qui viennent à l’UPHF sont accompagnés par le [centre EURAXESS](/mobilite/euraxess).

## Contact

Pour la mobilité entrante encadrée, consultez [les contacts du Pôle de relations internationales](/mobilite/contacts).
$md$,
 null),

('MOBILITE', 'euraxess', (select id from page where area = 'MOBILITE' and slug = ''), 6,
 'Centre EURAXESS',
 'Le centre EURAXESS de l’UPHF accompagne gratuitement les doctorants, chercheurs, enseignants et stagiaires internationaux et leur famille avant, pendant et après leur séjour.',
 $md$## Notre centre EURAXESS : votre mobilité internationale au sein de l'UPHF

Vous avez un projet de mobilité internationale vers l’UPHF et vous êtes doctorant, chercheur, enseignant, ingénieur de recherche, lecteur ou encore stagiaire en recherche, enseignement ou administration ? Si tel est le cas vous avez accès à un ensemble de services d’assistance gratuits, les services EURAXESS.

## Qu’est-ce que EURAXESS ?

EURAXESS est le nom de la mission consistant à faciliter l’installation de publics effectuant une mobilité internationale dans les établissements d’enseignement supérieur et de recherche, afin d’y mener des travaux de recherche et/ou d’assurer une mission d’enseignement.

## Une assistance avant, pendant et après votre séjour

Le centre EURAXESS de l’UPHF  vous apporte, à vous et à votre famille, information et assistance sur de multiples aspects de votre mobilité et de votre séjour.

### Avant votre arrivée

Après confirmation de votre projet de mobilité par l'UPHF :

- Inscrivez-vous sur la base de données française des chercheurs internationaux . L'inscription, gratuite et sûre,  peut se faire en anglais ou en français. Le seul et unique code postal à renseigner est le 59300.
- Le centre EURAXESS de l’UPHF vous contactera via l'adresse mail <euraxess@uphf.fr> pour discuter avec vous les aspects essentiels à votre venue comme le visa/titre de séjour, l'assurance maladie, le compte bancaire et le logement.
- Dès que vous connaissez votre date d'arrivée, transmettez l'information au centre EURAXESS de l’UPHF en envoyant un mail à l’adresse mentionnée ci-dessus.

### A votre arrivée et pendant votre séjour

Le centre EURAXESS de l’UPHF :

- Vous aidera à ouvrir votre compte bancaire, à finaliser les procédures relatives au logement, au titre de séjour et à la santé.
- Restera à votre disposition pour toute autre question relative à votre séjour.
- Vous transmettra par mail des informations sur les services proposée et les événements organisés par le centre.

### Avant votre départ

Le centre EURAXESS de l’UPHF vous aidera à effectuer les démarches de clôture (contrat de bail de location, contrats d'assurance, etc.) et vous redirigera vers le prochain centre EURAXESS si vous souhaitez poursuivre votre mobilité scientifique vers un autre établissement disposant d’un centre.

## Des moments conviviaux tout au long de l'année

Le Centre EURAXESS de l’UPHF organise également des événements a destination de ses hôtes internationaux, afin de faciliter leur intégration en dehors du laboratoire et la découverte de leur nouvel environnement culturel.

Musées et autres lieux d'intérêt culturel situés dans la région du Hainaut ou dans la région Hauts-de-France, apéritifs conviviaux et autres événements vous attendent, vous et votre famille.

N’hésitez pas à nous contacter via l’adresse mail <euraxess@uphf.fr> pour plus d’information.
$md$,
 null),

('MOBILITE', 'personnel', (select id from page where area = 'MOBILITE' and slug = ''), 7,
 'Mobilité Erasmus+ du personnel',
 'Mobilités Erasmus+ d’enseignement, de formation ou combinées pour tous les personnels de l’UPHF : financement, conditions et appels à candidatures.',
 $md$## Personnel en mobilité Erasmus+ : Mobilités d’enseignement et de formation

Que vous soyez enseignant-chercheur, doctorant, personnel des bibliothèques, ingénieur, administratif, technicien de service et de santé (BIATSS), titulaire ou non-titulaire, contractuel ou vacataire, à l’UPHF, vous pouvez réaliser une mobilité en Europe ou hors Europe grâce au programme Erasmus+.

Le Pôle de Relations Internationales vous encadre avant, pendant et après votre mobilité.

Partir en mobilité à l’étranger n’aura jamais été si facile !

- Possibilité d'enseigner en français et/ou en anglais
- Choix de la période et de la thématique d'enseignement
- Allocations de mobilité
- Accueil chaleureux des partenaires durant la mobilité
- Accompagnement du Pôle de Relations Internationales durant les procédures
- Découverte d'un nouveau pays
- Différentes destinations possibles (plus ou moins longue distance)

## Les différents types de mobilité

### Mobilités d’enseignement

Les enseignants et doctorants ont la possibilité de dispenser des cours intégrés dans le programme officiel d’un établissement partenaire de l’UPHF lors d’un séjour de courte durée.

Les mobilités d’enseignement se déroulent  dans une université partenaire de l’UPHF :

- Il est obligatoire d’enseigner 8 heures de cours minimum (le nombre d’heures est calculé au prorata pour les mobilités supérieures à une semaine).

### Mobilités de formation

Le programme Erasmus+ offre l'opportunité à tous les personnels de l'Université Polytechnique Hauts-de-France (personnels enseignants, administratifs, techniques, etc.) de réaliser une mobilité de formation dans un établissement d'enseignement supérieur, une entreprise ou un organisme de formation dans un autre pays d'Europe.

Retrouvez les offres de formation en université sur le site IMotion.

L'objectif des mobilités de formation est de permettre l'acquisition de connaissances ou de savoir-faire à partir d'expériences et de bonnes pratiques à l'étranger, ainsi que de compétences pratiques pouvant vous servir dans votre travail actuel et dans votre développement professionnel.

### Mobilités combinées

Les mobilités combinées permettent d’associer une activité d’enseignement et une activité de formation. Dans ce cas, le nombre d’heures d’enseignement requis est de 4 heures minimum.

## Le financement

L'allocation de mobilité Erasmus+ sert à couvrir une partie des frais additionnels liés à la mobilité : indemnités de séjour et frais de voyage. Elle n'a pas vocation à prendre en charge le coût total du déplacement à l'étranger.

- Les frais de séjour sont calculés en fonction de la durée d'activité et du pays de destination.
- Les frais de voyage sont calculés en fonction de la distance kilométrique entre le lieu de résidence administrative du personnel et le lieu de destination dans la limite des frais réels à justifier.

NB: Seul le trajet aller est pris en compte dans le calcul de la distance, mais le taux correspondant couvre les frais liés au trajet aller-retour.

Pour calculer la distance, utilisez le calculateur fourni par la Commission Européenne.

Avant toute chose, commencez à estimer le coût réel de votre mobilité en termes de frais de voyage et de séjour. Si le budget prévisionnel de votre mobilité dépasse l'allocation Erasmus+ présentée ci-dessus, sollicitez votre service de rattachement pour participer au financement de votre mobilité.

En tant que bénéficiaire du programme Erasmus+, vous ne pouvez pas simultanément recevoir de soutiens financiers au titre de plusieurs programmes communautaires (JEAN MONNET, HORIZON 2020, etc) ou de toute activité soutenue au moyen de fonds de l'Union Européenne (FEDER, Interreg, etc).

## Les conditions pour mobilité Erasmus+

- La mobilité doit être de 2 jours minimum dans l'établissement d'accueil en Europe, 5 jours minimum hors-Europe.
- La mobilité ne peut excéder deux mois.

## Appels à candidatures

Le Pôle de Relations Internationales organise plusieurs appels à candidatures au cours de l’année académique disponibles sur l’intranet.

Les candidatures devront être soumises en complétant le formulaire en ligne correspondant au type de mobilité choisi (liens vers les formulaires disponibles lors des appels)

Suite à l’appel, une commission se réunit afin d’examiner votre candidature pour l’attribution éventuelle d’une aide financière.

Seront prioritaires :

- Les personnels n’ayant jamais effectué de mobilité Erasmus+.
- Les mobilités vers les partenaires de l’Université Européenne ([EUNICE](/eunice))
- Les mobilités ayant un impact direct sur la mobilité étudiante entrante (dans le cadre du programme ERASMUS+ ou d'un renforcement d'un partenariat sur la délivrance d'un diplôme conjoint).
- Les académiques juniors pour les mobilités de formation.
- Les mobilités de formation dédiées aux compétences pédagogiques et à la conception de programme

Contact : <erasmus-staff@uphf.fr>
$md$,
 null),

('MOBILITE', 'strategie-internationale', (select id from page where area = 'MOBILITE' and slug = ''), 8,
 'Stratégie internationale',
 'Les partenariats, les objectifs d’internationalisation et les principes d’accès à la mobilité de la politique internationale de l’UPHF.',
 $md$La participation à l’Europe de l’enseignement supérieur depuis ses débuts est majeure dans les coopérations de l’UPHF : mobilités Erasmus+ étudiantes et enseignantes, doubles diplômes, recherche, ...

La position géographique de l’université favorise particulièrement une collaboration transfrontalière avec des partenaires comme la Belgique, l’Allemagne, le Sud du Royaume Uni, l’Italie, l’Espagne.

Parallèlement, des réseaux privilégiés se sont développés historiquement avec l’Afrique francophone du Nord et de l'Ouest ainsi que des collaborations vers des pays émergents (Asie du Sud Est, Amérique Latine) où l’UPHF peut soutenir des établissements partenaires mais aussi renforcer ses compétences dans des thématiques complémentaires de formation et de recherche (mobilité internationale, cotutelles, stages en laboratoire).

## Les objectifs de la politique internationale

Outre l’objectif de favoriser la mobilité des étudiants et du personnel (enseignants-chercheurs, personnel administratif), la politique internationale de l’UPHF s’articule dans le but de :

- Renforcer l’attractivité de l’université et consolider une image d’excellence à l’international ;
- Structurer, coordonner et mutualiser toutes les actions internationales en synergie.

La participation au nouveau programme [Erasmus+](/mobilite/erasmus) confirme l’engagement de l’Université dans son processus d’ouverture à l’international et d’organisation de son institution pour y répondre. La consolidation des liens de partenariats durables avec des établissements européens et hors Union Européenne est une priorité, tout en les mettant en perspective avec la structuration et la stratégie institutionnelle de l’UPHF.

Les objectifs d’internationalisation et de modernisation de l’établissement sont :

- une affirmation de son identité auprès de ses partenaires européens et internationaux ;
- une valorisation de l’international à travers tous les niveaux et acteurs de l’établissement ;
- une institutionnalisation des collaborations et flux individuels.

## Faciliter l’accès à la mobilité

Cette stratégie internationale, et plus particulièrement la valorisation de l’international à tous les niveaux, continuera de respecter les principes de non-discrimination, de transparence et d’inclusion dans sa façon de sélectionner les candidats pour la mobilité (étudiants et personnels) ainsi que pour l’attribution des bourses afférentes.

L’UPHF s’engage également à rendre l’accès à la mobilité possible pour les individus qui en sont le plus éloignés.

Cette stratégie institutionnelle internationale permet à l’UPHF, établissement d’enseignement supérieur, d’être moteur de création d’emplois, de croissance économique et d’amélioration de la cohésion sur son territoire, ce qui s’intègre dans l'objectif de construction d'un espace européen de l'éducation.
$md$,
 null),

('MOBILITE', 'contacts', (select id from page where area = 'MOBILITE' and slug = ''), 9,
 'Contacts',
 'Les adresses du Pôle de relations internationales, des services relations internationales des instituts et des autres services qui accompagnent la mobilité internationale.',
 $md$Selon votre question, adressez-vous au Pôle de relations internationales, au service relations internationales de votre institut ou au service concerné ci-dessous.
$md$,
 'CONTACTS');

-- ---------------------------------------------------------------------------------
-- Grants (seed lines 647–679)
-- ---------------------------------------------------------------------------------
insert into mobility_grant (code, name, funder, combinable_note, sort_order) values
('ERASMUS', 'Allocation Erasmus+',                 'Union européenne',        'Cumulable avec la bourse AMI ou Mermoz',       1),
('MERMOZ',  'Bourse Mermoz',                       'Région Hauts-de-France',  'Cumulable avec la bourse Erasmus+ uniquement', 2),
('AMI',     'Aide à la mobilité internationale',   'État français',           'Cumulable avec la bourse Erasmus+ uniquement', 3),
('UPHF',    'Contribution forfaitaire UPHF',       'fonds propres de l''UPHF', '',                                            4);

insert into grant_criterion (grant_id, body, sort_order) values
((select id from mobility_grant where code = 'ERASMUS'), 'Réaliser une période d’études ou de stage de minimum 60 jours', 1),
((select id from mobility_grant where code = 'ERASMUS'), 'Dès le niveau L1', 2),
((select id from mobility_grant where code = 'ERASMUS'), '12 mois de mobilité maximum par cycle d’études - 24 mois de mobilité maximum par cycle pour les étudiants ingénieurs.', 3),

((select id from mobility_grant where code = 'MERMOZ'), 'Être inscrit en formation initiale de niveau L2 à M2.', 1),
((select id from mobility_grant where code = 'MERMOZ'), 'Plafond de ressources : le quotient familial ne doit pas dépasser 30 000€.', 2),
((select id from mobility_grant where code = 'MERMOZ'), 'Fournir l’avis d’imposition français du foyer auquel l’étudiant est rattaché fiscalement.', 3),
((select id from mobility_grant where code = 'MERMOZ'), 'Pour les mobilités études : Durée éligible : 4 à 26 semaines consécutives.', 4),
((select id from mobility_grant where code = 'MERMOZ'), 'Pour les mobilités stages : Durée éligible : 12 à 26 semaines consécutives L,M,D / 6 semaines pour les IUT', 5),
((select id from mobility_grant where code = 'MERMOZ'), 'Le montant maximum est de 400€ par mois soit 92,40 par semaine puis dégressif en fonction du quotient familial + 300 € maximum pour les étudiants boursiers sur justificatifs.', 6),
((select id from mobility_grant where code = 'MERMOZ'), 'NB : si l’étudiant est logé et nourri pendant son stage et/ou que le montant de ses indemnités s’élève à plus de 230 € / semaine, il ne bénéficie que de la participation aux frais de voyage s’il est boursier sur critères sociaux.', 7),

((select id from mobility_grant where code = 'AMI'), 'Être boursier sur critères sociaux.', 1),
((select id from mobility_grant where code = 'AMI'), 'Durée de mobilité : de 2 mois (60 jours consécutifs) à 9 mois', 2),

((select id from mobility_grant where code = 'UPHF'), 'Réaliser une période de mobilité de 8 à 26 semaines.', 1),
((select id from mobility_grant where code = 'UPHF'), 'Être inscrit en formation initiale de niveau L2 à M2.', 2),
((select id from mobility_grant where code = 'UPHF'), 'Fournir l’avis d’imposition français du foyer auquel l’étudiant est rattaché fiscalement.', 3);

insert into grant_amount (grant_id, label, amount, unit, country_group, sort_order) values
((select id from mobility_grant where code = 'ERASMUS'), 'Pays du groupe 3', 210.00, 'MOIS', 3, 1),
((select id from mobility_grant where code = 'ERASMUS'), 'Pays du groupe 2', 261.00, 'MOIS', 2, 2),
((select id from mobility_grant where code = 'ERASMUS'), 'Pays du groupe 1', 312.00, 'MOIS', 1, 3),
((select id from mobility_grant where code = 'ERASMUS'), 'Supplément mensuel pour les mobilités de stage', 150.00, 'MOIS', null, 4),
((select id from mobility_grant where code = 'MERMOZ'),  'Montant maximum', 400.00, 'MOIS', null, 1),
((select id from mobility_grant where code = 'MERMOZ'),  'Montant maximum par semaine', 92.40, 'SEMAINE', null, 2),
((select id from mobility_grant where code = 'MERMOZ'),  'Maximum pour les étudiants boursiers sur justificatifs', 300.00, 'FORFAIT', null, 3),
((select id from mobility_grant where code = 'AMI'),     'Montant mensuel', 400.00, 'MOIS', null, 1),
((select id from mobility_grant where code = 'UPHF'),    'Forfait', 500.00, 'FORFAIT', null, 1);

-- Erasmus+ country groups (seed lines 652–654; Islande listed twice in the seed: one row).
insert into erasmus_country (name, iso_code, country_group) values
('Slovénie', 'SI', 3),
('Estonie', 'EE', 3),
('Lettonie', 'LV', 3),
('Croatie', 'HR', 3),
('Slovaquie', 'SK', 3),
('République Tchèque', 'CZ', 3),
('Lituanie', 'LT', 3),
('Turquie', 'TR', 3),
('Hongrie', 'HU', 3),
('Pologne', 'PL', 3),
('Roumanie', 'RO', 3),
('Bulgarie', 'BG', 3),
('Macédoine du Nord', 'MK', 3),
('Pays-Bas', 'NL', 2),
('Autriche', 'AT', 2),
('Belgique', 'BE', 2),
('Allemagne', 'DE', 2),
('Italie', 'IT', 2),
('Espagne', 'ES', 2),
('Chypre', 'CY', 2),
('Grèce', 'GR', 2),
('Malte', 'MT', 2),
('Portugal', 'PT', 2),
('Norvège', 'NO', 1),
('Danemark', 'DK', 1),
('Luxembourg', 'LU', 1),
('Royaume-Uni', 'GB', 1),
('Islande', 'IS', 1),
('Suède', 'SE', 1),
('Irlande', 'IE', 1),
('Finlande', 'FI', 1),
('Liechtenstein', 'LI', 1);

-- Dates of the grant commissions (seed lines 642–645).
insert into commission_date (subject, meeting_date, sort_order) values
('Stages débutant après le 14 février 2022', date '2022-01-31', 1),
('Stages débutant après le 28 mars 2022', date '2022-03-13', 2),
('Stages débutant après le 15 mai 2022', date '2022-05-01', 3),
('Etudes année académique 2022/2023 (semestre 1 ou année entière) & Stages débutant après le 12 juin 2022', date '2022-06-05', 4);

-- ---------------------------------------------------------------------------------
-- Contact points of the mobility area: the contact list (seed lines 749–763) first,
-- then the addresses given on the internship and EURAXESS pages (547, 605).
-- erasmus@uphf.fr (357, 752) and erasmus-staff@uphf.fr (409, 753) have one row each.
-- ---------------------------------------------------------------------------------
insert into contact_point (area, service, label, email, phone, campus_id, sort_order) values
('MOBILITE', 'Pôle de relations internationales', 'Informations sur la mobilité sortante encadrée', 'international_out@uphf.fr', null, null, 1),
('MOBILITE', 'Pôle de relations internationales', 'Informations sur la mobilité entrante encadrée', 'international_in@uphf.fr', null, null, 2),
('MOBILITE', 'Pôle de relations internationales', 'Informations sur les accords Erasmus+', 'erasmus@uphf.fr', null, null, 3),
('MOBILITE', 'Pôle de relations internationales', 'Informations sur la mobilité du personnel', 'erasmus-staff@uphf.fr', null, null, 4),
('MOBILITE', 'Pôle de relations internationales', 'Informations sur les accords hors Europe & autres', 'pri@uphf.fr', null, null, 5),
('MOBILITE', 'Service relations internationales dans les instituts', 'Institut National des Sciences Appliquées - INSA Hauts-de-France', 'international@insa-hdf.fr', null, null, 6),
('MOBILITE', 'Service relations internationales dans les instituts', 'Institut Universitaire de Technologies – IUT', 'iut-ri@uphf.fr', null, null, 7),
('MOBILITE', 'Service relations internationales dans les instituts', 'Institut Sociétés et Humanités – ISH : UA Droit administration Publique', 'ish.mobilites.dap@uphf.fr', null, null, 8),
('MOBILITE', 'Service relations internationales dans les instituts', 'Institut Sociétés et Humanités – ISH : UA IAE', 'ish.mobilites.iae@uphf.fr', null, null, 9),
('MOBILITE', 'Service relations internationales dans les instituts', 'Institut Sociétés et Humanités – ISH : UA Lettres Langues Arts', 'ish.mobilites.lla@uphf.fr', null, null, 10),
('MOBILITE', 'Service relations internationales dans les instituts', 'Institut Sociétés et Humanités – ISH : UA Economie, histoire, géo et sociétés', 'ish.mobilites.ehgs@uphf.fr', null, null, 11),
('MOBILITE', 'Bureau d’Aide à l’Insertion professionnelle (BAIP)', 'Convention de stage à l’étranger', 'stage-emploi@uphf.fr', '03 27 51 10 23', null, 12),
('MOBILITE', 'Centre EURAXESS de l’UPHF', 'Accueil des doctorants, chercheurs et enseignants internationaux : visa, titre de séjour, assurance maladie, compte bancaire, logement', 'euraxess@uphf.fr', null, null, 13);

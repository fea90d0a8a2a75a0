-- Seed content of the areas ADMISSION (/admission), SERVICES (/services) and the CAMPUS index (/campus).
-- Seed lines 1–54 and 766–789 (admission), 439–502 and 807–862 (services).
-- Facts with structure go into their tables (application platforms, certifications, language
-- centres, contact points); the pages' widgets render them after the body.

-- ---------------------------------------------------------------------------------------------
-- ADMISSION
-- ---------------------------------------------------------------------------------------------

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('ADMISSION', '', null, 0,
 'Candidater et s''inscrire',
 'Les trois étapes pour rejoindre l’UPHF : la candidature, l’inscription administrative et l’inscription pédagogique, ainsi que le transfert de dossier et l’alternance.',
 $md$Procédure d'inscription ou de transfert : cette rubrique présente chaque étape de votre arrivée à l’UPHF, la demande de [transfert de dossier universitaire](/admission/transfert) vers une autre université et la [formation en alternance](/admission/alternance).

## Les trois étapes pour rejoindre l’UPHF

- ETAPE 1 : [La candidature ou pré-inscription](/admission/plateformes) auprès de l’institut qui organise la formation - de décembre à septembre selon les filières
- ETAPE 2 : [L'inscription administrative](/admission/inscription-administrative) - à partir de juillet
- ETAPE 3 : [L'inscription pédagogique](/admission/inscription-pedagogique) auprès du secrétariat de la formation.
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('ADMISSION', 'plateformes', (select id from page where area = 'ADMISSION' and slug = ''), 1,
 'Plateformes de candidature',
 'Parcoursup, Mon Master, eCandidat, candidature des étudiants étrangers, des doctorants et reprise d''études : sur quelle plateforme candidater selon votre situation et la formation visée.',
 $md$La candidature est la première des [trois étapes pour rejoindre l’UPHF](/admission). Elle se fait sur une plateforme qui dépend de votre situation et de la formation visée : le tableau en bas de page présente chaque plateforme de candidature, les candidats concernés et les formations.

## ÉTAPE 1 : Candidature

- Candidater en 1ère année après le Bac : [Parcoursup](https://www.parcoursup.fr)
- Etudiant : consulter les modalités de préinscription par formation
- Etudiant étranger : candidater dans le cadre d'un programme d'échange ou à titre individuel
- Doctorant : suivre la procédure de l'Ecole Doctorale
- Candidat à la reprise d’études : prendre contact avec le Service Apprentissage et Formation Continue

## Mon Master

Le dépôt de candidature s'effectue sur le site Mon Master. Les candidats doivent se rendre directement sur la plateforme pour postuler en master 1.

### Masters co-accrédités UPHF et INSA HdF

L'Université Polytechnique Hauts-de-France est un établissement expérimental. Elle rassemble, en tant qu’établissement expérimental, des établissements-composantes, dont l’Institut National des Sciences Appliquées Hauts-de-France (INSA HdF).

Cette spécificité conduit l'UPHF comme l'INSA HdF à vous proposer des masters co-accrédités. Néanmoins, seule la vignette de l'établissement en charge de leur mise en œuvre propose le bouton « Je candidate ».

Ainsi, si le bouton « je candidate » est absent de la vignette du master d’un établissement, alors vous pourrez candidater en utilisant la vignette du master de l’autre établissement.

### Masters MEEF

De même, pour les masters MEEF dispensés à l'UPHF, la candidature doit être faite sur les masters MEEF de l'Université de Lille. Il faudra ensuite choisir l'UPHF, en tant que site souhaité pour l'enseignement.
$md$,
 'PLATFORMS');

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('ADMISSION', 'inscription-administrative', (select id from page where area = 'ADMISSION' and slug = ''), 2,
 'Inscription administrative',
 'L’inscription administrative, deuxième étape pour rejoindre l’UPHF, à partir de juillet : lycéens, réinscriptions, étudiants d’un autre établissement, étudiants internationaux, doctorants, formation continue.',
 $md$L’inscription administrative est la deuxième des [trois étapes pour rejoindre l’UPHF](/admission) ; elle a lieu à partir de juillet, après la [candidature](/admission/plateformes).

## ÉTAPE 2 : Inscription administrative

- Lycéens : s'inscrire en 1ère année
- Etudiant à l'UPHF en réinscription
- Etudiant dans un autre établissement
- Vous êtes étudiant international et vous n'avez jamais été inscrit à l'Université Polytechnique Hauts-de-France
- Vous souhaitez devenir doctorant : suivre la procédure de l'Ecole Doctorale
- Formation continue : s’adresser au secrétariat de la formation concernée

L’étape suivante est l’[inscription pédagogique](/admission/inscription-pedagogique).
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('ADMISSION', 'inscription-pedagogique', (select id from page where area = 'ADMISSION' and slug = ''), 3,
 'Inscription pédagogique',
 'L’inscription pédagogique, dernière étape pour rejoindre l’UPHF, se fait en contactant directement la filière de formation concernée.',
 $md$L’inscription pédagogique est la troisième des [trois étapes pour rejoindre l’UPHF](/admission), après l’[inscription administrative](/admission/inscription-administrative).

## ÉTAPE 3 : Inscription pédagogique

La dernière étape sera l’inscription pédagogique, en contactant directement la filière de formation concernée.
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('ADMISSION', 'transfert', (select id from page where area = 'ADMISSION' and slug = ''), 4,
 'Transfert de dossier universitaire',
 'Poursuivre ses études dans une autre université française : la demande de transfert du dossier universitaire se fait en ligne et nécessite un visa numérique du Président de l’UPHF.',
 $md$L'étudiant qui souhaite poursuivre ses études dans une autre université française doit procéder à une demande de transfert de son dossier universitaire.

Le transfert se fait généralement pour une inscription pour l'année universitaire, le transfert en cours d'année étant exceptionnel.

## La demande en ligne

Une interface informatique est mise à votre disposition afin de rendre effectif votre départ de l'Université Polytechnique Hauts-de-France.

Cette interface informatique vous permet :

- d’effectuer votre demande en ligne
- de recevoir par mail des informations sur l’avancement du traitement de votre demande
- d’obtenir un avis favorable ou défavorable délivré par le Président de l’Université Polytechnique Hauts-de-France, sous la forme d’un visa numérique
- d’imprimer votre demande de transfert, une fois ce visa obtenu, sous format PDF

## La validation du dossier

La validation de votre dossier de transfert garantit que vous êtes en règle vis à vis de l'Université Polytechnique Hauts-de-France (quitus bibliothèque, paiement des droits…) et permet à l'établissement d'accueil de vous inscrire.

## Renseignement complémentaire

Pour toute question sur le transfert de votre dossier, écrivez au service ci-dessous.
$md$,
 'CONTACTS');

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('ADMISSION', 'alternance', (select id from page where area = 'ADMISSION' and slug = ''), 5,
 'La formation en alternance',
 'Se former en alternance à l’UPHF : pourquoi devenir alternant, qui peut signer un contrat d’apprentissage ou de professionnalisation, et les démarches à suivre.',
 $md$L'alternance est un rythme de formation permettant de développer des compétences théoriques et pratiques (en formation) et de les appliquer dans le monde professionnel (en entreprise).

## Pourquoi devenir alternant ?

- Pour préparer un diplôme reconnu et acquérir une qualification professionnelle
- Pour développer de nouvelles compétences liées au métier visé
- Pour faciliter son insertion professionnelle à l'issue des études
- Pour être rémunéré durant la préparation du diplôme

## Qui peut devenir alternant ?

### En contrat d'apprentissage

- Les jeunes âgés de 16 à 29 ans révolus ;
- Certains publics peuvent entrer en apprentissage au-delà de 29 ans révolus : les apprentis préparant un diplôme ou titre supérieur à celui obtenu, les travailleurs handicapés, les personnes ayant un projet de création ou de reprise d’entreprise et les sportifs de haut niveau.

### En contrat de professionnalisation

- Les jeunes âgés de 16 à 25 ans ;
- Les demandeurs d’emploi âgés de 26 ans et plus ;
- Les bénéficiaires du revenu de solidarité active (RSA), de l’allocation de solidarité spécifique (ASS) ou de l’allocation aux adultes handicapés (AAH) ;
- Les personnes ayant bénéficié d’un contrat aidé.

## Quelles sont les démarches à suivre ?

1. Vérifier si la formation est proposée en contrat d'apprentissage ou en contrat de professionnalisation.
2. Déposer votre candidature sur [e-candidat](/admission/plateformes)
3. Prospecter auprès des entreprises dans le secteur d'activité correspondant à votre projet professionnel
4. Valider avec le responsable de la formation et votre entreprise le contrat et les missions qui vous seront confiées dès l'admission dans la formation.
$md$,
 null);

-- Application platforms (seed line 1, with audiences and programmes from lines 2–17 and 26–34).
insert into application_platform (code, name, audience, programmes, url, sort_order) values
('PARCOURSUP', 'Parcoursup',
 'Bachelier de l’année 2024 ou titulaire d''un diplôme équivalent (ex : DAEU ou Capacité en droit pour une poursuite en licence 1ère année de droit uniquement) ; Etudiant de l''Université Polytechnique Hauts-de-France souhaitant se réorienter ; Etudiant venant d''une autre université et qui souhaite se réorienter',
 '1ère année après le Bac',
 'https://www.parcoursup.fr', 1),
('MON_MASTER', 'Mon Master',
 'Candidats en master 1',
 'Master 1, dont les masters co-accrédités par l''UPHF et l''INSA HdF ; masters MEEF dispensés à l''UPHF : candidature sur les masters MEEF de l''Université de Lille',
 'https://www.monmaster.gouv.fr', 2),
('ECANDIDAT', 'eCandidat',
 'Candidats résidant en France',
 '2ème année de DEUST, BUT 2ème ou 3ème année, Licences 2ème ou 3ème année, Licences Professionnelles, Master 2ème année, Diplômes d''Ingénieurs : formation initiale 4ème année et formation en apprentissage 3ème et 4ème année, Préparation aux Grands Concours Administratifs et Concours Administratifs Internes',
 null, 3),
('ETRANGER_PARTENAIRE', 'Étudiant étranger établissement partenaire',
 'Etudiant étranger venant d''un établissement partenaire',
 'Formations de l''UPHF, dans le cadre d''un programme d''échange',
 null, 4),
('ETRANGER_INDIVIDUEL', 'Étudiant étranger à titre individuel',
 'Etudiant étranger candidatant à titre individuel',
 'Formations de l''UPHF, à titre individuel',
 null, 5),
('DOCTORANT', 'Étudiant Doctorant',
 'Doctorant',
 'Doctorat : procédure de l''Ecole Doctorale',
 null, 6),
('REPRISE_ETUDES', 'Reprise d''études',
 'Candidat à la reprise d’études',
 'Formation continue : Service Apprentissage et Formation Continue',
 null, 7);

-- Contact point of the admission area (seed line 54).
insert into contact_point (area, service, label, email, phone, campus_id, sort_order) values
('ADMISSION', 'Scolarité – transferts', 'Renseignement complémentaire sur le transfert de dossier universitaire',
 'transfert-scolarite@uphf.fr', null, null, 1);

-- ---------------------------------------------------------------------------------------------
-- SERVICES
-- ---------------------------------------------------------------------------------------------

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', '', null, 0,
 'Services aux étudiants',
 'Langues et certifications, mission handicap, entrepreneuriat étudiant, recrutement et annuaire des contacts : les services proposés aux étudiants de l’UPHF.',
 $md$Cette rubrique présente les services proposés aux étudiants de l’UPHF :

- [la Plateforme des Langues et Certifications](/services/langues) et ses [deux Centres de ressources en langues](/services/centres-de-ressources-en-langues), au Mont Houy et aux Tertiales ;
- [la mission handicap](/services/handicap) et le relais handicap ;
- [l’entrepreneuriat étudiant](/services/entrepreneuriat) : le statut d’étudiant entrepreneur, [le Hubhouse](/services/hubhouse) et [le module d'ouverture "entrepreneuriat"](/services/module-entrepreneuriat) ;
- [le recrutement](/services/recrutement) ;
- [l’annuaire des contacts](/services/contacts), qui rassemble les adresses électroniques et les numéros de téléphone des services.
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', 'langues', (select id from page where area = 'SERVICES' and slug = ''), 1,
 'La Plateforme des Langues et Certifications',
 'Depuis 2016, la Plateforme des Langues et Certifications développe l’apprentissage des langues à l’UPHF : modules d’ouverture, centres de ressources en langues et certifications (Linguaskill, Bright, Voltaire, TOEIC).',
 $md$Depuis 2016, la Plateforme des langues et certifications favorise un enseignement linguistique plus homogène et plus riche d’un partage des compétences.

## Un organe majeur dans l'apprentissage des langues

La Plateforme des Langues et Certifications existe au sein de l'établissement depuis 2016.

Elle permet à l’étudiant de construire son projet professionnel et de se former en langues « tout au long de son parcours ».

Elle favorise, depuis, un enseignement linguistique plus homogène et plus riche d’un partage des compétences et permet à l’étudiant de l’UPHF de construire son projet professionnel et de se former en langues « tout au long de son parcours ».

La Plateforme des Langues et Certifications s’inscrit dans une stratégie pédagogique et scientifique qui relève de la politique du projet d’établissement dans le cadre de l’harmonisation de l’apprentissage des langues à l’UPHF demandée par le Ministère de l’Enseignement Supérieur et de la Recherche.

Aussi bien pour la formation initiale que pour la formation continue, la Plateforme des Langues et Certifications est le lieu privilégié de la mise en œuvre d'une politique d’enseignement des langues et d'une démarche pédagogique dans ce domaine.

## Des modules d’ouverture

La Plateforme des Langues et Certifications gère plusieurs modules d’ouverture parmi ceux proposés par l’UPHF ; le LSCMI (apprentissage du chinois, japonais, russe, néerlandais, arabe, italien, portugais, allemand), Préparation à la certification VOLTAIRE, Préparation au TOEIC, Le TOEIC and You, le Ch’ti picard, Améliorer vos compétences en anglais en ligne, L’apprentissage du FLE, la civilisation américaine...

La Plateforme des Langues et Certifications met aussi en place les formations en langues ouvertes au monde entrepreneurial.

## Deux Centres de ressources en langues (CRL)

Les étudiants y travaillent les langues de leur choix et participent à des ateliers de conversation : emplacements et horaires sur la page [Centres de ressources en langues](/services/centres-de-ressources-en-langues).

## Des certifications

Les missions de la Plateforme des Langues et Certifications sont de développer l’apprentissage des langues étrangères, de permettre le renforcement des connaissances et d’inscrire les apprenants aux différentes certifications proposés par l’UPHF.
$md$,
 'CERTIFICATIONS');

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', 'centres-de-ressources-en-langues', (select id from page where area = 'SERVICES' and slug = ''), 2,
 'Centres de ressources en langues',
 'Les deux Centres de Ressources en Langues (CRL) de la Plateforme des Langues et Certifications, au Mont Houy et aux Tertiales : parcours personnalisés, ateliers de conversation, horaires et emplacements.',
 $md$La Plateforme des Langues et Certifications abrite deux Centres de Ressources en Langues (CRL) où les étudiants sont accueillis tous les jours de 8h30 à 16h. Un CRL sur le site du Mont Houy et un sur le site des Tertiales. Au sein des CRL, les étudiants peuvent travailler les langues vivantes de leur choix et bénéficier d’un parcours personnalisé pour parfaire leurs connaissances linguistiques selon le cadre du CRCRL.

## Des ateliers de conversation

Les étudiants peuvent également participer à des ateliers de conversation : une manière ludique et vivante de pratiquer les langues en compagnie de moniteurs dynamiques et compétents. Ces ateliers de conversation portent sur des sujets d’actualité, sur le cinéma, ou autre thème soulevé lors des échanges.

## Horaires et accès

Les Centres de Ressources en Langues sont en accès libre du lundi 8h30 au jeudi 16h30 sans interruption.

- Le CRL du Mont Houy est situé dans le bâtiment Matisse, rez-de-chaussée (face à l’amphi 150)
- Le CRL des Tertiales est situé dans le bâtiment des Tertiales, au deuxième étage.

Les certifications proposées sont présentées sur la page de [la Plateforme des Langues et Certifications](/services/langues).
$md$,
 'LANGUAGE_CENTRES');

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', 'handicap', (select id from page where area = 'SERVICES' and slug = ''), 3,
 'La mission handicap',
 'L’accompagnement personnalisé des étudiants en situation de handicap à l’UPHF : relais handicap, Plan d''Accompagnement de l''Etudiant en situation de Handicap (PAEH), guide de l’étudiant et réinscription.',
 $md$L’UPHF s’engage pour un accueil et un accompagnement personnalisé de ses étudiants en situation de handicap, tout au long de leur parcours de formation.

## Bénéficier de l’aide du relais handicap

L’étudiant en situation de handicap peut bénéficier de différents aménagements. Pour les cours, le cursus et/ou les examens. Les aménagements sont personnalisés et destinés à compenser sa situation de handicap.

Tout étudiant inscrit à l'Université Polytechnique Hauts-de-France, en situation de handicap ou rencontrant des difficultés de santé, quelles qu'en soient la nature (motrice, psychique, sensorielle, invalidante, ...) et la durée, peut bénéficier de l'aide du Relais Handicap dans ses démarches, et notamment dans la déclaration de son handicap, s'il le souhaite et en toute confidentialité.

A cet effet, l’étudiant prend contact avec le Relais Handicap dans les plus brefs délais (avant, pendant ou après son inscription, dès le début de l'année universitaire), afin de déclencher sa demande de Plan d'Accompagnement de l'Etudiant en situation de Handicap (PAEH).

Après étude de la demande, le référent handicap de sa composante de formation assurera la mise en place des aménagements accordés.

## Guide de l’étudiant en situation de handicap à l’UPHF

Ce guide comprend plusieurs parties :

- Définition du handicap
- Les interlocuteurs à votre écoute
- L’accompagnement personnalisé dès l'admission (avant inscription et tout au long du cursus)
- Les aménagements pour donner toutes les chances de réussir (études et examens)
- L’accès au savoir facilité (BU, plateforme numérique, accessibilité des bâtiments)
- La vie sur le campus
- Un soutien pour aborder le premier emploi

## Réinscription

Tout étudiant ayant bénéficié d’aménagements au cours des années antérieures à l’UPHF, doit impérativement demander le renouvellement en début d’année universitaire nouvelle.

Les étudiants disposant d’un PAEH valable pour tout le cursus doivent aussi impérativement se présenter au relais handicap en début d’année. Cette validité permettra à l’étudiant de bénéficier des aménagements sans revoir le médecin du SSU, sauf si des évolutions impliquent des modifications des aménagements.

Si l’étudiant change de cursus, il devra par contre renouveler complètement son PAEH.

## Contacter le relais handicap

Le relais handicap coordonne les différentes actions en faveur des étudiants handicapés. Cette structure assure la continuité avec les composantes et instituts de formation.
$md$,
 'CONTACTS');

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', 'entrepreneuriat', (select id from page where area = 'SERVICES' and slug = ''), 4,
 'Entrepreneuriat étudiant',
 'Créer ou reprendre une entreprise pendant ses études : le Statut National Étudiant Entrepreneur (SNEE), le Diplôme Étudiant Entrepreneur (D2E), le Hubhouse et le module d''ouverture « entrepreneuriat ».',
 $md$Pour créer ou reprendre une entreprise pendant vos études, l’UPHF vous propose le statut et le diplôme d’étudiant entrepreneur présentés ci-dessous, l’accompagnement du [Hubhouse](/services/hubhouse) et le [module d'ouverture "entrepreneuriat"](/services/module-entrepreneuriat).

## Le Statut National Étudiant Entrepreneur (SNEE) et le Diplôme Étudiant Entrepreneur (D2E)

Le statut d’étudiant entrepreneur permet de promouvoir l'esprit d'entreprendre chez les étudiants et de construire le parcours vers la réalisation d’un projet entrepreneurial.

### Le statut

Le Statut National Étudiant Entrepreneur (SNEE) favorise l'entrepreneuriat des étudiants et jeunes diplômés, accessible partout en France dans l'un des PEPITE (Pôle Étudiant pour l'Innovation, le Transfert et l'Entrepreneuriat).

Ce statut permet à tout étudiant de construire et de développer son projet entrepreneurial en bénéficiant d'un accompagnement sur mesure. Il s'adresse aux étudiants et jeunes diplômés à partir du bac.

### Le diplôme

Le Diplôme Étudiant Entrepreneur (D2E) permet à l'étudiant de mener à bien son projet avec un maximum de sécurité et de visibilité. Le D2E se déroule sur une année universitaire.

Plus d’informations : [www.pepite-france.fr](https://www.pepite-france.fr)

### Deux tuteurs

Durant son parcours, l'étudiant est encadré par 2 tuteurs :

- le tuteur académique, enseignant ou enseignant-chercheur apporte une aide méthodologique à l'étudiant ;
- le tuteur professionnel, entrepreneur ou expert de la création/reprise d'entreprise, encourage l'étudiant dans son projet entrepreneurial et partage avec lui ses compétences et son expérience.
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', 'hubhouse', (select id from page where area = 'SERVICES' and slug = ''), 5,
 'Le Hubhouse',
 'Le Hubhouse informe, sensibilise et accompagne les étudiants et jeunes diplômés qui veulent créer ou reprendre une entreprise, avec un réseau de partenaires en Hauts-de-France.',
 $md$Tu veux créer ou reprendre une entreprise ?

## Sensibilisation

Le Hubhouse informe, accueille, et sensibilise les étudiants, le personnel enseignant et administratif à la prise d'initiatives et à l'entrepreneuriat. Il accompagne et oriente les étudiants et les jeunes diplômés.

- Information sur l'écosystème entrepreneurial ; appui dans les démarches de création d'activité.
- Sensibilisation : ouvrir l'esprit à l'initiative économique en développant les capacités entrepreneuriales.
- Initiation : vivre une action en mode projet pour apprendre à formaliser les idées.

## Accompagnement

Le Hubhouse accompagne les étudiants-entrepreneurs.

1. 1er accueil : Information sur l'accompagnement et les dispositifs existants en région.
2. Accompagnement individuel : définition de la feuille de route pour structurer méthodologiquement le projet.
3. Formation & ateliers collectifs : acquisition des connaissances et compétences utiles pour développer la posture entrepreneuriale.
4. Mise en réseau : construction, développement et mise en réseau pour saisir les opportunités.
5. Orientation : accès au réseau régional et national des professionnels de l'accompagnement de la création d'entreprise.
6. Espace de travail : orientation vers des espaces de travail et de mise en réseau.

Les étudiants peuvent aussi demander le [statut d’étudiant entrepreneur](/services/entrepreneuriat) et suivre le [module d'ouverture "entrepreneuriat"](/services/module-entrepreneuriat).

## Un réseau de partenaires

Le Hubhouse a développé un réseau interne et externe de partenaires économiques, enseignants, enseignants-chercheurs, au niveau du Hainaut-Cambrésis et de la région Hauts-de-France.

Le Hubhouse a développé des réseaux internes « relais dans les composantes de formation et de recherche » en identifiant des référents relais des actions et des projets étudiants.

La création du Statut National Etudiant Entrepreneur (SNEE) participe également à la sensibilisation des personnels sur l’entrepreneuriat avec le tutorat académique des étudiants-entrepreneurs.

C’est pourquoi, nous avons mis en place une formation des personnels afin de pouvoir relayer l’information et orienter les porteurs de projets directement vers le Hubhouse.

Les partenaires économiques et les experts de l’accompagnement de la région Hauts-de-France collaborent au sein du Hubhouse dans la transmission de la connaissance du monde entrepreneurial.

Ce travail collaboratif est une marque de confiance qui conforte le Hubhouse dans ses missions au sein de son territoire, et l’identifie comme un acteur incontournable de l’entrepreneuriat étudiant.

Le Hubhouse est en permanence à la recherche de professionnels pour tutorer nos étudiants-entrepreneurs.
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', 'module-entrepreneuriat', (select id from page where area = 'SERVICES' and slug = ''), 6,
 'Le module d''ouverture "entrepreneuriat"',
 'Un module de sensibilisation ouvert de la licence au doctorat pour découvrir l’entreprise, la création ou la reprise d’entreprise et tester son esprit d’entreprendre avec le Hubhouse.',
 $md$Ce module de sensibilisation a pour objectifs de faire découvrir aux étudiants le milieu de l'entreprise et ses mécanismes, la création/reprise d'entreprise et ses différentes étapes, de tester son esprit d'entreprendre.

## Compétences à acquérir

- Etre capable de comprendre l’organisation et le fonctionnement de l’entreprise.
- Etre capable de monter un projet de création d’entreprise.
- Etre capable d’établir une étude de marché et un budget de fonctionnement.

## Public visé et pré requis

Toutes formations des composantes de la licence au doctorat à chaque semestre.

## Conditions de réalisation

L'inscription pédagogique a lieu au début de chaque semestre universitaire. Elle n'est possible qu'une fois l'inscription administrative réalisée.

L’étudiant devra participer aux activités mises en œuvre par le [Hubhouse](/services/hubhouse) (conférences, challenges, séances de créativité,…). Suivant les périodes, il est possible de s’inscrire aux activités organisées au niveau régional (équivalent horaire de 18H).

Pour la validation des crédits, l’étudiant rédigera un mémoire sur ces activités entrepreneuriales.

Il devra faire apparaître son parcours entrepreneurial durant ce module : compétences acquises, degré d’initiative... et élaborer un projet de création/reprise d’entreprise.
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', 'recrutement', (select id from page where area = 'SERVICES' and slug = ''), 7,
 'Recrutement',
 'Les recrutements de l’Université Polytechnique Hauts-de-France sont publiés sur la page uphf.fr/universite/recrutements.',
 $md$En ce qui concerne le recrutement, veuillez consulter la page suivante : [uphf.fr/universite/recrutements](https://www.uphf.fr/universite/recrutements)
$md$,
 null);

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('SERVICES', 'contacts', (select id from page where area = 'SERVICES' and slug = ''), 8,
 'Annuaire des contacts',
 'Toutes les adresses électroniques et tous les numéros de téléphone des services de l’UPHF, classés par service.',
 $md$Cet annuaire rassemble toutes les adresses électroniques et tous les numéros de téléphone publiés sur ce site, classés par service.
$md$,
 'DIRECTORY');

-- Certifications (seed lines 450–453).
insert into certification (name, description, frequency, sort_order) values
('Cambridge Linguaskill',
 'Test de la langue professionnelle et outil d’évaluation souple et multilingue, seulement en anglais',
 'Une session chaque mois', 1),
('Bright',
 'Test d’évaluation de niveau, dans 11 langues',
 'Une session chaque mois', 2),
('Voltaire',
 'Certification en orthographe qui a pour objectif de certifier le niveau de maîtrise des difficultés de la langue française',
 null, 3),
('TOEIC',
 'Certification faisant office de référence commune pour évaluer et comparer les compétences linguistiques en entreprise des personnes dont l’anglais n’est pas la langue maternelle',
 'Plusieurs sessions sont organisées dans l’année', 4);

-- The two language resource centres (seed lines 460–466).
insert into service_location (name, service, campus_id, location, hours, sort_order) values
('CRL du Mont Houy', 'Plateforme des Langues et Certifications',
 (select id from campus where slug = 'mont-houy'),
 'Bâtiment Matisse, rez-de-chaussée (face à l’amphi 150)',
 'Accueil tous les jours de 8h30 à 16h ; accès libre du lundi 8h30 au jeudi 16h30 sans interruption', 1),
('CRL des Tertiales', 'Plateforme des Langues et Certifications',
 (select id from campus where slug = 'tertiales-ronzier'),
 'Bâtiment des Tertiales, deuxième étage',
 'Accueil tous les jours de 8h30 à 16h ; accès libre du lundi 8h30 au jeudi 16h30 sans interruption', 2);

-- Contact point of the services area (seed line 497).
insert into contact_point (area, service, label, email, phone, campus_id, sort_order) values
('SERVICES', 'Relais handicap', 'Déclaration du handicap, aménagements et Plan d''Accompagnement de l''Etudiant en situation de Handicap (PAEH)',
 'relaishandicap@uphf.fr', null, null, 1);

-- ---------------------------------------------------------------------------------------------
-- CAMPUS (index page only; the campus pages are built from the campus table)
-- ---------------------------------------------------------------------------------------------

insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('CAMPUS', '', null, 0,
 'Nos campus',
 'Les cinq sites de l’UPHF : Valenciennes – Mont Houy, Valenciennes – Les Tertiales-Ronzier, Cambrai, Maubeuge et Arenberg ; des campus verts, équipés pour le sport et desservis par les transports en commun.',
 $md$L’UPHF accueille ses étudiants sur cinq sites : deux campus à Valenciennes, le Mont Houy et les Tertiales-Ronzier, les campus de Cambrai et de Maubeuge, et le site d’Arenberg, à Wallers-Arenberg.

Ce sont des campus verts, avec de nombreux équipements sportifs et des espaces de pique-nique, desservis par les transports en commun ; le campus du Mont Houy a son tramway depuis 2006. Pour tout savoir sur la vie étudiante, les campus et la situation de l’université au cœur de l’Europe, voir [pourquoi étudier à l’UPHF](/universite/pourquoi-l-uphf).

Retrouvez ci-dessous la page de chaque campus.
$md$,
 'CAMPUSES');

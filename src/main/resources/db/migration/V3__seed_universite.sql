-- Area UNIVERSITE (/universite): its pages and the structured facts they show.
-- Seed lines 56–87, 116–284, 290–294, 296–309, 412–437, 791–805 of
-- src/test/resources/seed/uphf-seed.txt. Lines whose facts are rendered by a widget
-- (key figures, timeline, rankings, contacts) or that were edited are listed in
-- src/test/resources/seed-coverage/universite.tsv.

-- Pages --------------------------------------------------------------------------------------
-- /universite
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', '', NULL, 0,
 'L’université',
 'Présentation de l’Université Polytechnique Hauts-de-France : modèle polytechnique, organisation, histoire, classements, engagements et chiffres clés.',
$md$
Université à taille humaine, l’UPHF est la toute première université « polytechnique » en France. Établissement expérimental créé le 9 septembre 2019, elle est répartie sur [5 campus](/campus) et son offre de formation couvre tous les niveaux de Licence, Master et Doctorat.
$md$,
 'KEY_FIGURES');

-- /universite/presentation
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', 'presentation', (select id from page where area = 'UNIVERSITE' and slug = ''), 1,
 'Présentation',
 'L’UPHF, toute première université « polytechnique » en France : deux pôles, sciences et technologies et humanités, 4 grands laboratoires, 3 hubs stratégiques et 5 campus.',
$md$
Université à taille humaine, l’UPHF est la toute première université « polytechnique » en France.

## Un modèle polytechnique

Ce nouveau modèle de structure d’établissement repose sur une réorganisation autour de deux pôles : d'un côté, les sciences et technologies, et de l'autre, les humanités. L’enjeu est d’accompagner chaque étudiant dans l’élaboration d’un cursus sur mesure.

L’offre éducative de l’UPHF couvre tous les niveaux de Licence, Master et Doctorat dans de nombreux domaines d'études, tout en proposant une approche interdisciplinaire innovante du cursus.

A l’UPHF, les étudiants bénéficient aussi de campus verts, équipés de nombreux équipements sportifs et des espaces de convivialité.

## La recherche

La recherche à l’UPHF est répartie au sein de 4 grands laboratoires incluant 2 UMR CNRS.

La stratégie de recherche de l’établissement est définie par 3 hubs stratégiques adressant de grands défis sociétaux. La volonté qui anime le projet polytechnique est de développer l’interdisciplinarité et la transdisciplinarité à la fois en formation et en recherche.

## Cinq campus

L'UPHF est sur [5 campus](/campus): Valenciennes - Mont Houy, Valenciennes - Les Tertiales-Ronzier, Cambrai, Maubeuge, Arenberg

## Coopérer avec nos partenaires

Agir ensemble afin de proposer de nouveaux modèles de coopération et d’organisation fait partie intégrante des priorités et perspectives de l’UPHF.

Avec ses partenaires, l’UPHF imagine déjà explorer et développer de nouvelles approches tant sur le plan de la recherche, que sur celui de la formation et de l'innovation.

La création de laboratoires de recherche et de chaires interdisciplinaires communs, la définition et le développement de diplômes polytechniques conjoints, la création d'outils de certification polytechniques ou la mise en place de plates-formes polytechniques communes sont autant d’exemples illustrant ce potentiel.
$md$,
 NULL);

-- /universite/pourquoi-l-uphf
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', 'pourquoi-l-uphf', (select id from page where area = 'UNIVERSITE' and slug = ''), 2,
 'Pourquoi étudier à l’UPHF',
 'Université à taille humaine et toute première université « polytechnique » en France, l’UPHF propose un modèle original, une large offre de formation et des campus verts, dans une région dynamique au cœur de l’Europe.',
$md$
Université à taille humaine, l’UPHF est la toute première université « polytechnique » en France.

## Un modèle original

Ce nouveau modèle de structure d’établissement repose sur une réorganisation autour de deux pôles : d'un côté, les sciences et technologies, et de l'autre, les humanités. L’enjeu est d’accompagner chaque étudiant dans l’élaboration d’un cursus sur mesure, à la fois transdisciplinaire et international et ainsi favoriser son insertion professionnelle future.

## Une large offre de formation

L’offre éducative de l’UPHF couvre tous les niveaux de Licence, Master et Doctorat dans de nombreux domaines d'études, tout en proposant une approche interdisciplinaire innovante du cursus. Vous trouverez donc la formation que vous recherchez !

De nombreuses opportunités sont également offertes pour améliorer ses compétences linguistiques tant au niveau local qu’à travers des séjours chez nos partenaires étrangers.

En ce qui concerne les formations, tout est disponible sur le site : [formations.uphf.fr/fr/formations.html](https://formations.uphf.fr/fr/formations.html)

## Une université respectueuse de l'environnement

L’UPHF, c’est également une université de taille raisonnable répartie sur 5 campus et respectueuse de l'environnement.

Elle s’inscrit d’ailleurs dans une action continue de développement durable par la mesure de son impact sur l'environnement selon la démarche Bilan Carbone proposée par l’ADEME.

Découvrez les engagements de l’université en matière de [développement durable et de responsabilité sociétale](/universite/developpement-durable).

## Des campus verts

L’UPHF bénéficie aussi de campus verts et conviviaux !

De nombreux équipements sportifs et des espaces de pique-nique sont à disposition des étudiants sur ces campus, bien desservis par les transports en commun.

Découvrez [les cinq campus de l’UPHF](/campus).

## Une région dynamique, au cœur de l’Europe

Les Hauts-de-France sont une région dynamique ! Si vous aimez le sport, la culture et les loisirs, vous ne vous ennuierez pas !

La situation géographique de l’UPHF la rend facilement accessible ; elle est située au cœur de l'Europe, avec cinq aéroports à proximité, une gare et plusieurs compagnies de bus.

Vous aurez également la possibilité de voyager dans d'autres villes de France !
$md$,
 NULL);

-- /universite/statut-et-organisation
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', 'statut-et-organisation', (select id from page where area = 'UNIVERSITE' and slug = ''), 3,
 'Statut et organisation',
 'L’UPHF, établissement expérimental créé le 9 septembre 2019 : établissements d’origine, composantes de formation et de recherche, vision stratégique, gouvernance et conseils, annuaire.',
$md$
L'Université Polytechnique Hauts-de-France est un établissement expérimental créé le 9 septembre 2019 en application de l'ordonnance n° 2018-1131 du 12 décembre 2018 relative à l'expérimentation de nouvelles formes de regroupement d’établissements d'enseignement supérieur et de recherche.

## Une Université issue de 2 établissements préexistants

Elle regroupe 2 établissements d'enseignement supérieur pré-existants :

- L'université de Valenciennes, établissement public à caractère scientifique, culturel et professionnel (EPSCP) ;
- L'Ecole Supérieure d'Art et de Communication de Cambrai (ESAC), établissement public de coopération culturelle ayant une mission d'enseignement supérieur et de recherche.

## La formation et la recherche réorganisées

L’Université Polytechnique Hauts-de-France, en tant qu’établissement expérimental, rassemble :

**2 établissements-composantes :**

- L’Institut National des Sciences Appliquées Hauts-de-France
- L’Ecole Supérieure d’Art de Communication de Cambrai

**2 composantes de formation :**

- L’Institut Universitaire de Technologie
- L’Institut Sociétés et Humanités

**4 composantes de recherche (dont 2 UMR-CNRS) :**

- Le LAMIH UMR CNRS 8201
- L’IEMN site de Valenciennes UMR CNRS 8520
- Le CERAMATHS
- Le LARSH

L'Université Polytechnique Hauts-de-France est organisée en 2 composantes de formation, 3 établissements-composantes de formation et 4 composantes de recherche, répartis sur 5 campus.

[5 campus universitaires](/campus) : Valenciennes (Mont Houy et Tertiales), Cambrai, Maubeuge, Arenberg

## Une vision stratégique

L'Université nouvellement créée favorise la fertilisation croisée entre les sciences, les technologies et les humanités. Elle propose ainsi des cursus pluridisciplinaires : formations polytechniques, insertion de modules polytechniques dans les cursus disciplinaires.

## Gouvernance et conseils

> "Le Président de l'université par ses décisions, le conseil d'administration par ses délibérations et le conseil académique, par ses délibérations et avis, assurent l'administration de l'université." (Article L712-1rt. 45 du code de l'Education).

Chargée du pilotage de l’établissement, la gouvernance est composée du Président de l'Université et des vice-Président(e)s.

- Le conseil d’administration détermine la politique de l’établissement et prend les décisions importantes.
- Le conseil de la formation et de la vie étudiante prend les décisions sur les formations et sur la vie étudiante.
- Le conseil de la recherche donne un avis sur les projets de recherche et prend les décisions sur les statuts des laboratoires.

## Annuaire

Pour rechercher un contact, un annuaire est disponible sur le site [uphf.fr/annuaire](https://www.uphf.fr/annuaire)
$md$,
 NULL);

-- /universite/histoire
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', 'histoire', (select id from page where area = 'UNIVERSITE' and slug = ''), 4,
 'Histoire',
 'De l’embryon universitaire créé à Valenciennes au début des années soixante à l’Université Polytechnique Hauts-de-France : l’histoire de l’université et ses dates clés.',
$md$
Pour favoriser la reconversion économique et démocratiser l'accès à l'enseignement supérieur, Valenciennes a joué, bien avant les autres universités françaises, la carte des formations professionnelles appuyées sur des recherches fondamentales et appliquées.

## Aux origines

Au début des années soixante, Valenciennes, alors 13ème agglomération française, tente d'échapper au danger de la monoculture charbon-acier.

Pour attirer de nouvelles industries, former leurs personnels d'encadrement et permettre aux jeunes des familles modestes d'accéder à l'enseignement supérieur, est créé le premier embryon universitaire à Valenciennes, alors Doyen de la Faculté des Sciences de Lille.

L’attention du Doyen Parreau a été attiré en effet sur Valenciennes à la population très dense et sous-équipée en matière de formation. Il y voit dans la formation supérieure un important vivier chez les jeunes valenciennois et donc un espoir de reconversion.

## Le développement rapide de l’embryon universitaire dans les années 70

L'embryon universitaire se développe rapidement par des deuxième (1971) et troisième cycles (1975) à vocation professionnelle, créés à partir de jeunes laboratoires de recherche en relation avec le monde industriel et les milieux économiques nationaux.

Un réseau de laboratoires de recherche et d'ateliers de transferts performants permet à l'université de Valenciennes de participer activement à la conversion économique du Hainaut-Cambrésis.

Les années 70 voient également apparaître l’ouverture de la bibliothèque universitaire et l’installation du laboratoire du centre de recherche “mécanique des fluides”. En 1978 est créée la Faculté de Droit, d’Economie et de Gestion (FDEG).

## De nouveaux campus et instituts

Le développement de l’Université se poursuit en 1982 avec la création de l’antenne de Cambrai et de l’Institut de Préparation à l’Administration Générale (IPAG), suivie par l’ouverture de l’antenne de Maubeuge en 1983.

En 1995, le campus des Tertiales ouvre et accueille l’Institut d’Administration des Entreprises (IAE) et l’IPAG.

En 2013, sont inaugurés le nouveau campus universitaire de Maubeuge et le Campus International sur la Sécurité et l’Intermodalité dans les Transports (CISIT), premier bâtiment du technopôle Transalley.

En 2019, sur le campus du Mont Houy, Institut International des Mobilités (IIM), voit le jour. Il abrite l'Institut d’Administration des Entreprises (IAE - ISH) et l'Institut des Mobilités et Transports Durables.
$md$,
 'TIMELINE');

-- /universite/classements
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', 'classements', (select id from page where area = 'UNIVERSITE' and slug = ''), 5,
 'Classements',
 'L’UPHF dans le Times Higher Education World University Rankings 2022 et dans le Times Higher Education Impact Ranking 2021, qui évalue les universités au regard des objectifs de développement durable de l’ONU.',
$md$
## L'UPHF classée dans le Times Higher Education World University Rankings 2022

Cette première participation au classement mondial des universités Times Higher Education (THE) 2022 est un succès pour l'UPHF.

Celui-ci inclut 1 662 universités (2 100 ont candidaté) réparties sur 99 pays et territoires, ce qui en fait le classement des universités le plus important et le plus diversifié à ce jour.

### Les critères du classement

Les institutions doivent répondre à trois critères essentiels pour figurer dans le classement :

- Publier un nombre suffisant d'articles universitaires sur une période de 5 ans - seuil de 1 000 articles.
- Enseigner aux étudiants de 1er cycle
- Travailler sur un large éventail de sujets

3 sources d'information sont utilisées pour établir le classement mondial des universités du Times Higher Education :

- Les données institutionnelles fournies directement par les établissements d'enseignement supérieur,
- Les données bibliométriques fournies par leur partenaire Elsevier à partir de leur base de données bibliométriques 'Scopus',
- L’enquête THE sur la réputation des universités envoyée directement aux universitaires. Cette enquête examine la perception du prestige des institutions en matière d'enseignement et de recherche.

Le résultat est fondé sur 13 indicateurs qui mesurent les performances d'un établissement dans cinq domaines : l'enseignement (30%), la recherche (30%), le transfert de connaissances et l'influence de la recherche (30%), l'ouverture à l'international (7,5%) et l'innovation (2,5%).

### Les établissements français

Le classement 2022 THE comprend 39 établissements français. La France se classe à la 7e place mondiale, gagnant ainsi une place par rapport au classement précédent, avec 3 établissements classés dans le TOP 100 et 1 dans le TOP 50.

4 établissements français sont entrés dans le classement : Arts et Métiers (801-1000), Université Polytechnique Hauts-de-France (1001-1200), Université de Pau (1201+) et Jean Moulin Université - Lyon 3 (1201+).

A l’échelle de la Région Hauts-de-France, l’UPHF figure parmi les 3 établissements classés dans le THE World University Rankings 2022.

## L'UPHF classée dans le Times Higher Education – Impact ranking 2021

### Une reconnaissance internationale

Une deuxième participation réussie pour l'UPHF au classement Times Higher Education (THE) 2021 qui évalue les universités en termes d’impact économique et social par rapport aux objectifs de développement durable des Nations Unies.

1115 établissements de 94 pays apparaissent dans cette troisième édition du THE University Impact Ranking. 18 établissements français y sont classés et l'Université Polytechnique Hauts-de-France a proposé une réponse sur 8 objectifs.

### Les objectifs de développement durable

Le classement se base en effet sur les 17 objectifs de développement durable de l’ONU, entrés en vigueur au 01/01/2016, et met en avant les établissements dont la politique œuvre le plus dans ce sens.

Pour figurer au classement général, les établissements doivent obligatoirement fournir des données pour l’objectif n° 17 — partenariats pour la réalisation des objectifs — et choisir au moins trois autres objectifs.

Ces données sont : la qualité de la recherche dans le domaine (interrogation automatique) et les chiffres et actions mises en œuvre (données fournies par l’établissement).

Le score final d’une université est calculé en combinant son score dans l’objectif de développement durable n°17 avec ses trois meilleurs scores parmi les 16 objectifs restants. Le n°17 représente 22 % de la note globale, tandis que les autres ont chacun une pondération de 26 %.

Voici les 17 objectifs de développement durable de l’ONU pris en compte par le THE, dont ceux choisis par l'UPHF pour cette première participation :

- l’objectif 1 : pas de pauvreté ;
- l’objectif 2 : faim « zéro » ;
- l’objectif 3 : santé et bien-être ;
- **l’objectif 4 : éducation de qualité ;** objectif choisi par l’UPHF
- **l’objectif 5 : égalité entre les sexes ;** objectif choisi par l’UPHF
- l’objectif 6 : eau propre et assainissement ;
- **l’objectif 7 : énergie propre et d’un coût abordable ;** objectif choisi par l’UPHF
- l’objectif 8 : travail décent et croissance économique ;
- **l’objectif 9 : industrie, innovation et infrastructure ;** objectif choisi par l’UPHF
- **l’objectif 10 : inégalités réduites ;** objectif choisi par l’UPHF
- **l’objectif 11 : villes et communautés durables ;** objectif choisi par l’UPHF
- l’objectif 12 : consommation et productions responsables ;
- **l’objectif 13 : mesures relatives à la lutte contre les changements climatiques ;** objectif choisi par l’UPHF
- l’objectif 14 : vie aquatique ;
- l’objectif 15 : vie terrestre ;
- l’objectif 16 : paix, justice et institutions efficaces ;
- **l’objectif 17 (obligatoire) : partenariats pour la réalisation des objectifs ;** objectif choisi par l’UPHF

Les scores les plus élevés qui ont déterminé le classement UPHF final ont été obtenus sur les 4 objectifs suivants :

- l’objectif 13 : mesures relatives à la lutte contre les changements climatiques
- l’objectif 17 (obligatoire) : partenariats pour la réalisation des objectifs
- l’objectif 4 : éducation de qualité
- l’objectif 10 : inégalités réduites

La suite ? Analyser nos indicateurs sur chacun des 8 objectifs auxquels nous avons répondu, afin d’identifier des leviers d’actions pour progresser dans le prochain classement. Comparer l’évolution de nos scores sur les 4 objectifs que nous avions retenus lors de notre première candidature en 2020. Egalement analyser notre potentiel d’actions sur les autres objectifs du classement THE pour lesquels nous avions décidé de ne pas répondre lors de cette candidature 2021.

Les résultats de l’UPHF dans ces deux classements (intervalle de rang, nombre de participants et, le cas échéant, score sur 100) sont détaillés ci-dessous.
$md$,
 'RANKINGS');

-- /universite/developpement-durable
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', 'developpement-durable', (select id from page where area = 'UNIVERSITE' and slug = ''), 6,
 'Développement durable et responsabilité sociétale',
 'L’UPHF ambitionne de devenir une université sociétalement responsable à horizon 2030 : son ambition, ses actions, son pôle Développement Durable et Responsabilité Sociétale et la Charte du club DDEP.',
$md$
**Une université durable et inclusive.**

L’Université Polytechnique Hauts-de-France ambitionne de devenir une université sociétalement responsable à horizon 2030.

## L’ambition

Il s’agit à la fois, au travers de l’accomplissement des missions de l’Université de :

- Préserver notre environnement
- Favoriser la cohésion sociale
- Promouvoir une économie responsable (avec un impact environnemental et social positif)

## Les actions

Les actions de l’Université Polytechnique Hauts-de-France s’articulent autour de différents axes :

- une gouvernance et une stratégie incluant systématiquement les thématiques Développement Durable et Responsabilité Sociétale dans ses décisions, sa communication et sa politique d’achat
- une sensibilisation de la communauté et une formation adaptée aux besoins des étudiants dans la thématique Développement Durable et Responsabilité Sociétale
- la mise en place d’une recherche éthique et mesurant son impact et retombées en terme de politique publique
- l’élaboration d’un plan de mobilité, la mise en œuvre du tri et de la réduction des déchets, la mesure des émissions de gaz à effet de serre, la préservation de la biodiversité
- la mise en œuvre d’une politique sociale et inclusive vis-à-vis de l’ensemble des membres de la communauté

## Le fonctionnement

L’Université Polytechnique Hauts-de-France agit en s’appuyant sur son pôle Développement Durable et Responsabilité Sociétale. Celui-ci est chargé d’accompagner la mise en œuvre des actions de l’établissement et fonctionne grâce à la participation de l’ensemble de la communauté universitaire et des partenaires extérieurs.

Pour contacter le pôle, utilisez l’adresse indiquée ci-dessous.

## La Charte du club DDEP

En décembre 2022, l’université a signé la Charte du Club Développement Durable des Etablissements Publics et Entreprises Publiques.

Par cette démarche, l’établissement s’engage à :

- Mener une réflexion stratégique de développement durable pour identifier ses propres enjeux, les partager et définir ses objectifs dans le champ de ses compétences spécifiques,
- Traduire cette réflexion dans sa politique (définir ses projets, son management et sa manière de rendre compte, impliquer le personnel et les différentes parties prenantes et intéressées),
- Elaborer un document stratégique de développement durable reprenant ses engagements, diffusé largement à l’interne comme à l’externe et rendre compte des conséquences sociales et environnementales de ses activités dans son rapport annuel,
- Construire et piloter un plan d’actions dans le cadre de son document stratégique, permettant d’intégrer les principes de gouvernance et de mise en œuvre préalablement définis.
$md$,
 'CONTACTS');

-- /universite/qualite
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', 'qualite', (select id from page where area = 'UNIVERSITE' and slug = ''), 7,
 'Démarche qualité',
 'Depuis juillet 2021, l’UPHF est certifiée selon le référentiel national Qualiopi sur le périmètre Actions de Formation / VAE : ce que cette certification garantit.',
$md$
Au travers de ses certifications, l’UPHF fait connaître et reconnaître sa démarche qualité qui place la satisfaction de ses usagers et parties prenantes au cœur de ses préoccupations et de sa démarche d’amélioration continue.

## Notre certification Qualiopi

Depuis juillet 2021, l’Université Polytechnique Hauts-de-France (UPHF) est certifiée selon le référentiel national RNQ QUALIOPI (Décret n°2019-565 du 6 juin 2019) sur le périmètre Actions de Formation / VAE.

Cette certification est obligatoire pour les organismes de formation professionnelle financées par des fonds publics ou mutualisés.

Valable pour une durée de 3 ans, elle garantit :

- Les conditions d’information du public ;
- L’identification précise des objectifs des prestations ;
- L’adaptation aux publics bénéficiaires ;
- L’adéquation des moyens pédagogiques ;
- La qualification et développement des connaissances et compétences des personnels ;
- L’inscription et investissement du prestataire dans son environnement professionnel ;
- Le recueil et prise en compte des appréciations et des réclamations formulées par les parties prenantes aux prestations délivrées.
$md$,
 NULL);

-- /universite/label-bienvenue-en-france
insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, widget) values
('UNIVERSITE', 'label-bienvenue-en-france', (select id from page where area = 'UNIVERSITE' and slug = ''), 8,
 'Label « Bienvenue en France »',
 'Depuis le 20 mai 2021, l’UPHF détient le label de niveau 2 « Bienvenue en France », gage de qualité des dispositifs d’accueil des étudiants internationaux, conforté fin 2023.',
$md$
L’Université s’est vu attribuer le 20 mai 2021 pour une durée de 4 ans le label de niveau 2 « Bienvenue en France » et fait partie des 120 établissements labellisés parmi les 191 engagés dans la démarche.

La qualité de l’accueil des étudiants internationaux est un enjeu fondamental pour l’internationalisation et l’attractivité de l'Université Polytechnique Hauts-de-France, en tant qu'établissement d'enseignement supérieur ; 12% des étudiants à l’UPHF sont des étudiants internationaux.

Le label « Bienvenue en France », validé par une commission indépendante, est un gage de qualité portant sur les dispositifs d'accueil mis en place par l’Université auprès des étudiants internationaux.

## Ce que le label évalue

Il renseigne sur les actions mises en œuvre par les établissements d’enseignement supérieur pour répondre aux besoins de ce public cible dans les domaines qui suivent :

- Qualité et accessibilité de l'information
- Qualité et accessibilité des dispositifs d'accueil
- Accessibilité et accompagnement des enseignements
- Logement et qualité de la vie de campus
- Qualité de suivi post-diplômant

## Le niveau 2 du label

L'attribution du niveau 2 sur 3 du label démontre des efforts de l'UPHF ces dernières années pour le développement de services et actions destinés à ces étudiants : guichet d'accueil à la Maison des Services à l’Etudiant, événements d'intégration, chaîne d'inscription, plateforme de logement, permanence de la sous-préfecture, etc.

La possibilité d'atteindre le niveau 3 passera par l'amélioration des dispositifs déjà existants : accessibilité du site internet et du catalogue de formation, dispositif de parrainage des étudiants, etc. Fin 2023, le label a été conforté pour l'UPHF au niveau 2.

L’obtention de ce label est un véritable outil de promotion et de rayonnement, les établissements qui l’obtiennent bénéficient d’une visibilité sur tous les sites, outils et supports de communication de l’agence Campus France.

Les informations utiles aux étudiants internationaux sont réunies dans la rubrique [Mobilité internationale](/mobilite).
$md$,
 NULL);

-- Key figures (seed lines 65, 227, 286, 297) -----------------------------------------------
insert into key_figure (code, qualifier, value, label, as_of, sort_order) values
('students', 'plus de', '14 500', 'étudiants', 'septembre 2021', 1),
('campuses', '', '5', 'campus', NULL, 2),
('programmes', '', '160', 'formations', NULL, 3),
('doctoral-candidates', '', '250', 'doctorants', NULL, 4),
('staff', '', '2000', 'personnels', NULL, 5),
('budget', '', '124 M€', 'de budget', NULL, 6),
('surface', '', '55 ha', 'de superficie', NULL, 7),
('international-students', 'près de', '1 700', 'étudiants étrangers', NULL, 8),
('partnerships', 'plus de', '200', 'partenariats à travers le monde', NULL, 9),
('international-share', '', '12 %', 'd’étudiants internationaux', NULL, 10);

-- Timeline (seed lines 242–283, and line 241 for 2019) --------------------------------------
insert into timeline_event (year, body, campus_id, sort_order) values
(1964, 'Création du Centre d’Enseignement Supérieur Scientifique, aujourd’hui Institut des Sciences et Techniques de Valenciennes (ISTV)',
 NULL, 1),
(1967, 'Création de l’Institut Universitaire de Technologie (IUT) – ouverture du département « Génie Mécanique »',
 NULL, 2),
(1968, 'Ouverture du département « Techniques de Commercialisation »',
 NULL, 3),
(1969, 'Achèvement des 1ères constructions sur le Mont Houy. 1er laboratoire de recherche Opto-Acousto-Electronique, aujourd’hui DOAE-IEMN-CNRS. Ouverture d’un département d’études en éducation physique et sportive, d’un restaurant et d’une résidence universitaires. Ouverture au collège du Hainaut d’un enseignement juridique : la capacité en droit.',
 (select id from campus where slug = 'mont-houy'), 4),
(1970, 'Statuts de Centre Universitaire et création du Collège Littéraire Universitaire Langues et Arts (FLLASH) et du service commun de formation permanente',
 NULL, 5),
(1972, 'Ouverture de la bibliothèque universitaire et d’un 1er cycle en arts plastiques',
 NULL, 6),
(1973, 'Ouverture d’un 1er cycle en langues étrangères appliquées et création du Laboratoire d’Automatique Industrielle et Humaine (LAIH)',
 NULL, 7),
(1974, 'Installation du laboratoire du centre de recherche « mécanique des fluides »',
 NULL, 8),
(1978, 'Création de la Faculté de Droit, d’Economie et de Gestion (FDEG)',
 NULL, 9),
(1979, 'Statuts d’Université et création de l’Ecole Nationale Supérieure d’Ingénieurs de mécanique Energétique de Valenciennes (ENSIMEV)',
 NULL, 10),
(1982, 'Création de l’antenne à Cambrai et de l’Institut de Préparation à l’Administration Générale (IPAG)',
 (select id from campus where slug = 'cambrai'), 11),
(1983, 'Ouverture de l’antenne à Maubeuge',
 (select id from campus where slug = 'maubeuge'), 12),
(1986, 'Création à Maubeuge du Centre Régional d’Innovation et de Transfert de Technologie Céramiques Fines (CRITT)',
 (select id from campus where slug = 'maubeuge'), 13),
(1989, 'Création de Valuval : cellule de valorisation de la recherche',
 NULL, 14),
(1992, 'Création de l’Ecole d’Ingénieurs en Génie Informatique et Productique (EIGIP), de l’Institut Supérieur Industriel de Valenciennes (ISIV) en partenariat avec l’Union des Industries Métallurgiques et de l’antenne de l’Institut Universitaire de Formation des Maîtres (IUFM) et du Laboratoire d’Automatique, de Mécanique et d’informatique Industrielles et Humaines',
 NULL, 15),
(1995, 'Ouverture du campus des Tertiales qui accueille l’Institut d’Administration des Entreprises (IAE) et l’IPAG, de la Faculté des Sciences et des Métiers du Sport (FSMS), du Centre Technologique en Transports Terrestres (C3T)',
 (select id from campus where slug = 'tertiales-ronzier'), 16),
(1999, 'Valutec SA, création de la filiale de l’Université pour favoriser le transfert de technologie',
 NULL, 17),
(2002, 'Création de l’Ecole Nationale Supérieure d’Ingénieurs en Informatique, Automatique, Mécanique, Energétique et Electronique (ENSIAME) : fusion de l’ENSIMEV et de l’EIGIP. L’Université est l’une des premières en Europe pour l’harmonisation de ses diplômes dans le cadre du LMD (Licence-Master-Doctorat)',
 NULL, 18),
(2006, 'Inauguration du tramway et de ses 3 stations sur le campus universitaire',
 (select id from campus where slug = 'mont-houy'), 19),
(2008, 'Label campus innovant « transport durable »',
 NULL, 20),
(2012, 'Installation de l’espace création d’entreprise « Hubhouse » sur le campus du Mont Houy',
 (select id from campus where slug = 'mont-houy'), 21),
(2013, 'Inauguration du nouveau campus universitaire de Maubeuge et du Campus International sur la Sécurité et l’Intermodalité dans les Transports (CISIT), premier bâtiment du technopôle Transalley',
 (select id from campus where slug = 'maubeuge'), 22),
(2014, 'Pose de première pierre au centre d’affaires du Technopôle Transalley « Mobilium » et au futur pôle d’excellence en images et médias numériques « creative mine » sur le site d’Arenberg',
 (select id from campus where slug = 'arenberg'), 23),
(2019, 'Sur le campus du Mont Houy, l’Institut International des Mobilités (IIM) voit le jour. Il abrite l''Institut d’Administration des Entreprises (IAE - ISH) et l''Institut des Mobilités et Transports Durables.',
 (select id from campus where slug = 'mont-houy'), 24);

-- Rankings (seed lines 142–215) ------------------------------------------------------------
insert into ranking_result (ranking, year, goal_number, goal_label, band, participants, score, sort_order) values
('Times Higher Education World University Rankings', 2022, NULL, NULL, '1001-1200', 1662, NULL, 1),
('Times Higher Education – Impact ranking', 2021, 4, 'éducation de qualité', '301-400', 966, 55.6, 2),
('Times Higher Education – Impact ranking', 2021, 5, 'égalité entre les sexes', '401-600', 776, NULL, 3),
('Times Higher Education – Impact ranking', 2021, 7, 'énergie propre et d’un coût abordable', '401 et +', 560, NULL, 4),
('Times Higher Education – Impact ranking', 2021, 9, 'industrie, innovation et infrastructure', '401-600', 680, NULL, 5),
('Times Higher Education – Impact ranking', 2021, 10, 'inégalités réduites', '101-200', 669, 58.2, 6),
('Times Higher Education – Impact ranking', 2021, 11, 'villes et communautés durables', '401-600', 656, NULL, 7),
('Times Higher Education – Impact ranking', 2021, 13, 'mesures relatives à la lutte contre les changements climatiques', '301-400', 566, 33.6, 8),
('Times Higher Education – Impact ranking', 2021, 17, 'partenariats pour la réalisation des objectifs', '401-600', 1154, 48.2, 9);

-- Contact points (seed line 132) -----------------------------------------------------------
insert into contact_point (area, service, label, email, phone, campus_id, sort_order) values
('UNIVERSITE', 'Pôle Développement Durable et Responsabilité Sociétale',
 'Démarche développement durable et responsabilité sociétale de l’université', 'ddrs@uphf.fr', NULL, NULL, 1);

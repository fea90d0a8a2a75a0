-- The five campuses (seed lines 57 and 228). Other facts about each campus are linked to it
-- from timeline events, service locations and contact points.
insert into campus (slug, name, city, summary, sort_order) values
('mont-houy', 'Valenciennes – Mont Houy', 'Valenciennes',
 'Le campus du Mont Houy, à Valenciennes, accueille les premières constructions de l''université (1969), le tramway et ses trois stations, le Hubhouse et l''Institut International des Mobilités.', 1),
('tertiales-ronzier', 'Valenciennes – Les Tertiales-Ronzier', 'Valenciennes',
 'Le campus des Tertiales, à Valenciennes, ouvert en 1995, accueille notamment l''Institut d''Administration des Entreprises (IAE) et l''IPAG.', 2),
('cambrai', 'Cambrai', 'Cambrai',
 'L''antenne de Cambrai a été créée en 1982.', 3),
('maubeuge', 'Maubeuge', 'Maubeuge',
 'L''antenne de Maubeuge a ouvert en 1983 ; le nouveau campus universitaire de Maubeuge a été inauguré en 2013.', 4),
('arenberg', 'Arenberg', 'Wallers-Arenberg',
 'Le site d''Arenberg accueille le futur pôle d''excellence en images et médias numériques « creative mine ».', 5);

-- Coordinates for the maps (issue 13): each campus where it stands, each EUNICE university at its city (UPHF at its
-- Mont Houy campus), in decimal degrees (WGS 84), editable in the data editor. Rows added later may leave them blank
-- until known: the maps leave such a row off, the lists and tables still show it.
alter table campus
    add column latitude  numeric(8, 5) check (latitude between -90 and 90),
    add column longitude numeric(8, 5) check (longitude between -180 and 180);

alter table eunice_partner
    add column latitude  numeric(8, 5) check (latitude between -90 and 90),
    add column longitude numeric(8, 5) check (longitude between -180 and 180);

update campus set latitude = c.latitude, longitude = c.longitude
from (values
    ('mont-houy',         50.32510, 3.51390),
    ('tertiales-ronzier', 50.35700, 3.52090),
    ('cambrai',           50.17520, 3.23650),
    ('maubeuge',          50.27990, 3.96810),
    ('arenberg',          50.37620, 3.40780)
) as c (slug, latitude, longitude)
where campus.slug = c.slug;

update eunice_partner set latitude = p.latitude, longitude = p.longitude
from (values
    ('Poznań',       52.40640, 16.92520),
    ('Vaasa',        63.09510, 21.61650),
    ('Santander',    43.46230, -3.80990),
    ('Catania',      37.50790, 15.08300),
    ('Mons',         50.45420, 3.95230),
    ('Valenciennes', 50.32510, 3.51390),
    ('Cottbus',      51.75630, 14.33290),
    ('Tripoli',      37.50890, 22.37940),
    ('Viseu',        40.66100, -7.90970),
    ('Karlstad',     59.40220, 13.51150)
) as p (city, latitude, longitude)
where eunice_partner.city = p.city;

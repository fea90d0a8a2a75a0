-- Every row staff edit says who changed it last (Spring Data JPA auditing writes it with the time); rows seeded by
-- the migrations or never changed since have none. Every one of these tables already has its version (V1, V6, V8, V9).
alter table campus add column updated_by varchar(60);
alter table page add column updated_by varchar(60);
alter table key_figure add column updated_by varchar(60);
alter table timeline_event add column updated_by varchar(60);
alter table ranking_result add column updated_by varchar(60);
alter table eunice_partner add column updated_by varchar(60);
alter table mobility_grant add column updated_by varchar(60);
alter table grant_criterion add column updated_by varchar(60);
alter table grant_amount add column updated_by varchar(60);
alter table erasmus_country add column updated_by varchar(60);
alter table commission_date add column updated_by varchar(60);
alter table contact_point add column updated_by varchar(60);
alter table certification add column updated_by varchar(60);
alter table application_platform add column updated_by varchar(60);
alter table service_location add column updated_by varchar(60);
alter table app_user add column updated_by varchar(60);
alter table orientation_rule add column updated_by varchar(60);
alter table grant_year add column updated_by varchar(60);
alter table grant_rule add column updated_by varchar(60);
alter table grant_duration add column updated_by varchar(60);
alter table grant_combination add column updated_by varchar(60);

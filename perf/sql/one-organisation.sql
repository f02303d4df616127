-- For one measurement only, on a throw-away copy of the scale data set: moves the trajectories of all 50 scale
-- organisations, and the rows the research export reads, into "Schaalorganisatie 1", so that one export covers
-- all 100,000 trajectories. Everything else (sessions, accounts, teams) stays where it was, so the copy is not
-- fit for other measurements afterwards.
begin;
create temporary table moved on commit drop as
select id from organisation where name like 'Schaalorganisatie %' and name <> 'Schaalorganisatie 1';
update trajectory set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update funding_grant set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update transition set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update consent set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update time_entry set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update coaching_plan set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update goal_progress set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update evaluation set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update satisfaction_rating set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update follow_up set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update work_value_check_in set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
update work_value_answer set organisation_id = (select id from organisation where name = 'Schaalorganisatie 1')
 where organisation_id in (select id from moved);
commit;
vacuum analyze trajectory, funding_grant, transition, consent, time_entry, coaching_plan, goal_progress, evaluation,
  satisfaction_rating, follow_up, work_value_check_in, work_value_answer;

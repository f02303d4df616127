-- Adds to a scale data set generated before ResearchScaleStep existed what that step generates: research
-- consents (seven in ten participants) and a work-values check-in at every completed evaluation. The same SQL as
-- nl.tandem.demo.ResearchScaleStep, with scale_trajectory rebuilt as the generator builds it. Run once:
--   psql -h localhost -p <port> -U postgres -d postgres -f perf/sql/research-topup.sql
begin;
create temporary table scale_trajectory on commit drop as
select t.id, t.organisation_id, t.phase, t.coach_id, t.referred_on,
       cast(row_number() over (partition by t.organisation_id order by t.id) as int) as g
from trajectory t join organisation o on o.id = t.organisation_id where o.name like 'Schaalorganisatie %';

insert into consent (organisation_id, participant_id, category, given_on, given_how, given_by, given_at)
select distinct on (x.participant_id) t.organisation_id, x.participant_id, 'RESEARCH', t.referred_on,
       'IN_PERSON', 0, t.referred_on
from scale_trajectory t join trajectory x on x.id = t.id
where t.g % 10 < 7
  and not exists (select 1 from consent c where c.participant_id = x.participant_id and c.category = 'RESEARCH'
                  and c.withdrawn_at is null)
order by x.participant_id, t.id;

insert into work_value_check_in (organisation_id, trajectory_id, moment, taken_on, recorded_at, by_account)
select e.organisation_id, e.trajectory_id, 'EVALUATION', e.held_on, e.held_on, 0
from evaluation e join scale_trajectory t on t.id = e.trajectory_id
where e.status = 'COMPLETED';

insert into work_value_answer (work_value_check_in_id, work_value, organisation_id, importance, enabled, realised)
select c.id, a.work_value, c.organisation_id, a.importance,
       least(5, a.enabled + case when t.g % 3 < 2 then 1 else 0 end),
       least(5, a.realised + case when t.g % 3 < 2 then 1 else 0 end)
from work_value_check_in c join scale_trajectory t on t.id = c.trajectory_id
join work_value_check_in i on i.trajectory_id = c.trajectory_id and i.organisation_id = c.organisation_id
     and i.moment = 'INTAKE'
join work_value_answer a on a.work_value_check_in_id = i.id
where c.moment = 'EVALUATION';
commit;

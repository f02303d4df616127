package nl.tandem.demo;

import org.springframework.stereotype.Component;

/**
 * Coaching sessions and time for the scale data set: every planned session before today
 * of an agreed plan is recorded, nine in ten as held and one in ten as cancelled by the
 * participant; after every other planned session a short phone call follows (about 20
 * sessions per trajectory coached for a year); one trajectory of each organisation's
 * first coach has a hundred sessions. Every held session has the work on the plan's first
 * goal, a note only the coach reads, and the direct time in the logbook; every fifth
 * leaves an action item, done unless it is from the last month.
 */
@Component
class CoachingScaleStep implements ScaleStep {

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void generate(ScaleRun run) {
		run.jdbc()
			.sql("""
					insert into coaching_session (organisation_id, trajectory_id, planned_session_key, status, held_on, starts_at,
					       minutes, mode, attendees, topics, cancelled_by, reason, recorded_at, by_account)
					select s.organisation_id, s.trajectory_id, p.session_key,
					       case when p.position % 10 = 9 then 'CANCELLED' else 'HELD' end, p.planned_on, time '10:00',
					       case when p.position % 10 = 9 then 0 else p.minutes end,
					       case when p.position % 10 = 9 then null when p.position % 3 = 0 then 'OFFICE' else 'WORKPLACE' end,
					       case when p.position % 10 = 9 then '{}'::text[] else '{PARTICIPANT,SUPERVISOR}'::text[] end,
					       case when p.position % 10 = 9 then '{}'::text[] else '{COMMUNICATION,WORK_PACE}'::text[] end,
					       case when p.position % 10 = 9 then 'PARTICIPANT' end,
					       case when p.position % 10 = 9 then 'Ziek gemeld.' end, p.planned_on, 0
					from coaching_schedule s join planned_session p on p.coaching_schedule_id = s.id
					where s.organisation_id in (select id from scale_organisation) and p.held
					""")
			.update();
		// Between the planned sessions, a short phone call after every other one: about
		// 20 sessions per trajectory
		// that has been coached for a year.
		run.jdbc().sql("""
				insert into coaching_session (organisation_id, trajectory_id, status, held_on, starts_at, minutes, mode,
				       attendees, topics, recorded_at, by_account)
				select s.organisation_id, s.trajectory_id, 'HELD', p.planned_on + 3, time '16:00', 20, 'PHONE',
				       '{PARTICIPANT}'::text[], '{WORK_PACE}'::text[], p.planned_on + 3, 0
				from coaching_schedule s join planned_session p on p.coaching_schedule_id = s.id
				where s.organisation_id in (select id from scale_organisation) and p.held and p.position % 2 = 1
				  and p.planned_on + 3 < current_date
				""").update();
		// One trajectory of every organisation's first coach has a hundred sessions (the
		// participant is called
		// Honderd Gesprekken, so that the load test finds it): the largest trajectory
		// page there is.
		run.jdbc()
			.sql("""
					create temporary table scale_busy on commit drop as
					select distinct on (t.organisation_id) t.organisation_id, t.id, t.participant_id
					from trajectory t join staff_member m on m.id = t.coach_id and m.email like 'coach1@%'
					where t.organisation_id in (select id from scale_organisation) and t.phase = 'ACTIVE'
					  and exists (select 1 from coaching_session c where c.organisation_id = t.organisation_id and c.trajectory_id = t.id)
					order by t.organisation_id, t.id
					""")
			.update();
		run.jdbc()
			.sql("update participant p set given_name = 'Honderd', family_name = 'Gesprekken' from scale_busy b where p.id = b.participant_id")
			.update();
		run.jdbc().sql("""
				insert into coaching_session (organisation_id, trajectory_id, status, held_on, starts_at, minutes, mode,
				       attendees, topics, recorded_at, by_account)
				select b.organisation_id, b.id, 'HELD', current_date - 1 - g::int, time '08:30', 15, 'VIDEO',
				       '{PARTICIPANT}'::text[], '{COMMUNICATION}'::text[], current_date - 1 - g::int, 0
				from scale_busy b
				cross join lateral generate_series(1, 100 - (select count(*) from coaching_session c
				    where c.organisation_id = b.organisation_id and c.trajectory_id = b.id)) g
				""").update();
		run.jdbc().sql("""
				create temporary table scale_first_goal on commit drop as
				select cp.organisation_id, cp.trajectory_id, g.goal_key
				from coaching_plan cp join plan_goal g on g.coaching_plan_id = cp.id and g.position = 0
				where cp.organisation_id in (select id from scale_organisation) and cp.status = 'AGREED'
				""").update();
		run.jdbc().sql("analyze scale_first_goal").update();
		run.jdbc().sql("""
				insert into session_goal (coaching_session_id, position, organisation_id, goal_key, note, score)
				select cs.id, 0, cs.organisation_id, g.goal_key, 'Een stap verder gekomen.', 3 + cs.id % 6
				from coaching_session cs
				join scale_first_goal g on g.organisation_id = cs.organisation_id and g.trajectory_id = cs.trajectory_id
				where cs.organisation_id in (select id from scale_organisation) and cs.status = 'HELD'
				""").update();
		run.jdbc().sql("""
				insert into session_note (coaching_session_id, position, organisation_id, visibility, sensitive, text)
				select cs.id, 0, cs.organisation_id, 'COACH_ONLY', false, 'Rustig gesprek; afspraken nagelopen.'
				from coaching_session cs
				where cs.organisation_id in (select id from scale_organisation) and cs.status = 'HELD'
				""").update();
		run.jdbc()
			.sql("""
					insert into time_entry (organisation_id, trajectory_id, session_id, category, worked_on, minutes, goal_keys,
					       billable_minutes, recorded_at, by_account)
					select cs.organisation_id, cs.trajectory_id, cs.id, 'DIRECT', cs.held_on, cs.minutes,
					       coalesce(array[g.goal_key], '{}'), cs.minutes, cs.recorded_at, 0
					from coaching_session cs
					left join scale_first_goal g on g.organisation_id = cs.organisation_id and g.trajectory_id = cs.trajectory_id
					where cs.organisation_id in (select id from scale_organisation) and cs.status = 'HELD'
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into action_item (organisation_id, trajectory_id, session_id, actor, what, due_on, done_on)
					select cs.organisation_id, cs.trajectory_id, cs.id, 'PARTICIPANT', 'Dagboekje bijhouden van energie en drukte.',
					       cs.held_on + 14, case when cs.held_on < current_date - 30 then cs.held_on + 10 end
					from coaching_session cs
					where cs.organisation_id in (select id from scale_organisation) and cs.status = 'HELD' and cs.id % 5 = 0
					""")
			.update();
	}

}

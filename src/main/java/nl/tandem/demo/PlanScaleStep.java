package nl.tandem.demo;

import org.springframework.stereotype.Component;

/**
 * Coaching plans and schedules for the scale data set: a draft plan for trajectories in
 * planning, an agreed plan (signed by all three) for every trajectory past planning, each
 * with three goals, two attention points and three agreements; goal progress for those
 * being coached; and a standard tapering schedule of a year (19 sessions) from the plan's
 * start, the sessions before today held.
 */
@Component
class PlanScaleStep implements ScaleStep {

	/**
	 * The standard profile (weekly for 4 weeks, every 2 weeks for 8, then every 4) as
	 * week offsets and minutes, for a year.
	 */
	private static final String STANDARD_WEEKS = """
			(values (0, 60), (1, 60), (2, 60), (3, 60), (4, 60), (6, 60), (8, 60), (10, 60), (12, 45), (16, 45),
			        (20, 45), (24, 45), (28, 45), (32, 45), (36, 45), (40, 45), (44, 45), (48, 45), (52, 45)) as w (week, minutes)""";

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void generate(ScaleRun run) {
		run.jdbc()
			.sql("""
					insert into coaching_plan (organisation_id, trajectory_id, number, status, starts_on, ends_on,
					       expectation_participant, expectation_employer, expectation_coach, agreed_on, created_at, created_by)
					select t.organisation_id, t.id, 1, case when t.phase = 'PLANNING' then 'DRAFT' else 'AGREED' end,
					       t.referred_on + 30, t.referred_on + 395, 'Mijn werk houden en minder moe thuiskomen.',
					       'Een zelfstandige collega.', 'Eigen regie van de deelnemer.',
					       case when t.phase <> 'PLANNING' then t.referred_on + 30 end, t.referred_on + 25, 0
					from scale_trajectory t where t.phase not in ('REFERRED', 'INTAKE')
					""")
			.update();
		run.jdbc().sql("""
				create temporary table scale_plan on commit drop as
				select p.id, p.organisation_id, p.trajectory_id, p.status, p.starts_on, p.ends_on, t.phase
				from coaching_plan p join scale_trajectory t on t.id = p.trajectory_id
				""").update();
		run.jdbc().sql("analyze scale_plan").update();
		run.jdbc()
			.sql("""
					insert into plan_goal (coaching_plan_id, position, organisation_id, goal_key, area, kind, description, why,
					       progress_sign, target_date)
					select p.id, g.position, p.organisation_id, gen_random_uuid(), g.area, g.kind, g.description,
					       'Zodat het werk vol te houden is.', 'De deelnemer merkt het zelf en vertelt het.', p.starts_on + g.days
					from scale_plan p cross join (values
					    (0, 'WORK', 'LEARNING', 'Leren aangeven wanneer het te druk wordt', 90),
					    (1, 'WORK', 'PERFORMANCE', 'Zelfstandig de ochtendronde doen', 180),
					    (2, 'PERSONAL', 'LEARNING', 'Leren een vast dagritme aan te houden', 120)) as g (position, area, kind, description, days)
					""")
			.update();
		run.jdbc().sql("""
				insert into plan_attention_point (coaching_plan_id, position, organisation_id, domain, description)
				select p.id, a.position, p.organisation_id, a.domain, a.description
				from scale_plan p cross join (values (0, 'COMMUNICATION', 'Vraagt laat om hulp.'),
				    (1, 'WORK_PACE', 'Vaste pauzes na twee uur werk.')) as a (position, domain, description)
				""").update();
		run.jdbc()
			.sql("""
					insert into plan_agreement (coaching_plan_id, position, organisation_id, actor, what, due_on)
					select p.id, a.position, p.organisation_id, a.actor, a.what, case when a.position = 2 then p.starts_on + 28 end
					from scale_plan p cross join (values
					    (0, 'SUPERVISOR', 'De werkgever leert de deelnemer de vaktechnische taken van het werk aan.'),
					    (1, 'BUDDY', 'Is het eerste aanspreekpunt bij vragen over taken.'),
					    (2, 'PARTICIPANT', 'Houdt een dagboekje bij van energie en drukte.')) as a (position, actor, what)
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into plan_sign_off (coaching_plan_id, party, organisation_id, agreed_on, how, recorded_at, by_account)
					select p.id, s.party, p.organisation_id, p.starts_on, s.how, p.starts_on, 0
					from scale_plan p cross join (values ('PARTICIPANT', 'IN_PERSON'), ('EMPLOYER', 'EMAIL'),
					    ('COACH', 'IN_PERSON')) as s (party, how)
					where p.status = 'AGREED'
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into plan_hours (coaching_plan_id, period, organisation_id, minutes)
					select p.id, h.period, p.organisation_id, h.minutes
					from scale_plan p cross join (values (1, 735), (2, 270)) as h (period, minutes) where p.status = 'AGREED'
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into goal_progress (organisation_id, trajectory_id, goal_key, status, score, recorded_at, by_account)
					select p.organisation_id, p.trajectory_id, g.goal_key, 'IN_PROGRESS', s.score, p.starts_on + s.days, 0
					from scale_plan p join plan_goal g on g.coaching_plan_id = p.id
					cross join (values (3, 30), (5, 90)) as s (score, days)
					where p.phase in ('ACTIVE', 'PAUSED', 'PHASING_OUT', 'EVALUATION', 'CLOSED')
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into coaching_schedule (organisation_id, trajectory_id, starts_on, ends_on, profile)
					select p.organisation_id, p.trajectory_id, p.starts_on, p.ends_on, '1x4@60 2x8@60 4@45' from scale_plan p
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into planned_session (coaching_schedule_id, position, organisation_id, session_key, planned_on, minutes, held)
					select s.id, row_number() over (partition by s.id order by w.week) - 1, s.organisation_id, gen_random_uuid(),
					       s.starts_on + 7 * w.week, w.minutes, p.status = 'AGREED' and s.starts_on + 7 * w.week < current_date
					from coaching_schedule s join scale_plan p on p.trajectory_id = s.trajectory_id
					cross join {WEEKS}
					"""
				.replace("{WEEKS}", STANDARD_WEEKS))
			.update();
	}

}

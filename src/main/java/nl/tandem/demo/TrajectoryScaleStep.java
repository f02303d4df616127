package nl.tandem.demo;

import org.springframework.stereotype.Component;

/**
 * Participants and their trajectories for the scale data set, in every phase, spread
 * round-robin over the coaches of each organisation (about 20 each), with placements at
 * the organisation's employers, a UWV grant for those being coached, and the funder rules
 * every organisation starts with.
 * <p>
 * Phases by share: 5% referred (a fifth of those unassigned), 5% intake, 5% planning, 50%
 * active, 5% paused, 10% phasing out, 5% evaluation, 15% closed.
 */
@Component
class TrajectoryScaleStep implements ScaleStep {

	private static final String PHASE = """
			case when g % 20 = 0 then 'REFERRED' when g % 20 = 1 then 'INTAKE' when g % 20 = 2 then 'PLANNING'
			     when g % 20 = 3 then 'PAUSED' when g % 20 in (4, 5) then 'PHASING_OUT' when g % 20 = 6 then 'EVALUATION'
			     when g % 20 in (7, 8, 9) then 'CLOSED' else 'ACTIVE' end""";

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void generate(ScaleRun run) {
		run.jdbc().sql("""
				insert into funder_rule (organisation_id, funder, rule, threshold)
				select o.id, 'UWV', r.rule, r.threshold from scale_organisation o
				cross join (values ('MIN_CONTRACT_MONTHS', 6), ('MIN_HOURS_PER_WEEK', 12),
				    ('MAX_YEARS_SAME_EMPLOYER', 3), ('MAX_GRANT_SHARE_FIRST_PERIOD', 10)) as r (rule, threshold)
				""").update();
		run.jdbc().sql("""
				insert into participant (organisation_id, given_name, family_name, date_of_birth, reference)
				select o.id, (array['Kevin','Ayse','Thomas','Lisa','Mohammed','Emma','Bas','Ricardo','Sophie','Jeroen',
				       'Nina','Youssef','Fleur','Dirk','Sara','Mark'])[1 + g % 16],
				       (array['Smits','Demir','de Boer','van Leeuwen','Amrani','Jacobs','Linden','Gomes','Wouters',
				       'Koster','Verhoeven','Bouzid','Maas','Postma','Janssens','Dijkstra'])[1 + (g / 16) % 16],
				       date '1965-01-01' + (g * 37) % 14000, 'S' || o.n || '-' || g
				from scale_organisation o cross join generate_series(1, :per) g
				""").param("per", run.trajectoriesPerOrganisation()).update();
		run.jdbc().sql("""
				create temporary table scale_coach on commit drop as
				select s.id, s.team_id, s.organisation_id,
				       row_number() over (partition by s.organisation_id order by s.id) - 1 as k
				from staff_member s join scale_organisation o on o.id = s.organisation_id where s.email like 'coach%'
				""").update();
		run.jdbc()
			.sql("""
					create temporary table scale_employer on commit drop as
					select e.id, e.organisation_id, row_number() over (partition by e.organisation_id order by e.id) - 1 as k,
					       count(*) over (partition by e.organisation_id) as n
					from employer e join scale_organisation o on o.id = e.organisation_id
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into trajectory (organisation_id, participant_id, coach_id, team_id, phase, paused_from,
					       expected_resume, referrer_kind, referred_on, referral_reason, plan_agreed_on, end_reason, closed_on)
					select p.organisation_id, p.id, c.id, c.team_id, x.phase,
					       case when x.phase = 'PAUSED' then 'ACTIVE' end,
					       case when x.phase = 'PAUSED' then current_date + 14 - (p.g % 30) end,
					       (array['UWV','MUNICIPALITY','EMPLOYER','PARTICIPANT','CARE_PROVIDER'])[1 + p.g % 5],
					       current_date - (p.g * 7) % 900 - 1, 'Aangemeld voor jobcoaching op de werkplek.',
					       case when x.phase not in ('REFERRED', 'INTAKE', 'PLANNING') then current_date - (p.g * 7) % 900 + 30 end,
					       case when x.phase = 'CLOSED' then (array['GOALS_REACHED','PARTICIPANT_STOPPED','JOB_LOST','MOVED'])[1 + p.g % 4] end,
					       case when x.phase = 'CLOSED' then current_date - (p.g % 200) end
					from (select p.id, p.organisation_id, cast(row_number() over (partition by p.organisation_id order by p.id) as int) as g
					      from participant p join scale_organisation o on o.id = p.organisation_id) p
					cross join lateral (select {PHASE} as phase) x
					left join scale_coach c on c.organisation_id = p.organisation_id
					     and c.k = (p.g / 20) % :coaches and not (x.phase = 'REFERRED' and p.g % 100 = 0)
					"""
				.replace("{PHASE}", PHASE.replace("g %", "p.g %")))
			.param("coaches", run.coachesPerOrganisation())
			.update();
		run.jdbc().sql("""
				create temporary table scale_trajectory on commit drop as
				select t.id, t.organisation_id, t.phase, t.coach_id, t.referred_on,
				       cast(row_number() over (partition by t.organisation_id order by t.id) as int) as g
				from trajectory t join scale_organisation o on o.id = t.organisation_id
				""").update();
		run.jdbc().sql("""
				insert into transition (trajectory_id, position, organisation_id, from_phase, to_phase, at, by_account)
				select t.id, 0, t.organisation_id, null, 'REFERRED', t.referred_on, 0 from scale_trajectory t
				union all
				select t.id, 1, t.organisation_id, 'REFERRED', t.phase, t.referred_on + 30, 0
				from scale_trajectory t where t.phase <> 'REFERRED'
				""").update();
		run.jdbc().sql("""
				insert into coach_assignment (trajectory_id, position, organisation_id, coach_id, at, by_account)
				select t.id, 0, t.organisation_id, t.coach_id, t.referred_on, 0 from scale_trajectory t
				where t.coach_id is not null
				""").update();
		run.jdbc()
			.sql("""
					insert into placement (trajectory_id, position, organisation_id, employer_id, job_title, minutes_per_week,
					       contract_type, start_date, end_date)
					select t.id, 0, t.organisation_id, e.id, 'Medewerker', (12 + t.g % 25) * 60, 'FIXED_TERM',
					       t.referred_on + 21, t.referred_on + 21 + 365
					from scale_trajectory t join scale_employer e on e.organisation_id = t.organisation_id and e.k = t.g % e.n
					where t.phase not in ('REFERRED', 'INTAKE')
					""")
			.update();
		run.jdbc().sql("""
				insert into funding_grant (trajectory_id, organisation_id, funder, reference, start_date, period_months,
				       periods, minutes_per_period, hourly_tariff_cents)
				select t.id, t.organisation_id, 'UWV', 'UWV-' || t.id, t.referred_on + 30, 6, 2, 40 * 60, 9250
				from scale_trajectory t where t.phase not in ('REFERRED', 'INTAKE', 'PLANNING')
				""").update();
	}

}

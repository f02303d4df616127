package nl.tandem.demo;

import org.springframework.stereotype.Component;

/**
 * Evaluation for the scale data set, in set-based SQL (the phase of a scale trajectory
 * follows {@code g % 20}, so what varies within a phase follows {@code g / 20}):
 * <ul>
 * <li>a completed evaluation for every trajectory closed with its goals reached, a week
 * before it closed, with a result for each goal of the agreed plan (mostly reached) and
 * an outcome (six in ten at the same employer, two at another, one in education, one not
 * working), and a draft for a third of those in evaluation;</li>
 * <li>the satisfaction of participant and employer after the first grant period for those
 * whose first period has ended, and at the end for the closed ones (one in eight below
 * the norm);</li>
 * <li>the follow-ups at 6, 12 and 24 months of every closed trajectory, those due checked
 * for four in five, three in four of those finding the person working.</li>
 * </ul>
 */
@Component
class EvaluationScaleStep implements ScaleStep {

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void generate(ScaleRun run) {
		evaluations(run);
		ratings(run);
		followUps(run);
	}

	private void evaluations(ScaleRun run) {
		run.jdbc()
			.sql("""
					insert into evaluation (organisation_id, trajectory_id, status, held_on, took_part, what_helped,
					       employer_continues, outcome, outcome_minutes_per_week, recorded_at, by_account, completed_at, completed_by)
					select t.organisation_id, t.id, case when x.closed_on is null then 'DRAFT' else 'COMPLETED' end,
					       coalesce(x.closed_on - 7, current_date), '{PARTICIPANT,SUPERVISOR,COACH}',
					       'Vaste gesprekken met de leidinggevende.', 'Maandelijks een kort gesprek.',
					       o.outcome, case when o.outcome in ('SAME_EMPLOYER', 'OTHER_EMPLOYER') then (12 + (t.g / 20) % 25) * 60 end,
					       coalesce(x.closed_on - 7, current_date), 0,
					       case when x.closed_on is not null then x.closed_on - 7 end, case when x.closed_on is not null then 0 end
					from scale_trajectory t join trajectory x on x.id = t.id
					cross join lateral (select (t.g / 20) % 10 as k) h
					cross join lateral (select case when h.k < 6 then 'SAME_EMPLOYER' when h.k < 8 then 'OTHER_EMPLOYER'
					       when h.k = 8 then 'EDUCATION' else 'NOT_WORKING' end as outcome) o
					where (t.phase = 'CLOSED' and x.end_reason = 'GOALS_REACHED') or (t.phase = 'EVALUATION' and t.g % 3 = 0)
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into evaluation_goal (evaluation_id, position, organisation_id, goal_key, result)
					select e.id, g.position, e.organisation_id, g.goal_key,
					       (array['REACHED','REACHED','REACHED','REACHED','PARTLY_REACHED','NOT_REACHED','NEEDS_MORE_SUPPORT'])
					         [1 + (t.g + g.position) % 7]
					from evaluation e join scale_trajectory t on t.id = e.trajectory_id
					join coaching_plan p on p.trajectory_id = e.trajectory_id and p.organisation_id = e.organisation_id
					     and p.status = 'AGREED'
					join plan_goal g on g.coaching_plan_id = p.id
					""")
			.update();
	}

	private void ratings(ScaleRun run) {
		run.jdbc()
			.sql("""
					insert into satisfaction_rating (organisation_id, trajectory_id, period_number, rated_on, participant_score,
					       employer_score, recorded_at, by_account)
					select t.organisation_id, t.id, 1, t.referred_on + 210, 6 + t.g % 5,
					       case when t.g % 8 = 0 then 5 else 6 + (t.g * 3) % 5 end, t.referred_on + 210, 0
					from scale_trajectory t
					where t.phase not in ('REFERRED', 'INTAKE', 'PLANNING') and t.referred_on + 210 <= current_date
					union all
					select t.organisation_id, t.id, 0, x.closed_on, 6 + (t.g + 1) % 5,
					       case when t.g % 8 = 4 then 6 else 7 + t.g % 4 end, x.closed_on, 0
					from scale_trajectory t join trajectory x on x.id = t.id
					where t.phase = 'CLOSED'
					""")
			.update();
	}

	private void followUps(ScaleRun run) {
		run.jdbc().sql("""
				insert into follow_up (organisation_id, trajectory_id, months, due_on, checked_on, situation,
				       minutes_per_week, recorded_at, by_account)
				select t.organisation_id, t.id, m.months, x.closed_on + make_interval(months => m.months),
				       case when c.checked then x.closed_on + make_interval(months => m.months) end,
				       case when c.checked then case when (t.g + m.months) % 4 = 0 then 'NOT_WORKING'
				            when t.g % 7 = 0 then 'OTHER_EMPLOYER' else 'SAME_EMPLOYER' end end,
				       case when c.checked and (t.g + m.months) % 4 <> 0 then (12 + t.g % 25) * 60 end,
				       case when c.checked then x.closed_on + make_interval(months => m.months) end,
				       case when c.checked then 0 end
				from scale_trajectory t join trajectory x on x.id = t.id
				cross join (values (6), (12), (24)) as m (months)
				cross join lateral (select x.closed_on + make_interval(months => m.months) <= current_date
				       and t.g % 5 <> 0 as checked) c
				where t.phase = 'CLOSED'
				""").update();
	}

}

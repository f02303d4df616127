package nl.tandem.demo;

import org.springframework.stereotype.Component;

/**
 * What the research export and the outcome analytics need in the scale data set, in
 * set-based SQL after the evaluations:
 * <ul>
 * <li>consent for research by seven in ten participants, given on the day of
 * referral;</li>
 * <li>a work-values check-in at the evaluation of every trajectory with a completed
 * evaluation, the day of the meeting, in which the values grow by one point for two in
 * three of them (so the capability set at the intake and at the evaluation can be
 * compared).</li>
 * </ul>
 */
@Component
class ResearchScaleStep implements ScaleStep {

	static final String CONSENTS = """
			insert into consent (organisation_id, participant_id, category, given_on, given_how, given_by, given_at)
			select distinct on (x.participant_id) t.organisation_id, x.participant_id, 'RESEARCH', t.referred_on,
			       'IN_PERSON', 0, t.referred_on
			from scale_trajectory t join trajectory x on x.id = t.id
			where t.g % 10 < 7
			order by x.participant_id, t.id
			""";

	static final String EVALUATION_CHECK_INS = """
			insert into work_value_check_in (organisation_id, trajectory_id, moment, taken_on, recorded_at, by_account)
			select e.organisation_id, e.trajectory_id, 'EVALUATION', e.held_on, e.held_on, 0
			from evaluation e join scale_trajectory t on t.id = e.trajectory_id
			where e.status = 'COMPLETED'
			""";

	static final String EVALUATION_ANSWERS = """
			insert into work_value_answer (work_value_check_in_id, work_value, organisation_id, importance, enabled, realised)
			select c.id, a.work_value, c.organisation_id, a.importance,
			       least(5, a.enabled + case when t.g % 3 < 2 then 1 else 0 end),
			       least(5, a.realised + case when t.g % 3 < 2 then 1 else 0 end)
			from work_value_check_in c join scale_trajectory t on t.id = c.trajectory_id
			join work_value_check_in i on i.trajectory_id = c.trajectory_id and i.organisation_id = c.organisation_id
			     and i.moment = 'INTAKE'
			join work_value_answer a on a.work_value_check_in_id = i.id
			where c.moment = 'EVALUATION'
			""";

	@Override
	public int order() {
		return 75;
	}

	@Override
	public void generate(ScaleRun run) {
		run.jdbc().sql(CONSENTS).update();
		run.jdbc().sql(EVALUATION_CHECK_INS).update();
		run.jdbc().sql(EVALUATION_ANSWERS).update();
	}

}

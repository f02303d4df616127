package nl.tandem.demo;

import org.springframework.stereotype.Component;

/**
 * Check-ins for the scale data set, in set-based SQL:
 * <ul>
 * <li>a work-values check-in at the intake of every trajectory past the intake, and for a
 * third of those being coached whose first grant period has ended, one at its end, in
 * which half of them lose "meaningful contacts" from the capability set (a signal);</li>
 * <li>three balance and load check-ins, two weeks apart, for those being coached, one in
 * ten ending with too much load and one in ten with bad sleep (unstable);</li>
 * <li>a working-alliance questionnaire for those active or phasing out, one in sixteen of
 * them low, and for a quarter a second one three months on, half of those falling.</li>
 * </ul>
 */
@Component
class CheckInScaleStep implements ScaleStep {

	private static final String VALUES = """
			(values (0, 'USING_KNOWLEDGE_AND_SKILLS'), (1, 'DEVELOPING_KNOWLEDGE_AND_SKILLS'),
			        (2, 'INVOLVEMENT_IN_DECISIONS'), (3, 'MEANINGFUL_CONTACTS'), (4, 'SETTING_OWN_GOALS'),
			        (5, 'GOOD_INCOME'), (6, 'CONTRIBUTING_TO_SOMETHING_VALUABLE')) as v (k, name)""";

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void generate(ScaleRun run) {
		workValues(run);
		balance(run);
		alliance(run);
	}

	private void workValues(ScaleRun run) {
		run.jdbc()
			.sql("""
					insert into work_value_check_in (organisation_id, trajectory_id, moment, taken_on, recorded_at, by_account)
					select t.organisation_id, t.id, 'INTAKE', t.referred_on + 20, t.referred_on + 20, 0
					from scale_trajectory t where t.phase not in ('REFERRED', 'INTAKE')
					union all
					select t.organisation_id, t.id, 'PERIOD_END', t.referred_on + 200, t.referred_on + 200, 0
					from scale_trajectory t
					where t.phase in ('ACTIVE', 'PAUSED', 'PHASING_OUT', 'EVALUATION') and t.g % 3 = 0
					  and t.referred_on + 200 <= current_date
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into work_value_answer (work_value_check_in_id, work_value, organisation_id, importance, enabled, realised)
					select c.id, v.name, c.organisation_id,
					       case when v.k = 3 and t.g % 6 = 0 then 5 else 3 + (t.g + v.k) % 3 end,
					       case when v.k = 3 and t.g % 6 = 0 then 5 else 2 + (t.g * 3 + v.k) % 4 end,
					       case when v.k = 3 and t.g % 6 = 0 then case when c.moment = 'INTAKE' then 5 else 2 end
					            else least(5, 2 + (t.g * 5 + v.k * 2) % 4 + case when c.moment = 'PERIOD_END' then 1 else 0 end) end
					from work_value_check_in c join scale_trajectory t on t.id = c.trajectory_id
					cross join {VALUES}
					"""
				.replace("{VALUES}", VALUES))
			.update();
	}

	private void balance(ScaleRun run) {
		run.jdbc().sql("""
				insert into balance_check_in (organisation_id, trajectory_id, taken_on, balance, load, sleep, energy,
				       remark, recorded_at, by_account)
				select t.organisation_id, t.id, current_date - 14 * w.n,
				       case when w.n = 1 and t.g % 10 = 0 then 3 else 4 end,
				       case when w.n = 1 and t.g % 10 = 0 then 2 when w.n = 1 then 3 + t.g % 3 else 4 end,
				       case when w.n = 1 and t.g % 10 = 5 then 2 when w.n = 2 then 3 + t.g % 2 else 4 end,
				       case when w.n = 1 then 3 + t.g % 2 else 4 end,
				       case when w.n = 1 and t.g % 10 in (0, 5) then 'Zwaardere weken gehad.' end,
				       current_date - 14 * w.n, 0
				from scale_trajectory t cross join (values (1), (2), (3)) as w (n)
				where t.phase in ('ACTIVE', 'PAUSED', 'PHASING_OUT') and current_date - 14 * w.n >= t.referred_on
				""").update();
	}

	private void alliance(ScaleRun run) {
		run.jdbc().sql("""
				insert into alliance_check_in (organisation_id, trajectory_id, taken_on, goals_shared, goals_clear,
				       tasks_helpful, tasks_agreed, bond_trust, bond_respect, recorded_at, by_account)
				select t.organisation_id, t.id, t.referred_on + 50,
				       case when t.g % 16 = 1 then 2 else 4 end, case when t.g % 16 = 1 then 3 else 4 end,
				       case when t.g % 16 = 1 then 2 else 4 end, case when t.g % 16 = 1 then 3 else 5 end,
				       case when t.g % 16 = 1 then 3 else 4 end, case when t.g % 16 = 1 then 2 else 5 end,
				       t.referred_on + 50, 0
				from scale_trajectory t
				where t.phase in ('ACTIVE', 'PHASING_OUT') and t.referred_on + 50 <= current_date
				union all
				select t.organisation_id, t.id, t.referred_on + 140,
				       case when t.g % 8 = 0 then 3 else 5 end, 4, case when t.g % 8 = 0 then 3 else 4 end,
				       case when t.g % 8 = 0 then 4 else 5 end, case when t.g % 8 = 0 then 3 else 5 end, 4,
				       t.referred_on + 140, 0
				from scale_trajectory t
				where t.phase in ('ACTIVE', 'PHASING_OUT') and t.g % 4 = 0 and t.referred_on + 140 <= current_date
				""").update();
	}

}

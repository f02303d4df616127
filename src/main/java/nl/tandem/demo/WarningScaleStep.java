package nl.tandem.demo;

import org.springframework.stereotype.Component;

/**
 * Early warning for the scale data set. Every trajectory being coached (active, phasing
 * out, paused or in evaluation) has an agreed early-warning plan with its four zones
 * filled in (one in ten uses yellow) and four zones recorded over the last twelve weeks:
 * mostly green throughout; one in ten went orange last week, one in twenty-five red, and
 * one in ten was orange two months ago and green since. One in twenty trajectories being
 * coached at work had a new manager ten days ago. Proposals for extra coaching exist as
 * Tandem makes them: for every new manager and for every orange or red zone of a
 * trajectory coached at work. Half of the new managers' proposals were accepted and half
 * of the orange zones' were declined; the rest are open, as signals. Accepted proposals
 * add no sessions here: the schedule steps already plan a full year.
 */
@Component
class WarningScaleStep implements ScaleStep {

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void generate(ScaleRun run) {
		run.jdbc().sql("""
				create temporary table scale_warning on commit drop as
				select t.id, t.organisation_id, t.phase, t.g, t.referred_on, x.participant_id
				from scale_trajectory t join trajectory x on x.id = t.id
				where t.phase in ('ACTIVE', 'PHASING_OUT', 'PAUSED', 'EVALUATION')
				""").update();
		run.jdbc().sql("analyze scale_warning").update();
		plans(run);
		zones(run);
		proposals(run);
	}

	private void plans(ScaleRun run) {
		run.jdbc().sql("""
				insert into early_warning_plan (organisation_id, trajectory_id, participant_id, number, status,
				       uses_yellow, agreed_on, created_at, created_by)
				select w.organisation_id, w.id, w.participant_id, 1, 'AGREED', w.g % 10 = 0, w.referred_on + 35,
				       w.referred_on + 30, 0
				from scale_warning w
				""").update();
		run.jdbc()
			.sql("""
					insert into early_warning_zone (early_warning_plan_id, position, organisation_id, zone, thoughts, feelings,
					       behaviour, others_notice, participant, supervisor, buddy, coach, network)
					select p.id, z.position, p.organisation_id, z.zone, z.thoughts, z.feelings, z.behaviour, z.others,
					       z.participant, z.supervisor, z.buddy, z.coach, z.network
					from early_warning_plan p join scale_warning w on w.id = p.trajectory_id
					cross join (values
					    (0, 'GREEN', 'Ik kan het aan.', 'Rustig, zin in het werk.', 'Komt op tijd, maakt grapjes.',
					        'Vraagt zelf om uitleg.', 'Blijft sporten en slaapt op tijd.', 'Wekelijks kort overleg.',
					        'Lunch samen.', 'Gesprek volgens planning.', 'Weekend bij familie.'),
					    (1, 'YELLOW', 'Het wordt me wat veel.', 'Gespannen.', 'Werkt door in de pauze.',
					        'Is stiller dan anders.', 'Neemt de pauzes echt.', 'Vraagt hoe het gaat.',
					        'Let op de pauzes.', 'Belt even tussendoor.', 'Denkt mee over rust.'),
					    (2, 'ORANGE', 'Niemand ziet wat ik doe.', 'Prikkelbaar, moe.', 'Meldt zich kort ziek.',
					        'Reageert kortaf.', 'Meldt het bij de buddy.', 'Maakt het rooster lichter.',
					        'Neemt een taak over.', 'Extra gesprek binnen een week.', 'Zorgt voor rust thuis.'),
					    (3, 'RED', 'Ik kan niet meer.', 'Angstig, somber.', 'Blijft thuis, neemt niet op.',
					        'Is niet bereikbaar.', 'Belt de jobcoach of de huisarts.', 'Neemt contact op met de jobcoach.',
					        'Geeft het door aan de leidinggevende.', 'Overlegt met de huisarts en past het plan aan.',
					        'Blijft in de buurt.')) as z (position, zone, thoughts, feelings, behaviour, others,
					        participant, supervisor, buddy, coach, network)
					""")
			.update();
	}

	private void zones(ScaleRun run) {
		run.jdbc()
			.sql("""
					insert into zone_record (organisation_id, trajectory_id, participant_id, zone, recorded_on, remark,
					       recorded_by, recorded_at, by_account)
					select w.organisation_id, w.id, w.participant_id,
					       case when r.n = 3 and w.g % 25 = 2 then 'RED'
					            when r.n = 3 and w.g % 10 = 1 then 'ORANGE'
					            when r.n = 1 and w.g % 10 = 3 then 'ORANGE'
					            else 'GREEN' end,
					       current_date - r.days, case when r.n = 3 and w.g % 10 = 1 then 'Spanning na een drukke week.' end,
					       'COACH', current_date - r.days, 0
					from scale_warning w cross join (values (0, 84), (1, 56), (2, 28), (3, 7)) as r (n, days)
					""")
			.update();
	}

	private void proposals(ScaleRun run) {
		run.jdbc()
			.sql("""
					insert into context_event (trajectory_id, position, organisation_id, kind, happened_on, note, at, by_account)
					select w.id, 0, w.organisation_id, 'NEW_MANAGER', current_date - 10, 'De leidinggevende is vertrokken.',
					       current_date - 10, 0
					from scale_warning w where w.phase in ('ACTIVE', 'PHASING_OUT') and w.g % 20 = 5
					""")
			.update();
		run.jdbc()
			.sql("""
					insert into intensification (organisation_id, trajectory_id, trigger, event_position, event_kind, zone,
					       occurred_on, proposed_at, weeks, sessions_per_week, minutes, status, decided_weeks,
					       decided_sessions_per_week, decided_minutes, starts_on, decline_reason, decided_at, decided_by)
					select w.organisation_id, w.id, 'EVENT', 0, 'NEW_MANAGER', null, current_date - 10, current_date - 10,
					       4, 1, 60, case when w.g % 40 = 5 then 'ACCEPTED' else 'PROPOSED' end,
					       case when w.g % 40 = 5 then 4 end, case when w.g % 40 = 5 then 1 end, case when w.g % 40 = 5 then 60 end,
					       case when w.g % 40 = 5 then current_date - 8 end, null,
					       case when w.g % 40 = 5 then current_date - 9 end, case when w.g % 40 = 5 then 0 end
					from scale_warning w where w.phase in ('ACTIVE', 'PHASING_OUT') and w.g % 20 = 5
					union all
					select w.organisation_id, w.id, 'ZONE', null, null, z.zone, z.day, z.day,
					       4, case when z.zone = 'RED' then 2 else 1 end, 60,
					       case when z.declined then 'DECLINED' else 'PROPOSED' end, null, null, null, null,
					       case when z.declined then 'Een gesprek met de buddy volstaat.' end,
					       case when z.declined then z.day + 1 end, case when z.declined then 0 end
					from scale_warning w cross join lateral (
					    select case when w.g % 25 = 2 then 'RED' when w.g % 10 = 1 then 'ORANGE' when w.g % 10 = 3 then 'ORANGE' end as zone,
					           case when w.g % 25 <> 2 and w.g % 10 = 3 then current_date - 56 else current_date - 7 end as day,
					           w.g % 25 <> 2 and (w.g % 10 = 3 or w.g % 20 = 1) as declined) z
					where w.phase in ('ACTIVE', 'PHASING_OUT') and z.zone is not null
					""")
			.update();
	}

}

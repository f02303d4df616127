package nl.tandem.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.tandem.platform.DomainRuleException;

/**
 * How often the coach plans to meet, stage by stage: intensive at the start, then less
 * often. Each stage has an interval in weeks, a length in weeks (the last stage may run
 * to the end) and a duration per session in minutes. The intervals never get shorter from
 * one stage to the next: coaching tapers off.
 * <p>
 * Written as text, e.g. {@code 1x4@60 2x8@60 4@45}: every week for 4 weeks (60 minutes),
 * every 2 weeks for 8 weeks, then every 4 weeks (45 minutes) until the end.
 */
public record IntensityProfile(List<Stage> stages) {

	public static final int MAX_STAGES = 6;

	/**
	 * The profiles a coach starts from.
	 */
	public enum Preset {

		STANDARD("1x4@60 2x8@60 4@45"), INTENSIVE("1x8@60 2x8@60 4@60"), LIGHT("2x8@60 4@45"), MONTHLY("4@60");

		private final String text;

		Preset(String text) {
			this.text = text;
		}

		public IntensityProfile profile() {
			return IntensityProfile.parse(this.text);
		}

	}

	/**
	 * One stage: a session every {@code intervalWeeks} weeks for {@code weeks} weeks
	 * (null: until the end), each of {@code minutes} minutes.
	 */
	public record Stage(int intervalWeeks, Integer weeks, int minutes) {

		public Stage {
			if (intervalWeeks < 1 || intervalWeeks > 13) {
				throw new DomainRuleException("schedule.interval.range");
			}
			if (weeks != null && (weeks < 1 || weeks > 156)) {
				throw new DomainRuleException("schedule.weeks.range");
			}
			if (minutes < 15 || minutes > 480) {
				throw new DomainRuleException("schedule.minutes.range");
			}
		}

		String text() {
			return this.intervalWeeks + ((this.weeks != null) ? "x" + this.weeks : "") + "@" + this.minutes;
		}

	}

	/**
	 * One planned session.
	 */
	public record Slot(LocalDate on, int minutes) {
	}

	public IntensityProfile {
		stages = List.copyOf(stages);
		if (stages.isEmpty()) {
			throw new DomainRuleException("schedule.profile.empty");
		}
		if (stages.size() > MAX_STAGES) {
			throw new DomainRuleException("schedule.profile.tooManyStages");
		}
		for (int i = 1; i < stages.size(); i++) {
			if (stages.get(i).intervalWeeks() < stages.get(i - 1).intervalWeeks()) {
				throw new DomainRuleException("schedule.profile.intervalsShrink");
			}
			if (stages.get(i - 1).weeks() == null) {
				throw new DomainRuleException("schedule.profile.openStageNotLast");
			}
		}
	}

	public static IntensityProfile parse(String text) {
		if (text == null || text.isBlank()) {
			throw new DomainRuleException("schedule.profile.empty");
		}
		List<Stage> stages = new ArrayList<>();
		for (String part : text.strip().split("\\s+")) {
			try {
				String[] timing = part.split("@", 2);
				String[] interval = timing[0].split("x", 2);
				stages.add(new Stage(Integer.parseInt(interval[0]),
						(interval.length > 1) ? Integer.valueOf(interval[1]) : null, Integer.parseInt(timing[1])));
			}
			catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				throw new DomainRuleException("schedule.profile.unreadable");
			}
		}
		return new IntensityProfile(stages);
	}

	public String text() {
		return this.stages.stream().map(Stage::text).collect(Collectors.joining(" "));
	}

	/**
	 * The sessions from {@code start} to {@code end}, both included: the first on the
	 * start day, each next one the interval of the stage the previous one fell in later.
	 * A stage covers the weeks after the stages before it; after the last stage with a
	 * length, no more sessions are planned.
	 */
	public List<Slot> plan(LocalDate start, LocalDate end) {
		if (start == null || end == null || end.isBefore(start)) {
			throw new DomainRuleException("schedule.range.invalid");
		}
		if (ChronoUnit.YEARS.between(start, end) >= 5) {
			throw new DomainRuleException("schedule.range.tooLong");
		}
		List<Slot> slots = new ArrayList<>();
		LocalDate day = start;
		while (!day.isAfter(end)) {
			Stage stage = stageAt(ChronoUnit.DAYS.between(start, day) / 7);
			if (stage == null) {
				break;
			}
			slots.add(new Slot(day, stage.minutes()));
			day = day.plusWeeks(stage.intervalWeeks());
		}
		return slots;
	}

	private Stage stageAt(long weeksSinceStart) {
		long from = 0;
		for (Stage stage : this.stages) {
			if (stage.weeks() == null || weeksSinceStart < from + stage.weeks()) {
				return stage;
			}
			from += stage.weeks();
		}
		return null;
	}

	@Override
	public String toString() {
		return text();
	}

}

package nl.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.tandem.platform.DomainRuleException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schedule generator: examples, and properties checked on a thousand random profiles
 * and date ranges (a fixed seed, so a failure can be repeated).
 */
class IntensityProfileTests {

	static final LocalDate START = LocalDate.of(2026, 1, 5);

	@Test
	void theStandardProfileIsWeeklyThenEveryTwoWeeksThenEveryFour() {
		List<IntensityProfile.Slot> slots = IntensityProfile.Preset.STANDARD.profile().plan(START, START.plusWeeks(24));
		assertThat(slots).extracting(IntensityProfile.Slot::on)
			.containsExactly(START, START.plusWeeks(1), START.plusWeeks(2), START.plusWeeks(3), START.plusWeeks(4),
					START.plusWeeks(6), START.plusWeeks(8), START.plusWeeks(10), START.plusWeeks(12),
					START.plusWeeks(16), START.plusWeeks(20), START.plusWeeks(24));
		assertThat(slots).extracting(IntensityProfile.Slot::minutes)
			.containsExactly(60, 60, 60, 60, 60, 60, 60, 60, 45, 45, 45, 45);
	}

	@Test
	void aProfileIsWrittenAndReadAsText() {
		IntensityProfile profile = IntensityProfile.parse(" 1x4@60   2x8@45 4@30 ");
		assertThat(profile.stages()).containsExactly(new IntensityProfile.Stage(1, 4, 60),
				new IntensityProfile.Stage(2, 8, 45), new IntensityProfile.Stage(4, null, 30));
		assertThat(profile.text()).isEqualTo("1x4@60 2x8@45 4@30");
		assertThat(IntensityProfile.parse(profile.text())).isEqualTo(profile);
	}

	@Test
	void aProfileWithAnEndStopsPlanningAfterItsLastStage() {
		assertThat(IntensityProfile.parse("1x2@60").plan(START, START.plusYears(1))).hasSize(2);
	}

	@Test
	void badProfilesAreRefusedWithTheirReason() {
		assertRefused("", "schedule.profile.empty");
		assertRefused("weekly", "schedule.profile.unreadable");
		assertRefused("2x4@60 1x4@60", "schedule.profile.intervalsShrink");
		assertRefused("1@60 2@60", "schedule.profile.openStageNotLast");
		assertRefused("1x4@5", "schedule.minutes.range");
		assertRefused("0x4@60", "schedule.interval.range");
		assertRefused("1x4@60 1x4@60 1x4@60 1x4@60 1x4@60 1x4@60 1@60", "schedule.profile.tooManyStages");
		assertThatThrownBy(() -> IntensityProfile.parse("1@60").plan(START, START.minusDays(1)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("schedule.range.invalid");
	}

	@ParameterizedTest
	@EnumSource(IntensityProfile.Preset.class)
	void everyPresetIsAValidTaperingProfile(IntensityProfile.Preset preset) {
		assertProperties(preset.profile(), START, START.plusMonths(12));
	}

	@Test
	void propertiesHoldForRandomProfilesAndRanges() {
		Random random = new Random(20261123);
		for (int run = 0; run < 1000; run++) {
			IntensityProfile profile = randomProfile(random);
			LocalDate start = START.plusDays(random.nextInt(400));
			LocalDate end = start.plusDays(random.nextInt(3 * 365));
			assertProperties(profile, start, end);
		}
	}

	/**
	 * Sessions fall within the range and start on its first day; the time between two
	 * sessions never shrinks; each session lasts the minutes of its stage; and the total
	 * is the sum of the sessions, which is the number of sessions per stage times its
	 * minutes.
	 */
	private static void assertProperties(IntensityProfile profile, LocalDate start, LocalDate end) {
		List<IntensityProfile.Slot> slots = profile.plan(start, end);
		String context = profile.text() + " from " + start + " to " + end;
		assertThat(slots).as(context).isNotEmpty();
		assertThat(slots.get(0).on()).as(context).isEqualTo(start);
		long previousGap = 0;
		for (int i = 0; i < slots.size(); i++) {
			IntensityProfile.Slot slot = slots.get(i);
			assertThat(slot.on()).as(context).isBetween(start, end);
			if (i > 0) {
				long gap = ChronoUnit.DAYS.between(slots.get(i - 1).on(), slot.on());
				assertThat(gap).as(context + ": gap before session " + i)
					.isGreaterThanOrEqualTo(previousGap)
					.isPositive();
				previousGap = gap;
			}
		}
		int total = slots.stream().mapToInt(IntensityProfile.Slot::minutes).sum();
		int expected = 0;
		long stageStart = 0;
		for (IntensityProfile.Stage stage : profile.stages()) {
			long from = stageStart;
			Long until = (stage.weeks() != null) ? stageStart + stage.weeks() : null;
			long inStage = slots.stream().filter(slot -> {
				long week = ChronoUnit.DAYS.between(start, slot.on()) / 7;
				return week >= from && (until == null || week < until);
			}).count();
			slots.stream().filter(slot -> {
				long week = ChronoUnit.DAYS.between(start, slot.on()) / 7;
				return week >= from && (until == null || week < until);
			}).forEach(slot -> assertThat(slot.minutes()).as(context).isEqualTo(stage.minutes()));
			expected += (int) inStage * stage.minutes();
			stageStart = (until != null) ? until : Long.MAX_VALUE / 2;
		}
		assertThat(total).as(context + ": total minutes").isEqualTo(expected);
	}

	private static IntensityProfile randomProfile(Random random) {
		int size = 1 + random.nextInt(IntensityProfile.MAX_STAGES);
		List<IntensityProfile.Stage> stages = new ArrayList<>();
		int interval = 1;
		for (int i = 0; i < size; i++) {
			interval = Math.min(13, interval + random.nextInt(3));
			boolean last = i == size - 1;
			Integer weeks = (last && random.nextBoolean()) ? null : 1 + random.nextInt(30);
			stages.add(new IntensityProfile.Stage(interval, weeks, 15 + 15 * random.nextInt(8)));
		}
		return new IntensityProfile(stages);
	}

	private static void assertRefused(String profile, String reason) {
		assertThatThrownBy(() -> IntensityProfile.parse(profile)).isInstanceOf(DomainRuleException.class)
			.hasMessage(reason);
	}

}
